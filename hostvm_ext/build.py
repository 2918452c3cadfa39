"""Building the Cython backend ahead of time: `pip install .` (setup.py) and
`hostvm build --guest G` compile the runtime and a guest's code table here,
so that no program waits for them."""
from __future__ import annotations

import sys
import time
from pathlib import Path

from . import toolchain


def build_guest_tables(guest_names, out_dir: Path | None = None, quiet=False) -> list[Path]:
    """Compile the runtime and the code tables of the named guests into
    `out_dir` (default: the code cache).  Returns the modules' paths."""
    from hostvm.guest import get_guest
    from hostvm.table import build_table

    from . import cgen
    from .engines import runtime_source
    out_dir = Path(out_dir) if out_dir is not None else toolchain.cache_dir()
    built = []

    def ensure(kind, source, what, pxd=None, line_owner=None):
        name = toolchain.module_name(kind, source + (pxd or ""))
        path = toolchain.find(name) if out_dir == toolchain.cache_dir() else None
        if path is None and (out_dir / (name + toolchain.EXT_SUFFIX)).exists():
            path = out_dir / (name + toolchain.EXT_SUFFIX)
        if path is None:
            path = toolchain.build(name, source, out_dir, what=what, pxd=pxd,
                                   line_owner=line_owner, quiet=quiet)
        elif not quiet:
            print(f"hostvm: {what} is up to date ({path})", file=sys.stderr)
        built.append(path)
        return name

    pyx, pxd = runtime_source()
    runtime = ensure("runtime", pyx, "hostvm_ext runtime", pxd=pxd)
    from . import arenas_source
    ensure("arenas", arenas_source(), "hostvm_ext's arena allocator")
    for g in guest_names:
        table = build_table(get_guest(g).interpreter)
        source, text, _ = cgen.table_module(table, runtime)
        ensure("table", source, f"the code table of {g} ({len(table.iops)} i-ops)",
               pxd=cgen.table_pxd(table, runtime), line_owner=text.owner)
    return built


def main(argv=None) -> int:
    """setup.py's step: python -m hostvm_ext.build OUT_DIR GUEST..."""
    argv = sys.argv[1:] if argv is None else argv
    t0 = time.perf_counter()
    build_guest_tables(argv[1:], Path(argv[0]))
    print(f"hostvm: Cython backend built in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
