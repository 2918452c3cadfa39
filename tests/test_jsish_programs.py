"""Differential tests: every program of the jsish corpus and every benchmark
(at its small size) prints what node prints, in every mode x stack x backend.

The expected outputs are node's (tests/programs/jsish/*.out, made by
regen_expected.py); where node is installed, a test also checks that they
are still what node prints."""
import shutil
import subprocess
import tomllib
from functools import lru_cache
from pathlib import Path

import pytest

from guest_runner import MATRIX, run_guest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "programs" / "jsish"
PROGRAMS = sorted(CORPUS.glob("*.js"))
PROJECTS = sorted((ROOT / "tests" / "programs" / "jsish_modules").glob("*/main.js"))
BENCH = ROOT / "bench" / "jsish"
MANIFEST = tomllib.loads((BENCH / "manifest.toml").read_text())
NODE = shutil.which("node")


@lru_cache(maxsize=None)
def run_node(path, argv=()):
    p = subprocess.run([NODE, str(path), *argv], capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout


def expected_of(path: Path) -> str:
    return path.with_suffix(".out").read_text()


@pytest.mark.skipif(NODE is None, reason="node is not installed: the expected outputs "
                                         "cannot be re-checked against it")
@pytest.mark.parametrize("path", PROGRAMS + PROJECTS,
                         ids=[p.stem for p in PROGRAMS] + [p.parent.name for p in PROJECTS])
def test_expected_output_is_nodes(path):
    assert run_node(path) == (0, expected_of(path))


@pytest.mark.parametrize("mode,stack,backend", MATRIX)
@pytest.mark.parametrize("path", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_program_matches_node(path, mode, stack, backend):
    status, out, err = run_guest("jsish", path, (), mode, stack, backend)
    assert (status, out) == (0, expected_of(path)), err


@pytest.mark.parametrize("mode,stack,backend", MATRIX)
@pytest.mark.parametrize("path", PROJECTS, ids=[p.parent.name for p in PROJECTS])
def test_multi_file_program_matches_node(path, mode, stack, backend):
    """main.js requires sibling modules, compiled to jsish bytecode too."""
    status, out, err = run_guest("jsish", path, (), mode, stack, backend)
    assert (status, out, err) == (0, expected_of(path), "")


@pytest.mark.parametrize("mode,stack,backend", MATRIX)
@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_benchmark_small_size(name, mode, stack, backend):
    size = str(MANIFEST[name]["small"])
    path = BENCH / f"{name}.js"
    expected = (BENCH / "expected" / f"{name}_{size}.out").read_text()
    if NODE is not None:
        assert run_node(path, (size,)) == (0, expected), "expected output is stale"
    status, out, err = run_guest("jsish", path, (size,), mode, stack, backend)
    assert (status, out) == (0, expected), err
