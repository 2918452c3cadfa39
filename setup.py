"""Packaging of hostvm.

`pip install .` installs the framework (hostvm, hostvm.engines), the Cython
extension package (hostvm_ext) and the bundled guests (guests.*), and the
`hostvm` command.  The benchmark programs under bench/ are not installed: a
guest finds them through its `bench_dir`, relative to its own source in a
checkout, else ./bench/<guest>/ of the current directory.
"""
import re
from pathlib import Path

from setuptools import find_namespace_packages, setup

HERE = Path(__file__).resolve().parent
VERSION = re.search(r'^__version__ = "([^"]+)"',
                    (HERE / "hostvm" / "__init__.py").read_text(encoding="utf-8"), re.M).group(1)

# Namespace-aware discovery: a guest folder is found even before it has an
# __init__.py; __pycache__ folders are not packages.
PACKAGES = find_namespace_packages(
    include=["hostvm", "hostvm.*", "hostvm_ext", "hostvm_ext.*", "guests", "guests.*"],
    exclude=["*.__pycache__", "*.__pycache__.*"])

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
    install_requires=["attrs", "pyperf", "rich"],
    extras_require={
        "test": ["pytest", "matplotlib"],
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
