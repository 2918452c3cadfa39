"""Packaging of hostvm.

`pip install .` installs the framework (hostvm, hostvm.engines), the Cython
backend (hostvm_ext, with its runtime and the bundled guests' code tables
compiled, when a C compiler is there) and the bundled guests (guests.*), and
the `hostvm` command.  The benchmark programs under bench/ are not installed: a
guest finds them through its `bench_dir`, relative to its own source in a
checkout, else ./bench/<guest>/ of the current directory.
"""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Distribution, find_namespace_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
VERSION = re.search(r'^__version__ = "([^"]+)"',
                    (HERE / "hostvm" / "__init__.py").read_text(encoding="utf-8"), re.M).group(1)

# Namespace-aware discovery: a guest folder is found even before it has an
# __init__.py; __pycache__ folders are not packages.
PACKAGES = find_namespace_packages(
    include=["hostvm", "hostvm.*", "hostvm_ext", "hostvm_ext.*", "guests", "guests.*"],
    exclude=["*.__pycache__", "*.__pycache__.*"])

#: guests whose code tables are compiled at install
BUNDLED_GUESTS = ["pyish", "jsish", "rbish"]


class BuildPyWithCythonBackend(build_py):
    """Also compile the Cython backend (hostvm_ext: the runtime and the bundled
    guests' code tables) into hostvm_ext/prebuilt.  Without a C compiler the
    install still succeeds: the python backend needs none, and `--backend
    cython` then says why it is unavailable."""

    def run(self):
        super().run()
        out = Path(self.build_lib) / "hostvm_ext" / "prebuilt"
        shutil.rmtree(out, ignore_errors=True)    # never ship what an earlier build left
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            [str(HERE)] + ([os.environ["PYTHONPATH"]] if os.environ.get("PYTHONPATH") else [])))
        r = subprocess.run([sys.executable, "-m", "hostvm_ext.build", str(out),
                            *BUNDLED_GUESTS], env=env, cwd=HERE)
        if r.returncode != 0:
            print("hostvm: the Cython backend was not built (see above); hostvm works with "
                  "--backend python", file=sys.stderr)


class BinaryDistribution(Distribution):
    """The wheel carries compiled modules: tag it for this platform."""

    def has_ext_modules(self):
        return True


setup(
    name="hostvm",
    version=VERSION,
    description="Efficient hosted interpreters on CPython: switch dispatch, direct and "
                "subroutine threaded code built from one set of i-op declarations",
    long_description=(HERE / "hostvm" / "__init__.py").read_text(encoding="utf-8")
    .split('"""')[1].strip(),
    long_description_content_type="text/plain",
    packages=PACKAGES,
    include_package_data=True,
    python_requires=">=3.11",
    # esprima-fork: jsish's JavaScript parser (ESTree, ES2026 syntax), a maintained
    # port of esprima by its Python author
    install_requires=["attrs", "pyperf", "rich", "Cython>=3.0", "esprima-fork>=5.0"],
    cmdclass={"build_py": BuildPyWithCythonBackend},
    distclass=BinaryDistribution,
    package_data={"hostvm_ext": ["*.pyx", "*.pxd", "prebuilt/*"]},
    extras_require={
        # pytest-xdist: the suite runs on every core (the differential matrix
        # is mode x stack x backend for two guests; CI has 2 cores)
        "test": ["pytest", "pytest-xdist", "matplotlib"],
        "figure": ["matplotlib"],
    },
    entry_points={"console_scripts": ["hostvm = hostvm.cli:main"]},
    classifiers=[
        "Programming Language :: Python :: 3",
        "Programming Language :: Python :: 3.11",
        "Programming Language :: Python :: Implementation :: CPython",
        "Topic :: Software Development :: Interpreters",
    ],
)
