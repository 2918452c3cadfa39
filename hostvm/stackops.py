"""The stack-shuffling i-ops every stack machine has, written once.

    class MyInterpreter(stack_shuffles(Op), Interpreter): ...

gives a guest POP_TOP, DUP_TOP, DUP_TOP_TWO, ROT_TWO, ROT_THREE and ROT_FOUR
for the opcodes of those names in its Opcode enum (the ones it names; a
guest without ROT_FOUR simply has no such i-op).  Their bodies are pure
permutations of their inputs, which the generators recognise: the
threaded-code generators turn them into slot moves rather than calls.
"""
from __future__ import annotations

from .interp import Interpreter
from .iop import i_op

#: opcode name -> the i-op's method name (the declarations are below)
SHUFFLES = ("POP_TOP", "DUP_TOP", "DUP_TOP_TWO", "ROT_TWO", "ROT_THREE", "ROT_FOUR")


def stack_shuffles(opcodes) -> type:
    """A base class holding the shuffling i-ops for `opcodes` (an Opcode
    enum), for those of SHUFFLES it defines."""
    missing = object()

    def bind(name):
        return getattr(opcodes, name, missing)

    class StackShuffles(Interpreter):
        if bind("POP_TOP") is not missing:
            @i_op(bind("POP_TOP"), stack="value --")
            def pop_top(self, value):
                pass

        if bind("DUP_TOP") is not missing:
            @i_op(bind("DUP_TOP"), stack="value -- value copy")
            def dup_top(self, value):
                return value

        if bind("DUP_TOP_TWO") is not missing:
            @i_op(bind("DUP_TOP_TWO"), stack="a b -- a b a2 b2")
            def dup_top_two(self, a, b):
                return a, b

        if bind("ROT_TWO") is not missing:
            @i_op(bind("ROT_TWO"), stack="a b -- b2 a2")
            def rot_two(self, a, b):
                return b, a

        if bind("ROT_THREE") is not missing:
            @i_op(bind("ROT_THREE"), stack="a b c -- c2 a2 b2")
            def rot_three(self, a, b, c):
                return c, a, b

        if bind("ROT_FOUR") is not missing:
            @i_op(bind("ROT_FOUR"), stack="a b c d -- d2 a2 b2 c2")
            def rot_four(self, a, b, c, d):
                return d, a, b, c

    StackShuffles.__qualname__ = StackShuffles.__name__ = f"StackShuffles[{opcodes.__name__}]"
    return StackShuffles
