"""Opcodes and the instruction encoding shared by every guest.

A guest declares its instruction set as a subclass of `Opcode` (an IntEnum).
An instruction is a pair ``(opcode, operand)``: the opcode selects the i-op,
the operand is a non-negative integer whose meaning is the i-op's declared
operand kind (a local index, a constant index, a jump target, a count...).
Instructions are addressed by index; a jump target is an instruction index.

Why pairs rather than packed words: the pure-Python switch engine fetches and
decodes an instruction on every step, and unpacking a 2-tuple is cheaper in
CPython than shifting and masking an int (docs/switch-dispatch.md has the
figures).  The Cython backend packs the same pairs into C arrays.
"""
from __future__ import annotations

import enum

#: Opcodes index the code table, so they must fit a byte (as in the JVM and
#: CPython); the C backend builds a 256-entry table from them.
MAX_OPCODE = 255
#: Operands are unsigned 31-bit integers: what a C ``int`` operand can carry.
MAX_OPERAND = 2**31 - 1


class Opcode(enum.IntEnum):
    """Base class of a guest's instruction set."""
