"""What guest compilers share between emitting instructions and making a
CodeObject: jump labels, and the exception table derived from the handler
each instruction was emitted under.

A compiler appends `[opcode, operand, line, handler]` rows, where an operand
may be a `Label` (resolved here) and `handler` is the innermost enclosing
handler, any object whose first item is the handler's Label and second the
stack depth it restores, or None.
"""
from __future__ import annotations

from .code import Handler


class Label:
    """A jump target; `pos` is set when the compiler marks it."""

    __slots__ = ("pos",)

    def __init__(self):
        self.pos = None


def assemble(rows):
    """(instructions, lines, handlers) from a compiler's rows: operands with
    labels resolved (as mutable [opcode, operand] pairs, for passes that
    rewrite them), each row's line, and the exception table: one Handler for
    each run of consecutive instructions emitted under the same handler."""
    instrs, lines, runs = [], [], []
    for off, (op, arg, line, h) in enumerate(rows):
        if isinstance(arg, Label):
            arg = arg.pos
        instrs.append([int(op), int(arg)])
        lines.append(line)
        if h is not None and runs and runs[-1][3] is h and runs[-1][1] == off:
            runs[-1][1] = off + 1
        elif h is not None:
            runs.append([off, off + 1, h[0], h])
    handlers = tuple(Handler(a, b, label.pos, h[1]) for a, b, label, h in runs)
    return instrs, lines, handlers
