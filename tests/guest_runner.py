"""Run guest programs in-process for the differential tests, and run the
reference implementation (CPython for pyish) on the same source."""
from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from functools import lru_cache

from hostvm.guest import get_guest, run_program

import pytest

MODES = ("switch", "direct", "threaded")
STACKS = ("checked", "unchecked")
BACKENDS = ("python", "cython")


@lru_cache(maxsize=None)
def cython_unavailable():
    """Why the Cython backend cannot run here (one line), or None."""
    import hostvm_ext
    return hostvm_ext.unavailable()


#: every (mode, stack, backend): the differential tests' configurations
CONFIGS = [(m, s, b) for b in BACKENDS for m in MODES for s in STACKS]


def available_configs():
    return [c for c in CONFIGS if c[2] != "cython" or cython_unavailable() is None]


#: CONFIGS as pytest parameters; the cython ones skip, with the reason, where
#: the backend cannot run (no C compiler, HOSTVM_NO_EXT set)
MATRIX = [pytest.param(m, s, b, id=f"{m}/{s}/{b}",
                       marks=pytest.mark.skipif(b == "cython" and cython_unavailable() is not None,
                                                reason=f"{cython_unavailable()}"))
          for m, s, b in CONFIGS]


def run_guest(guest_name, path, argv=(), mode="switch", stack="checked", backend="python"):
    """(exit status, stdout, stderr) of `hostvm run` on the program, in-process."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = run_program(get_guest(guest_name), str(path), list(argv), mode=mode,
                             stack=stack, backend=backend, stderr=err)
    return status, out.getvalue(), err.getvalue()


@lru_cache(maxsize=None)
def run_cpython(path, argv=()):
    """(exit status, stdout, stderr) of CPython on the same file."""
    p = subprocess.run([sys.executable, str(path), *argv], capture_output=True, text=True,
                       timeout=120)
    return p.returncode, p.stdout, p.stderr
