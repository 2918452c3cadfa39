"""hostvm: efficient hosted interpreters on CPython.

Guests write each interpreter operation (i-op) once, as a method of an
`Interpreter` subclass decorated with `@i_op`; hostvm builds the code table,
verifies guest bytecode, and runs it with switch dispatch, direct threaded
code or subroutine threaded code, over a checked or an unchecked stack.
"""
from .code import CodeObject
from .errors import StackCheckError, TableError, VerifyError
from .interp import Interpreter
from .iop import (BRANCH, CALL, CELL, CONST, COUNT, IMM, JUMP, LOCAL, NAME, NONE, PLAIN,
                  RAISE, RETURN, TAKEN, TARGET, YIELD, YIELD_FROM, Control, OperandKind, i_op)
from .opcodes import Opcode
from .stackops import stack_shuffles
from .table import build_table
from .verify import verify
from .vm import VM

__all__ = [
    "CodeObject", "StackCheckError", "TableError", "VerifyError", "Interpreter",
    "BRANCH", "CALL", "CELL", "CONST", "COUNT", "IMM", "JUMP", "LOCAL", "NAME", "NONE",
    "PLAIN", "RAISE", "RETURN", "TAKEN", "TARGET", "YIELD", "YIELD_FROM", "Control", "OperandKind",
    "i_op", "Opcode", "build_table", "verify", "VM", "stack_shuffles",
]
__version__ = "0.1.0"
