"""rbish's errors, against CRuby's: each program in tests/programs/rbish_errors
has CRuby 3.1's stderr (.err) and exit status (.status).  rbish must exit
with the same status and print the same first line (the error, where it was
raised) and the same `from` lines (the guest's trace, built-in methods
included), in every mode x stack x backend.  Where rbish and CRuby differ on
purpose: a syntax error also names the column (`file:line:column:`); CRuby's
error_highlight snippet and "Did you mean?" lines are not reproduced; a
SystemStackError's trace is cut in the middle at a different place."""
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from guest_runner import MATRIX, run_guest

ERRORS = Path(__file__).resolve().parent / "programs" / "rbish_errors"
CASES = sorted(ERRORS.glob("*.rb"))
RUBY = shutil.which("ruby")


def crubys(path):
    return int(path.with_suffix(".status").read_text()), path.with_suffix(".err").read_text()


def first_line(err):
    return err.splitlines()[0] if err else ""


def trace(err):
    return [line for line in err.splitlines() if line.startswith("\tfrom ")]


@pytest.mark.parametrize("mode,stack,backend", MATRIX)
@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_error_matches_cruby(path, mode, stack, backend, monkeypatch):
    monkeypatch.chdir(path.parent)          # paths in messages as CRuby shows them
    status, err = crubys(path)
    got_status, out, got = run_guest("rbish", path.name, (), mode, stack, backend)
    assert got_status == status, got
    ours = first_line(got)
    if "syntax error" in first_line(err):
        ours = re.sub(r"^([^:]+:\d+):\d+:", r"\1:", ours)
    assert ours == first_line(err)
    if "SystemStackError" in first_line(err):
        assert len(got.splitlines()) < 20           # cut in the middle, as CRuby does
    else:
        assert trace(got) == trace(err)
    assert "Traceback" not in got and ".py" not in got


@pytest.mark.skipif(RUBY is None, reason="ruby is not installed: the expected errors "
                                         "cannot be re-checked against CRuby")
@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_expected_error_is_crubys(path):
    status, err = crubys(path)
    p = subprocess.run([RUBY, path.name], capture_output=True, text=True, timeout=60,
                       cwd=path.parent)
    assert p.returncode == status
    assert first_line(p.stderr) == first_line(err)
    assert trace(p.stderr)[:3] == trace(err)[:3]
