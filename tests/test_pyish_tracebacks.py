"""Guest tracebacks as CPython prints them: chains of exceptions, frames
that catch, frames that re-raise (compared line by line with CPython's
output, less its caret lines)."""
from pathlib import Path

import pytest

from guest_runner import MATRIX, run_cpython, run_guest

ERRORS = Path(__file__).resolve().parent / "programs" / "pyish" / "errors"


def without_carets(text):
    return [l for l in text.splitlines() if l.strip() and set(l.strip()) - set("^~")]


@pytest.mark.parametrize("mode,stack,backend", MATRIX)
@pytest.mark.parametrize("name", ["chained_exceptions", "zero_division_nested", "key_error",
                                  "saved_exception"])
def test_traceback_matches_cpython(name, mode, stack, backend):
    path = ERRORS / f"{name}.py"
    ref_status, ref_out, ref_err = run_cpython(path)
    status, out, err = run_guest("pyish", path, (), mode, stack, backend)
    assert (status, out) == (ref_status, ref_out)
    assert without_carets(err) == without_carets(ref_err.replace(str(path), str(path)))


PROJECTS = sorted((ERRORS.parent.parent / "pyish_errors").glob("*/main.py"))


@pytest.mark.parametrize("mode,stack,backend", MATRIX)
@pytest.mark.parametrize("path", PROJECTS, ids=[p.parent.name for p in PROJECTS])
def test_traceback_through_generators_and_modules(path, mode, stack, backend):
    """An error in a method of an imported module, called from a generator:
    every guest frame with its own file and line, as CPython prints them."""
    ref_status, ref_out, ref_err = run_cpython(path)
    status, out, err = run_guest("pyish", path, (), mode, stack, backend)
    assert (status, out) == (ref_status, ref_out) == (1, out)
    assert without_carets(err) == without_carets(ref_err)
