"""jsish's errors: a syntax error names file, line and column; an uncaught
runtime error prints the guest's trace (no host frames) and exits 1, with
node's error line; unbounded recursion is a guest RangeError; process.exit
sets the status.  Each case is a program in tests/programs/jsish_errors with
a .expect file (first line `exit: N`, then substrings stderr must contain);
stdout and the exit status must be node's."""
import shutil
import subprocess
from pathlib import Path

import pytest

from guest_runner import MATRIX, run_guest

ERRORS = Path(__file__).resolve().parent / "programs" / "jsish_errors"
CASES = sorted(ERRORS.glob("*.js"))
NODE = shutil.which("node")


def expectations(path):
    lines = path.with_suffix(".expect").read_text().splitlines()
    return int(lines[0].split(":")[1]), [l for l in lines[1:] if l.strip()]


@pytest.mark.parametrize("mode,stack,backend", MATRIX)
@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_guest_error(path, mode, stack, backend):
    status, wanted = expectations(path)
    got_status, out, err = run_guest("jsish", path, (), mode, stack, backend)
    assert got_status == status, err
    for w in wanted:
        assert w in err, f"{w!r} not in stderr:\n{err}"
    assert "Traceback" not in err and "hostvm" not in err and ".py" not in err
    assert len(err.splitlines()) < 20             # a trace of ten frames, not thousands


@pytest.mark.skipif(NODE is None, reason="node is not installed")
@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_node_agrees(path):
    """The same status and stdout under node, and node's stderr names the
    same error (but for our file:line:column of a syntax error)."""
    status, wanted = expectations(path)
    p = subprocess.run([NODE, str(path)], capture_output=True, text=True, timeout=60)
    assert p.returncode == status
    _, out, _ = run_guest("jsish", path)
    assert out == p.stdout
    for w in wanted:
        if not w.startswith(path.name):
            assert w in p.stderr
