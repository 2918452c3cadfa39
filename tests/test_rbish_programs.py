"""Differential tests: every program of the rbish corpus, every multi-file
project and every benchmark (at its small size) prints what CRuby prints, in
every mode x stack x backend.

The expected outputs are CRuby 3.1's (tests/programs/rbish/*.out, made by
regen_expected.py there); where `ruby` is installed, a test also checks that
they are still what it prints."""
import shutil
import subprocess
import tomllib
from functools import lru_cache
from pathlib import Path

import pytest

from guest_runner import MATRIX, run_guest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "programs" / "rbish"
PROGRAMS = sorted(CORPUS.glob("*.rb"))
PROJECTS = sorted((ROOT / "tests" / "programs" / "rbish_modules").glob("*/main.rb"))
BENCH = ROOT / "bench" / "rbish"
MANIFEST = tomllib.loads((BENCH / "manifest.toml").read_text())
RUBY = shutil.which("ruby")


@lru_cache(maxsize=None)
def run_ruby(path, argv=()):
    p = subprocess.run([RUBY, path.name, *argv], capture_output=True, text=True, timeout=120,
                       cwd=path.parent)
    return p.returncode, p.stdout


def expected_of(path: Path) -> str:
    return path.with_suffix(".out").read_text()


@pytest.mark.skipif(RUBY is None, reason="ruby is not installed: the expected outputs "
                                         "cannot be re-checked against CRuby")
@pytest.mark.parametrize("path", PROGRAMS + PROJECTS,
                         ids=[p.stem for p in PROGRAMS] + [p.parent.name for p in PROJECTS])
def test_expected_output_is_crubys(path):
    assert run_ruby(path) == (0, expected_of(path))


@pytest.mark.parametrize("mode,stack,backend", MATRIX)
@pytest.mark.parametrize("path", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_program_matches_cruby(path, mode, stack, backend):
    status, out, err = run_guest("rbish", path, (), mode, stack, backend)
    assert (status, out) == (0, expected_of(path)), err


@pytest.mark.parametrize("mode,stack,backend", MATRIX)
@pytest.mark.parametrize("path", PROJECTS, ids=[p.parent.name for p in PROJECTS])
def test_multi_file_program_matches_cruby(path, mode, stack, backend):
    """main.rb requires sibling files (require_relative), compiled to rbish too."""
    status, out, err = run_guest("rbish", path, (), mode, stack, backend)
    assert (status, out, err) == (0, expected_of(path), "")


@pytest.mark.parametrize("mode,stack,backend", MATRIX)
@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_benchmark_small_size(name, mode, stack, backend):
    size = str(MANIFEST[name]["small"])
    path = BENCH / f"{name}.rb"
    expected = (BENCH / "expected" / f"{name}_{size}.out").read_text()
    if RUBY is not None:
        assert run_ruby(path, (size,)) == (0, expected), "expected output is stale"
    status, out, err = run_guest("rbish", path, (size,), mode, stack, backend)
    assert (status, out) == (0, expected), err


@pytest.mark.skipif(RUBY is None, reason="ruby is not installed: no CRuby to run")
def test_resident_cruby_runs_programs_again_and_again():
    """`hostvm bench --reference`: one resident ruby runs each program afresh."""
    import contextlib
    import io
    from guests.rbish import reference
    size = str(MANIFEST["nbody"]["small"])
    expected = (BENCH / "expected" / f"nbody_{size}.out").read_text()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        reference.run(str(BENCH / "nbody.rb"), [size])
        reference.run(str(BENCH / "nbody.rb"), [size])
    assert out.getvalue() == expected * 2
    with pytest.raises(SystemExit) as e, contextlib.redirect_stdout(io.StringIO()):
        reference.run(str(CORPUS.parent / "rbish_errors" / "exit_status.rb"), [])
    assert e.value.code == 3
