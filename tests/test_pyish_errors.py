"""Guest errors: syntax errors name file, line and column; runtime errors
print the guest's traceback (no host frames) and exit 1; unbounded recursion
is a guest RecursionError.  Each case is a program in
tests/programs/pyish/errors with a .expect file (first line `exit: N`, then
substrings stderr must contain) and, optionally, the stdout printed first."""
from pathlib import Path

import pytest

from guest_runner import MATRIX, run_cpython, run_guest

ERRORS = Path(__file__).resolve().parent / "programs" / "pyish" / "errors"
CASES = sorted(ERRORS.glob("*.py"))


def expectations(path):
    lines = path.with_suffix(".expect").read_text().splitlines()
    status = int(lines[0].split(":")[1])
    skip_cpython = len(lines) > 1 and lines[1].strip() == "cpython: skip"
    wanted = [l for l in lines[1 + skip_cpython:] if l.strip()]
    stdout = path.with_suffix(".stdout")
    return status, wanted, (stdout.read_text() if stdout.exists() else None), skip_cpython


@pytest.mark.parametrize("mode,stack,backend", MATRIX)
@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_guest_error(path, mode, stack, backend):
    status, wanted, stdout, _ = expectations(path)
    got_status, out, err = run_guest("pyish", path, (), mode, stack, backend)
    assert got_status == status
    for w in wanted:
        assert w in err, f"{w!r} not in stderr:\n{err}"
    if stdout is not None:
        assert out == stdout
    # the guest's traceback, never the host's
    assert "hostvm" not in err and "site-packages" not in err and ".py\", line" not in \
        err.replace(str(path), "")


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_expectations_hold_for_cpython(path):
    status, wanted, stdout, skip = expectations(path)
    if skip:
        pytest.skip("CPython runs this program (pyish does not support it yet)")
    got_status, out, err = run_cpython(path)
    assert got_status == status
    for w in wanted:
        assert w in err


def test_recursion_traceback_is_compressed():
    _, _, err = run_guest("pyish", ERRORS / "recursion_error.py", (), "threaded", "unchecked")
    assert "[Previous line repeated 996 more times]" in err
    assert err.count("in f\n") == 3
