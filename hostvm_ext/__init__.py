"""hostvm_ext: the Cython backend of hostvm.

The same i-ops, written in Python once, compiled to C: a compiled frame and
guest-call path (runtime.pyx), code tables with the switch and direct engines
(cgen.py), threaded code compiled per guest source module, and an on-disk
code cache for all of it (toolchain.py).  `pip install .` prebuilds the
runtime and the bundled guests' code tables; anything else is built on first
use.  The pure-Python backend (hostvm.engines) stays the reference.

`unavailable()` says in one line why the backend cannot run here, or None.
"""
from __future__ import annotations

import os


_CHECKED = {}


def unavailable() -> str | None:
    """Why the Cython backend cannot run here (one line), or None; asked once
    per process (and per HOSTVM_NO_EXT setting)."""
    key = os.environ.get("HOSTVM_NO_EXT", "")
    if key not in _CHECKED:
        _CHECKED[key] = _unavailable()
    return _CHECKED[key]


def _unavailable() -> str | None:
    if os.environ.get("HOSTVM_NO_EXT"):
        return "the Cython backend is disabled (HOSTVM_NO_EXT is set)"
    from . import toolchain
    from .engines import runtime_module, runtime_source
    try:
        pyx, pxd = runtime_source()
        if toolchain.find(toolchain.module_name("runtime", pyx + pxd)) is None:
            # not built at install: building needs Cython and a C compiler
            why = toolchain.have_compiler()
            if why:
                return why + "; the extension was not built at install"
            if toolchain.cython_version() is None:
                return "Cython is not installed (pip install Cython)"
        runtime_module()
    except Exception as e:                  # a failed build, a broken install
        return f"the compiled runtime cannot be loaded: {e}".splitlines()[0]
    return None


#: keep_freed_arenas's answer before the module is built: hostvm.vm.steady_host
#: asks again at the next run rather than remembering it
NOT_BUILT = "hostvm_ext's arenas module is not built"


def keep_freed_arenas() -> str | None:
    """Put arenas.pyx's allocator in front of CPython's, so that a frame-stack
    chunk freed by a returning call is reused by the next one instead of
    going back to the system (docs/host-frame-chunks.md).  Only a module
    already built (at install, by `hostvm build`, or beside the runtime on
    the Cython backend's first use) is used: a python-backend run never waits
    for the C compiler.  Returns None when the allocator is in place, else
    why not."""
    if os.environ.get("HOSTVM_KEEP_ARENAS", "1") == "0":
        return "HOSTVM_KEEP_ARENAS=0"
    if os.environ.get("HOSTVM_NO_EXT"):
        return "HOSTVM_NO_EXT is set"
    mod = arenas_module()
    if mod is None:
        return NOT_BUILT
    mod.install()
    return None


def arenas_module():
    """The compiled arenas.pyx if it is built, else None (never builds)."""
    from . import toolchain
    name = toolchain.module_name("arenas", arenas_source())
    path = toolchain.find(name)
    return None if path is None else toolchain.load(name, path)


def arenas_source() -> str:
    from pathlib import Path
    return (Path(__file__).resolve().parent / "arenas.pyx").read_text(encoding="utf-8")


# A checkout on sys.path (running the tests in place) shadows the installed
# package; its compiled modules are found through the installed one's path.
__path__ = __import__("pkgutil").extend_path(__path__, __name__)
