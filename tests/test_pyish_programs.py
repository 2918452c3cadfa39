"""Differential tests: every program of the pyish corpus and every benchmark
(at its small size) prints what CPython prints, in every mode x stack."""
import tomllib
from pathlib import Path

import pytest

from guest_runner import MATRIX, run_cpython, run_guest

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = sorted((ROOT / "tests" / "programs" / "pyish").glob("*.py"))
BENCH = ROOT / "bench" / "pyish"
MANIFEST = tomllib.loads((BENCH / "manifest.toml").read_text())


@pytest.mark.parametrize("mode,stack,backend", MATRIX)
@pytest.mark.parametrize("path", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_program_matches_cpython(path, mode, stack, backend):
    ref_status, ref_out, ref_err = run_cpython(path)
    assert ref_status == 0, ref_err
    status, out, err = run_guest("pyish", path, (), mode, stack, backend)
    assert (status, out) == (0, ref_out), err


@pytest.mark.parametrize("mode,stack,backend", MATRIX)
@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_benchmark_small_size(name, mode, stack, backend):
    size = str(MANIFEST[name]["small"])
    path = BENCH / f"{name}.py"
    expected = (BENCH / "expected" / f"{name}_{size}.out").read_text()
    assert run_cpython(path, (size,))[1] == expected, "expected output is stale"
    status, out, err = run_guest("pyish", path, (size,), mode, stack, backend)
    assert (status, out) == (0, expected), err


PROJECTS = sorted((ROOT / "tests" / "programs" / "pyish_modules").glob("*/main.py"))


@pytest.mark.parametrize("mode,stack,backend", MATRIX)
@pytest.mark.parametrize("path", PROJECTS, ids=[p.parent.name for p in PROJECTS])
def test_multi_file_program_matches_cpython(path, mode, stack, backend):
    """main.py imports sibling modules, compiled to pyish bytecode too."""
    ref_status, ref_out, ref_err = run_cpython(path)
    assert ref_status == 0, ref_err
    status, out, err = run_guest("pyish", path, (), mode, stack, backend)
    assert (status, out, err) == (0, ref_out, ref_err)
