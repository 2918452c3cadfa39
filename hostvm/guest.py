"""What a guest language provides to hostvm, and running a guest program.

A guest is a package under guests/ whose `GUEST` attribute is a `Guest`.
The command line, the benchmark runner and the tests reach every guest
through this interface only.
"""
from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

from .errors import BackendError
from .vm import VM, run_with_big_stack

#: the guests that ship with hostvm: name -> package
BUNDLED = {"pyish": "guests.pyish", "jsish": "guests.jsish", "rbish": "guests.rbish"}


class GuestSyntaxError(Exception):
    """A guest program cannot be compiled: names file, line and column."""

    def __init__(self, message, filename, line, column):
        self.message, self.filename, self.line, self.column = message, filename, line, column
        super().__init__(f'File "{filename}", line {line}, column {column}: {message}')


class Guest:
    name: str = ""
    extensions: tuple = ()
    interpreter: type = None

    @property
    def bench_dir(self) -> Path:
        """The folder of the guest's benchmark programs (with manifest.toml):
        bench/<name> of the project (or of the working directory, for an
        installed hostvm run from a checkout)."""
        here = Path(__file__).resolve().parent.parent / "bench" / self.name
        return here if here.is_dir() else Path.cwd() / "bench" / self.name

    def compile(self, source: str, filename: str):
        """Compile guest source to a CodeObject; raise GuestSyntaxError."""
        raise NotImplementedError

    def run_main(self, vm: VM, code, filename: str, argv: list[str]):
        """Run a compiled program as the main module."""
        raise NotImplementedError

    def format_error(self, exc: BaseException) -> str:
        """The guest's own report of an uncaught error (its traceback)."""
        raise NotImplementedError

    #: the name of the language's reference implementation, if this process
    #: can run a program with it in-process (`hostvm bench --reference`)
    reference: str | None = None

    def start_reference(self) -> None:
        """Start the reference implementation before anything is timed (a
        reference that runs in a resident process of its own starts it
        here); by default there is nothing to start."""

    def run_reference(self, filename: str, argv: list[str]):
        """Run the program under the reference implementation, in this
        process, writing to sys.stdout (start-up excluded from its timing)."""
        raise NotImplementedError


def get_guest(name: str) -> Guest:
    if name not in BUNDLED:
        raise KeyError(f"unknown guest {name!r} (known: {', '.join(BUNDLED)})")
    return importlib.import_module(BUNDLED[name]).GUEST


def guest_for_file(path: str) -> Guest:
    """The guest whose extensions include the file's.  A guest that cannot be
    loaded here (a dependency missing) does not stop the others from being
    found; it is reported only if no guest takes the file."""
    ext = os.path.splitext(path)[1]
    unloadable = None
    for name in BUNDLED:
        try:
            g = get_guest(name)
        except ImportError as e:
            unloadable = e
            continue
        if ext in g.extensions:
            return g
    if unloadable is not None:
        raise unloadable
    raise KeyError(f"no guest for files ending in {ext!r}; use --guest")


def run_program(guest: Guest, path: str, argv=(), *, mode="switch", stack="checked",
                backend="python", stderr=None) -> int:
    """Compile, verify and run a guest program as `hostvm run` does.
    Returns the exit status: 0 on success, 1 on a guest error (reported on
    `stderr` in the guest's own format)."""
    stderr = stderr or sys.stderr
    try:
        source = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        print(f"hostvm: cannot read {path}: {e.strerror}", file=stderr)
        return 1
    try:
        code = guest.compile(source, path)
    except GuestSyntaxError as e:
        print(guest.format_error(e), file=stderr, end="")
        return 1
    vm = VM(guest.interpreter, mode, stack, backend)
    vm.verify(code)
    try:
        run_with_big_stack(guest.run_main, vm, code, path, [path, *argv])
    except SystemExit as e:
        sys.stdout.flush()
        if e.code is None or isinstance(e.code, int):
            return e.code or 0
        print(e.code, file=stderr)          # sys.exit("message"), as CPython does
        return 1
    except BackendError:
        raise                               # hostvm's own failure, not the guest's
    except BaseException as e:
        sys.stdout.flush()
        print(guest.format_error(e), file=stderr, end="")
        return 1
    finally:
        sys.stdout.flush()
    return 0
