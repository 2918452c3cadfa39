"""Bar charts of `hostvm bench` results, in the style of the paper's Figure 3:
per benchmark a group of bars, one per configuration, each the speed-up over
switch/checked (so the baseline is the line at 1.0), and a last group with the
geometric means.  With the default configurations the two bars are the
paper's "subroutine threaded code" and "... with efficient array stores".

matplotlib is optional: `check_available()` raises FigureUnavailable with a
message saying how to get it.
"""
from __future__ import annotations

import math

#: the paper's names for the configurations of Figure 3
LABELS = {
    ("threaded", "checked"): "subroutine threaded code",
    ("threaded", "unchecked"): "subroutine threaded code + efficient array stores",
    ("direct", "checked"): "direct threaded code",
    ("direct", "unchecked"): "direct threaded code + efficient array stores",
    ("switch", "unchecked"): "switch + efficient array stores",
}


class FigureUnavailable(Exception):
    pass


def check_available():
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise FigureUnavailable("drawing a figure needs matplotlib, which is not installed "
                                "(pip install matplotlib, or pip install hostvm[figure])"
                                ) from None


def label(config, backends) -> str:
    text = LABELS.get((config.mode, config.stack), f"{config.mode}/{config.stack}")
    if len(backends) > 1:
        text += f" ({config.backend})"
    return f"{text} [{config.mode}/{config.stack}]"


def plot_speedups(results, path, title: str | None = None):
    """Draw the speed-up of every non-baseline configuration over its
    switch/checked baseline, per benchmark and as a geometric mean."""
    check_available()
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    configs = [c for c in results.configs if not c.is_baseline]
    if not configs:
        raise FigureUnavailable("nothing to draw: only the baseline switch/checked was measured")
    names = results.names
    groups = names + ["geometric mean"]
    backends = {c.backend for c in configs}
    n = len(configs)
    width = 0.8 / n
    fig, ax = plt.subplots(figsize=(max(6.0, 1.1 * len(groups) + 1.5), 4.2 + 0.2 * math.ceil(n / 2)))
    colors = ["#9ecae1", "#3182bd", "#fdae6b", "#e6550d", "#a1d99b", "#31a354"]
    top = 1.0
    for i, c in enumerate(configs):
        ys = [results.speedup(nm, c) for nm in names]
        ys.append(results.geomean(lambda nm, c=c: results.speedup(nm, c)))
        xs = [g + (i - (n - 1) / 2) * width for g in range(len(groups))]
        bars = ax.bar(xs, ys, width, label=label(c, backends), color=colors[i % len(colors)],
                      edgecolor="black", linewidth=0.5)
        ax.bar_label(bars, labels=[f"{y:.2f}" for y in ys], fontsize=7, padding=1)
        top = max(top, *[y for y in ys if math.isfinite(y)])
    ax.axhline(1.0, color="black", linewidth=0.8)
    ax.set_xticks(range(len(groups)))
    ax.set_xticklabels(groups, rotation=30, ha="right")
    ax.set_ylabel("speed-up over switch/checked")
    ax.set_ylim(0, top * 1.18)
    ax.set_title(title or f"{results.guest}: speed-ups over the switch-based interpreter")
    ax.grid(axis="y", linestyle=":", linewidth=0.5)
    ax.set_axisbelow(True)
    handles, labels = ax.get_legend_handles_labels()
    rows = math.ceil(n / 2)
    fig.legend(handles, labels, fontsize=8, loc="lower center", ncol=min(n, 2), frameon=False)
    fig.tight_layout(rect=(0, 0.055 * rows, 1, 1))
    fig.savefig(path, dpi=150)
    plt.close(fig)
    return path
