"""Tests of the benchmark runner (`hostvm bench`) on a tiny benchmark set of
the fake guest of tests/test_cli.py, in a temporary folder.

The end-to-end tests run real pyperf managers and workers with the minimal
settings (one process, one value, no warm-up), so they take a few seconds.
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

pyperf = pytest.importorskip("pyperf")

import hostvm.guest  # noqa: E402
from hostvm import bench as B  # noqa: E402
from hostvm.cli import main  # noqa: E402

try:                                   # the fake guest lives in test_cli.py
    import test_cli as fake
except ImportError:                    # pytest's importlib mode: make it importable
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import test_cli as fake

COUNT = """\
# prints 0..argv[1]-1
LOAD_CONST 0
STORE_FAST i
loop:
LOAD_FAST i
ARG 1
LESS
POP_JUMP_IF_FALSE done
LOAD_FAST i
PRINT
LOAD_FAST i
LOAD_CONST 1
ADD
STORE_FAST i
JUMP loop
done:
LOAD_CONST None
RETURN
"""

MANIFEST = """\
[squares]
default = 300
quick = 30
small = 3

[count]
default = 200
quick = 20
small = 2
"""


def make_bench_dir(root: Path) -> Path:
    d = root / "bench" / "fasm"
    (d / "expected").mkdir(parents=True)
    (d / "manifest.toml").write_text(MANIFEST)
    (d / "squares.fasm").write_text(fake.SUM_SQUARES)
    (d / "count.fasm").write_text(COUNT)
    for n in (300, 30, 3):
        (d / "expected" / f"squares_{n}.out").write_text(f"{fake.sum_squares(n)}\ndone\n")
    for n in (200, 20, 2):
        (d / "expected" / f"count_{n}.out").write_text("".join(f"{i}\n" for i in range(n)))
    return d


@pytest.fixture
def fasm(monkeypatch, tmp_path):
    monkeypatch.setitem(hostvm.guest.BUNDLED, "fasm", fake.FasmGuest.__module__)
    guest = hostvm.guest.get_guest("fasm")
    monkeypatch.setattr(guest, "bench_dir", make_bench_dir(tmp_path))
    return guest


# ---------------------------------------------------------------------------
# configurations, manifest

def test_default_configs_are_figure_3():
    assert [c.name for c in B.make_configs()] == [
        "switch/checked/python", "threaded/checked/python", "threaded/unchecked/python"]
    full = B.make_configs("all", "all")
    assert full[0].name == "switch/checked/python" and len(full) == 6
    assert [c.name for c in B.make_configs("direct", "unchecked")] == [
        "switch/checked/python", "direct/unchecked/python"]
    with pytest.raises(B.BenchError, match="unknown mode 'nosuch'"):
        B.make_configs("nosuch")


def test_find_programs(fasm):
    progs = B.find_programs(fasm.bench_dir, "quick", extensions=(".fasm",))
    assert [(p.name, p.size) for p in progs] == [("squares", "30"), ("count", "20")]
    assert progs[0].expected.name == "squares_30.out" and progs[0].path.is_absolute()
    assert [p.name for p in B.find_programs(fasm.bench_dir, "small", ["count"], (".fasm",))] \
        == ["count"]
    with pytest.raises(B.BenchError, match="unknown benchmark"):
        B.find_programs(fasm.bench_dir, "quick", ["nosuch"], (".fasm",))
    with pytest.raises(B.BenchError, match="no expected output"):
        B.find_programs(fasm.bench_dir, "77", None, (".fasm",))


def test_settings_presets():
    assert B.Settings("default").pyperf_args() == [
        "--processes", "3", "--values", "2", "--warmups", "1", "--loops", "1"]
    assert B.Settings("quick").pyperf_args() == [
        "--processes", "1", "--values", "1", "--warmups", "0", "--loops", "1"]
    assert B.Settings("rigorous").pyperf_args() == ["--rigorous"]
    assert B.Settings("default", values=5).resolved()["values"] == 5


# ---------------------------------------------------------------------------
# in-process measurement and the output check

@pytest.mark.parametrize("config", B.make_configs("all", "all"), ids=lambda c: c.name)
def test_measure_in_process_every_config(fasm, config):
    prog = B.find_programs(fasm.bench_dir, "quick", ["squares"], (".fasm",))[0]
    times = B.measure_in_process(fasm, prog, config, runs=2)
    assert len(times) == 2 and all(t > 0 for t in times)


def test_output_mismatch_fails_loudly(fasm):
    prog = B.find_programs(fasm.bench_dir, "quick", ["count"], (".fasm",))[0]
    prog.expected.write_text("".join(f"{i}\n" for i in range(20)).replace("17\n", "71\n"))
    with pytest.raises(B.OutputMismatch) as info:
        B.measure_in_process(fasm, prog, B.Config("threaded", "unchecked"))
    msg = str(info.value)
    assert "count (size 20) under threaded/unchecked/python" in msg
    assert "line 18" in msg and "expected: '71'" in msg and "got:      '17'" in msg


def test_every_run_is_checked(fasm, monkeypatch):
    """Not only the first run: a later run that prints something else fails."""
    prog = B.find_programs(fasm.bench_dir, "quick", ["squares"], (".fasm",))[0]
    m = B.Measurer(fasm, prog, B.Config("switch", "checked"))
    m.time_loops(2)
    real = fasm.run_main

    def run_main_extra(vm, code, filename, argv):
        print("extra")
        return real(vm, code, filename, argv)
    monkeypatch.setattr(fasm, "run_main", run_main_extra)
    with pytest.raises(B.OutputMismatch, match="run 3"):
        m.time_loops(1)


def test_guest_error_in_benchmark(fasm):
    (fasm.bench_dir / "count.fasm").write_text(fake.FAILING)
    prog = B.find_programs(fasm.bench_dir, "quick", ["count"], (".fasm",))[0]
    with pytest.raises(B.BenchError, match="FakeError: kaboom"):
        B.measure_in_process(fasm, prog, B.Config("switch", "checked"))


# ---------------------------------------------------------------------------
# end to end, with pyperf managers and workers

def test_bench_quick_end_to_end(fasm, tmp_path, capsys):
    out = tmp_path / "json"
    status = main(["bench", "--guest", "fasm", "--quick", "--json", str(out),
                   "--no-progress"])
    cap = capsys.readouterr()
    assert status == 0, cap.err
    # the table: one row per benchmark, the geometric mean, the paper's split
    lines = cap.out.splitlines()
    assert "switch/checked/python" in lines[2] and "threaded/unchecked/python" in lines[2]
    assert lines[4].startswith("squares") and lines[5].startswith("count")
    assert any(ln.startswith("geometric mean") for ln in lines)
    assert "dispatch: threaded = dispatch gain: threaded/checked over switch/checked" \
        in cap.out
    assert "unchecked-store: threaded = unchecked-store gain: threaded/unchecked over " \
        "threaded/checked" in cap.out
    # one pyperf suite per configuration, benchmarks named by program
    files = sorted(p.name for p in out.iterdir())
    assert files == ["fasm-switch-checked-python.json", "fasm-threaded-checked-python.json",
                     "fasm-threaded-unchecked-python.json"]
    for f in files:
        suite = pyperf.BenchmarkSuite.load(str(out / f))
        assert sorted(suite.get_benchmark_names()) == ["count", "squares"]
        for b in suite.get_benchmarks():
            assert b.get_nvalue() == 1 and b.mean() > 0
            assert b.get_metadata()["hostvm_size"] in ("20", "30")
    # results can be reported again from the JSON files
    assert main(["bench", "--guest", "fasm", "--from-json", str(out)]) == 0
    assert "squares" in capsys.readouterr().out


def test_bench_end_to_end_wrong_expected_output_aborts(fasm, capsys):
    exp = fasm.bench_dir / "expected" / "squares_30.out"
    exp.write_text(exp.read_text().replace("done", "dome"))
    status = main(["bench", "--guest", "fasm", "--quick", "--bench", "squares",
                   "--mode", "threaded", "--stack", "checked", "--no-progress"])
    cap = capsys.readouterr()
    assert status == 1
    assert "output mismatch: squares (size 30) under switch/checked/python" in cap.err
    assert "expected: 'dome'" in cap.err
    assert cap.out == ""                                # no table for a failed run


def test_bench_pyperf_stats_with_several_values(fasm, tmp_path):
    """pyperf's mean and std dev over several values from two worker processes."""
    configs = [B.Config("switch", "checked"), B.Config("threaded", "unchecked")]
    progs = B.find_programs(fasm.bench_dir, "small", ["squares"], (".fasm",))
    res = B.run_benchmarks("fasm", progs, configs,
                           B.Settings("minimal", processes=2, values=2), progress=False)
    for c in configs:
        b = res.benchmarks["squares", c]
        assert b.get_nrun() == 2 and b.get_nvalue() == 4
        assert res.stdev("squares", c) is not None
    assert res.speedup("squares", configs[0]) == 1.0
    assert math.isfinite(res.geomean(lambda n: res.speedup(n, configs[1])))
    text = B.format_report(res, rich=False)
    assert " ± " in text and "unchecked-store gain" not in text


# ---------------------------------------------------------------------------
# reports and figures from results made here (no measurement)

def fake_results(names=("a", "b"), configs=None):
    configs = configs or B.make_configs()
    progs = [B.Program(n, Path(n), "1", Path(n)) for n in names]
    res = B.Results("fasm", configs, progs, settings="test")
    base = {"a": 2.0, "b": 4.0}
    factor = {"switch/checked/python": 1.0, "threaded/checked/python": 0.5,
              "threaded/unchecked/python": 0.25}
    for p in progs:
        for c in configs:
            mean = base[p.name] * factor[c.name]
            run = pyperf.Run([mean * 0.99, mean * 1.01], warmups=None,
                             metadata={"name": f"{p.name} [{c.name}]", "loops": 1,
                                       "hostvm_config": c.name, "hostvm_mode": c.mode,
                                       "hostvm_stack": c.stack, "hostvm_backend": c.backend,
                                       "hostvm_size": "1"},
                             collect_metadata=False)
            res.benchmarks[p.name, c] = pyperf.Benchmark([run])
    return res


def test_report_and_gains():
    res = fake_results()
    text = B.format_report(res, rich=False)
    assert "2.00x" in text and "4.00x" in text           # threaded/checked, unchecked
    gains = dict((label.split(":")[0], (s, f)) for label, s, f in res.gains())
    assert set(gains) == {"dispatch gain", "unchecked-store gain"}
    assert res.geomean(lambda n: res.ratio(n, *gains["unchecked-store gain"])) == \
        pytest.approx(2.0)


def test_json_roundtrip_and_compare_to(tmp_path):
    res = fake_results()
    paths = res.write_json(tmp_path)
    again = B.Results.load_json(tmp_path, "fasm")
    assert again.configs == res.configs and again.names == ["a", "b"]
    assert again.speedup("b", res.configs[2]) == pytest.approx(4.0)
    import subprocess
    r = subprocess.run([sys.executable, "-m", "pyperf", "compare_to", str(paths[0]),
                        str(paths[2])], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "4.00x faster" in r.stdout


def test_figure(tmp_path):
    pytest.importorskip("matplotlib")
    from hostvm.figure import plot_speedups
    path = tmp_path / "fig3.png"
    plot_speedups(fake_results(), path)
    assert path.stat().st_size > 1000
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_figure_without_matplotlib(monkeypatch, fasm, capsys):
    monkeypatch.setitem(sys.modules, "matplotlib", None)       # import fails
    assert main(["bench", "--guest", "fasm", "--quick", "--figure", "x.png"]) == 2
    assert "needs matplotlib" in capsys.readouterr().err


# ---------------------------------------------------------------------------
# the real guest's benchmark set, if the guest is there

def test_pyish_benchmarks_are_complete():
    try:
        guest = hostvm.guest.get_guest("pyish")
    except Exception as e:            # the guest is written concurrently
        pytest.skip(f"guest pyish not available: {e}")
    for size in ("default", "quick", "small"):
        progs = B.find_programs(B.bench_dir_of(guest), size, None, guest.extensions)
        assert [p.name for p in progs] == ["binarytrees", "fannkuchredux", "fasta",
                                           "mandelbrot", "meteor", "nbody", "spectralnorm"]


def test_pyish_small_runs_match_expected():
    try:
        guest = hostvm.guest.get_guest("pyish")
    except Exception as e:
        pytest.skip(f"guest pyish not available: {e}")
    progs = B.find_programs(B.bench_dir_of(guest), "small", ["nbody", "fannkuchredux"],
                            guest.extensions)
    for p in progs:
        try:
            B.measure_in_process(guest, p, B.Config("threaded", "unchecked"))
        except B.OutputMismatch:
            raise
        except B.BenchError as e:
            pytest.skip(f"pyish cannot run {p.name} yet: {str(e)[:200]}")


def test_bench_usage_errors_exit_2(fasm, capsys):
    assert main(["bench", "--guest", "fasm", "--bench", "nosuch"]) == 2
    assert "unknown benchmark(s) nosuch (known: squares, count)" in capsys.readouterr().err
    assert main(["bench", "--guest", "fasm", "--mode", "bogus"]) == 2
    assert "unknown mode 'bogus'" in capsys.readouterr().err
    assert main(["bench", "--guest", "nosuch"]) == 2
    assert main(["bench", "--guest", "fasm", "--quick", "--rigorous"]) == 2   # argparse
    assert main(["bench", "--guest", "fasm", "--rigorous", "--processes", "2"]) == 2
    assert main(["bench"]) == 2                                           # --guest required


def test_reference_is_measured_checked_and_reported():
    """--reference: CPython runs the same pyish source in the same pyperf run;
    its output is checked like every configuration's, and the report divides
    its time by each configuration's."""
    guest = hostvm.guest.get_guest("pyish")
    progs = B.find_programs(B.bench_dir_of(guest), "small", ["nbody"], guest.extensions)
    assert B.measure_in_process(guest, progs[0], B.REFERENCE)[0] > 0
    configs = [B.Config("switch", "checked")]
    res = B.run_benchmarks("pyish", progs, configs, B.Settings("minimal"), progress=False,
                           reference=True)
    assert set(res.reference) == {"nbody"} and res.reference_name == "cpython"
    assert res.vs_reference("nbody", configs[0]) > 0
    text = B.format_report(res, rich=False)
    assert "Against cpython running the same source" in text


def test_reference_output_is_checked(tmp_path):
    guest = hostvm.guest.get_guest("pyish")
    prog = tmp_path / "p.py"
    prog.write_text("print('reference')\n")
    expected = tmp_path / "p.out"
    expected.write_text("something else\n")
    with pytest.raises(B.OutputMismatch):
        B.measure_in_process(guest, B.Program("p", prog, "1", expected), B.REFERENCE)
