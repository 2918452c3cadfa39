"""The ``@i_op`` declaration: everything hostvm knows about an instruction.

One declaration per opcode drives every output: the engines, the verifier,
the disassembler and (later) the compiled code tables.  Nothing else restates
an instruction's stack effect, operand kind or control kind.

    @i_op(Op.BINARY_ADD, stack="left right -- sum")
    def binary_add(self, left, right):
        return left + right

Conventions the generators rely on (checked by the code-table builder):

* ``self`` is the executing guest frame (an instance of the Interpreter
  subclass).  Bodies reach it only through its documented surface.
* After ``self`` comes the operand, if the operand kind is not NONE, then one
  parameter per declared input, in order.  A counted input ``items[n]``
  arrives as one list.
* The i-op returns its outputs: nothing, one value, or a tuple for several.
  A counted output is returned as a sequence of exactly that many values.
  An output that repeats the input in the same position under the same name
  (``iter -- iter item``) is left in place by the generator and not returned.
* A conditional branch (control=BRANCH) returns its decision: true takes the
  branch.  If its fall-through edge pushes a new value (FOR_ITER), it returns
  that value to fall through and the sentinel ``TAKEN`` to branch.
* An unconditional jump (control=JUMP) has no body: every engine inlines it.
* A YIELD i-op returns the value to yield; its one output is the value sent
  back in.  A YIELD_FROM i-op returns the iterator to delegate to; its output
  is the value the iterator returns (PEP 380, done by the host's own
  `yield from`, since every engine runs a generator frame as a host generator).
"""
from __future__ import annotations

import ast
import enum
import re
from typing import Callable

import attrs


class OperandKind(enum.Enum):
    """What an instruction's operand means; the verifier range-checks it."""

    NONE = "none"        # no operand (encoded as 0)
    LOCAL = "local"      # index into the frame's locals
    CELL = "cell"        # index into the frame's cells (closure variables)
    CONST = "const"      # index into the code object's constants
    NAME = "name"        # index into the code object's names
    TARGET = "target"    # instruction index of a jump target
    COUNT = "count"      # a count; may size a stack effect (items[count])
    IMM = "imm"          # any other small immediate (an operator selector...)


class Control(enum.Enum):
    """How an instruction affects control flow; every kind but PLAIN and CALL
    ends a basic block."""

    PLAIN = "plain"
    BRANCH = "branch"    # conditional: may go to its target or fall through
    JUMP = "jump"        # unconditional: always goes to its target
    RETURN = "return"    # leaves the frame with its value
    RAISE = "raise"      # never falls through
    CALL = "call"        # calls guest code, then falls through
    YIELD = "yield"      # suspends the frame, resumes with the sent value
    YIELD_FROM = "yield_from"  # delegates to an iterator until it returns


NONE, LOCAL, CELL, CONST, NAME, TARGET, COUNT, IMM = OperandKind
PLAIN, BRANCH, JUMP, RETURN, RAISE, CALL, YIELD, YIELD_FROM = Control


class _Taken:
    """Returned by a branch i-op whose fall-through edge pushes a value, to
    say that the branch is taken (see the module docstring)."""

    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self):
        return "TAKEN"

    def __reduce__(self):
        return "TAKEN"


TAKEN = _Taken()


@attrs.frozen
class Slot:
    """One named entry of a stack effect; `count` is None for a single value,
    or an expression over the operand for a counted run (``items[n]``)."""

    name: str
    count: str | None = None

    def __str__(self):
        return self.name if self.count is None else f"{self.name}[{self.count}]"


@attrs.frozen
class StackEffect:
    """``inputs -- outputs``, vmgen/CPython style."""

    inputs: tuple[Slot, ...]
    outputs: tuple[Slot, ...]

    def __str__(self):
        ins = " ".join(map(str, self.inputs))
        outs = " ".join(map(str, self.outputs))
        return f"{ins} -- {outs}".strip()

    @property
    def kept(self) -> int:
        """How many leading outputs are the inputs left in place (same name,
        same position, single values)."""
        k = 0
        for i, o in zip(self.inputs, self.outputs):
            if i != o or i.count is not None:
                break
            k += 1
        return k

    @property
    def new_outputs(self) -> tuple[Slot, ...]:
        """The outputs the i-op returns (those not kept in place)."""
        return self.outputs[self.kept:]

    @property
    def is_fixed(self) -> bool:
        return all(s.count is None for s in self.inputs + self.outputs)


_SLOT = re.compile(r"([A-Za-z_]\w*)(?:\[([^\[\]]+)\])?(?=\s|$)")


def parse_stack_effect(text: str) -> StackEffect:
    """Parse ``"a b items[n] -- c"``.  Raises ValueError on malformed text."""
    if text.count("--") != 1:
        raise ValueError(f"stack effect {text!r} needs exactly one '--'")
    left, right = text.split("--")

    def slots(part: str) -> tuple[Slot, ...]:
        out = []
        pos = 0
        while True:
            while pos < len(part) and part[pos].isspace():
                pos += 1
            if pos == len(part):
                break
            m = _SLOT.match(part, pos)
            if not m:
                raise ValueError(f"bad stack slot at {part[pos:]!r} in {text!r}")
            pos = m.end()
            count = m.group(2)
            if count is not None:
                try:
                    ast.parse(count, mode="eval")
                except SyntaxError:
                    raise ValueError(f"bad count {count!r} in {text!r}") from None
            out.append(Slot(m.group(1), count))
        return tuple(out)

    return StackEffect(slots(left), slots(right))


@attrs.frozen
class IOpDecl:
    """What `@i_op` records on a function; the code-table builder reads it."""

    opcode: enum.IntEnum
    operand: OperandKind
    effect: StackEffect
    branch_effect: StackEffect | None
    control: Control
    func: Callable


def i_op(opcode, *, operand: OperandKind = NONE, stack: str = "--",
         branch: str | None = None, control: Control = PLAIN):
    """Declare the decorated method as the i-op of `opcode`.

    operand: the operand's kind.  stack: the stack effect on the fall-through
    edge.  branch: the effect on the branch edge, if it differs (BRANCH only).
    control: the control kind.
    """
    if not isinstance(operand, OperandKind):
        raise TypeError(f"i_op({opcode!r}): operand must be an OperandKind, not {operand!r}")
    if not isinstance(control, Control):
        raise TypeError(f"i_op({opcode!r}): control must be a Control, not {control!r}")
    effect = parse_stack_effect(stack)
    branch_effect = parse_stack_effect(branch) if branch is not None else None

    def decorate(func):
        func.__i_op__ = IOpDecl(opcode, operand, effect, branch_effect, control, func)
        return func

    return decorate
