"""Guest code objects: what a guest's compiler produces and the engines run.

A code object is the unit of verification and of threaded-code generation,
like a JVM method or a CPython code object.  Nested functions are code
objects stored in `consts`.
"""
from __future__ import annotations

import sys
from typing import Any

import attrs


def _interned(values) -> tuple:
    """The names and the identifier-like string constants of a code object,
    interned, as CPython interns its code objects' identifiers: the engines
    use them as dict keys (globals, attributes, a guest's property tables),
    and a lookup by the same object as the stored key needs no string
    comparison."""
    return tuple(sys.intern(v) if type(v) is str and v.isidentifier() else v
                 for v in values)


@attrs.frozen
class Handler:
    """An exception-table entry: an exception raised by an instruction in
    [start, end) cuts the operand stack to `depth`, pushes the exception and
    continues at `target`.  Entries do not overlap; a compiler gives each
    instruction its innermost handler (as CPython 3.11 does)."""

    start: int
    end: int
    target: int
    depth: int


@attrs.define(eq=False, repr=False)
class CodeObject:
    name: str                      # guest-visible name ("<module>", "fib")
    filename: str                  # guest source file, for tracebacks
    instructions: tuple            # ((opcode, operand), ...), indexed by offset
    lines: tuple                   # guest source line of each instruction
    consts: tuple = attrs.field(default=(), converter=_interned)
    names: tuple = attrs.field(default=(), converter=_interned)   # global / attribute names
    varnames: tuple = ()           # names of the locals, parameters first
    cellnames: tuple = ()          # names of cells: own cells, then free variables
    nfree: int = 0                 # the last `nfree` cells come from the closure
    firstlineno: int = 1
    is_generator: bool = False
    handlers: tuple = ()           # Handler entries, in offset order
    #: guest-specific facts (argument counts, flags); hostvm never reads them
    meta: dict = attrs.field(factory=dict)

    # Filled in by the verifier; the engines rely on them.
    verified: bool = False
    max_depth: int = 0
    depths: tuple = ()             # stack depth before each instruction (None: unreachable)
    handler_at: tuple = ()         # the Handler of each instruction, or None ('()': no handlers)

    #: (engine, callable running a frame of this code), made by the engine on
    #: first run (direct-threaded code array, threaded code) and cached here;
    #: None when not made yet or evicted from a code cache
    entry: Any = None

    @property
    def nlocals(self) -> int:
        return len(self.varnames)

    @property
    def ncells(self) -> int:
        return len(self.cellnames)

    def line_of(self, offset: int) -> int:
        if 0 <= offset < len(self.lines):
            return self.lines[offset]
        return self.firstlineno

    def walk(self):
        """This code object and every code object nested in it."""
        yield self
        for c in self.consts:
            if isinstance(c, CodeObject):
                yield from c.walk()

    def __repr__(self):
        return f"<code {self.name} at {self.filename}:{self.firstlineno}>"
