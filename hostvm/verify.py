"""The bytecode verifier: what makes the unchecked operand stack safe.

Like the JVM's verifier it follows the control-flow graph of a code object
and proves, before the code runs:
  * every opcode has an i-op and every operand is in range for its kind;
  * the stack depth is the same on every path into an instruction, never
    negative, and bounded: the maximum it finds sizes the unchecked stack;
  * control never runs off the end of the code;
  * exception handlers are well-formed, keep no more values than the stack
    holds where they apply, and the depth at each handler is consistent;
  * only a generator code object yields.
It records the depth before each instruction, which the engines use to
address stack slots by constant index.  Unreachable instructions are allowed
(compilers leave them) but never run; they get depth None.
"""
from __future__ import annotations

from .code import CodeObject
from .errors import VerifyError
from .iop import (BRANCH, CELL, CONST, COUNT, JUMP, LOCAL, NAME, NONE, TARGET, YIELD,
                  YIELD_FROM)
from .opcodes import MAX_OPERAND

#: An instruction may not push or pop more than this many values at once
#: (checked on the counts its stack effect derives from the operand; an IMM
#: operand may pack other facts beside a count, e.g. a call site's index).
MAX_COUNT = 1 << 16


def verify(code: CodeObject, table, *, recursive: bool = True) -> CodeObject:
    """Verify `code` (and, by default, the code objects nested in it).
    Sets code.max_depth / code.depths / code.verified; raises VerifyError."""
    for c in (code.walk() if recursive else (code,)):
        if not c.verified:
            _verify_one(c, table)
    return code


def _verify_one(code: CodeObject, table) -> None:
    instrs = code.instructions
    n = len(instrs)
    if n == 0:
        raise VerifyError(code, None, "empty code", "a code object needs at least one instruction")
    if len(code.lines) != n:
        raise VerifyError(code, None, "line table",
                          f"{len(code.lines)} line entries for {n} instructions")

    limits = {LOCAL: code.nlocals, CELL: code.ncells, CONST: len(code.consts),
              NAME: len(code.names), TARGET: n}
    iops = []
    for off, ins in enumerate(instrs):
        if not (isinstance(ins, tuple) and len(ins) == 2
                and type(ins[0]) is int and type(ins[1]) is int):
            raise VerifyError(code, off, "malformed instruction",
                              f"{ins!r} is not an (opcode, operand) pair of ints")
        op, arg = ins
        iop = table.get(op)
        if iop is None:
            raise VerifyError(code, off, "unknown opcode", f"{op} has no i-op")
        kind = iop.operand
        if not 0 <= arg <= MAX_OPERAND:
            raise VerifyError(code, off, "operand out of range", f"{iop.opname} {arg}")
        if kind is NONE and arg != 0:
            raise VerifyError(code, off, "operand out of range",
                              f"{iop.opname} takes no operand, got {arg}")
        elif kind in limits and arg >= limits[kind]:
            raise VerifyError(code, off, "operand out of range",
                              f"{iop.opname} {kind.name.lower()} index {arg}, "
                              f"but there are {limits[kind]}")
        elif kind is COUNT and arg > MAX_COUNT:
            raise VerifyError(code, off, "operand out of range",
                              f"{iop.opname} count {arg} exceeds {MAX_COUNT}")
        if iop.control in (YIELD, YIELD_FROM) and not code.is_generator:
            # the engines could not agree on what it means: only a generator's
            # frame can be suspended
            raise VerifyError(code, off, "yield outside a generator",
                              f"{iop.opname} in a code object that is not a generator")
        iops.append(iop)

    handler_at = [None] * n
    last_end = 0
    for h in code.handlers:
        if not (0 <= h.start < h.end <= n and last_end <= h.start):
            raise VerifyError(code, h.start, "bad exception handler",
                              f"range [{h.start}, {h.end}) is empty, out of the code or "
                              f"overlaps the previous one")
        if not 0 <= h.target < n:
            raise VerifyError(code, h.start, "bad exception handler",
                              f"target {h.target} is not an instruction")
        if h.depth < 0:
            raise VerifyError(code, h.start, "bad exception handler", f"depth {h.depth}")
        last_end = h.end
        for off in range(h.start, h.end):
            handler_at[off] = h

    depths = [None] * n
    depths[0] = 0
    max_depth = 0
    work = [0]

    def flow(src, dst, depth):
        if dst >= n:
            raise VerifyError(code, src, "falls off the end",
                              f"{iops[src].opname} is the last instruction and falls through")
        seen = depths[dst]
        if seen is None:
            depths[dst] = depth
            work.append(dst)
        elif seen != depth:
            raise VerifyError(code, dst, "stack depth mismatch",
                              f"reached with depth {seen} on one path and {depth} "
                              f"from offset {src}")

    while work:
        off = work.pop()
        iop = iops[off]
        arg = instrs[off][1]
        depth = depths[off]
        try:
            n_in = iop.n_inputs(arg)
            out = iop.n_outputs(arg)
            out_branch = iop.n_outputs(arg, branch=True)
        except Exception as e:                      # a count expression failed
            raise VerifyError(code, off, "bad count operand", f"{iop.opname} {arg}: {e}") from None
        if min(n_in, out, out_branch) < 0 or max(n_in, out, out_branch) > MAX_COUNT:
            raise VerifyError(code, off, "bad count operand", f"{iop.opname} {arg}")
        if depth < n_in:
            raise VerifyError(code, off, "stack underflow",
                              f"{iop.opname} pops {n_in}, depth is {depth}")
        after = depth - n_in + out
        after_branch = depth - n_in + out_branch
        max_depth = max(max_depth, after, after_branch)
        h = handler_at[off]
        if h is not None:
            if h.depth > depth:
                raise VerifyError(code, off, "handler depth above stack",
                                  f"the handler at {h.target} keeps {h.depth} values, "
                                  f"the depth here is {depth}")
            max_depth = max(max_depth, h.depth + 1)
            flow(off, h.target, h.depth + 1)
        if iop.falls_through:
            flow(off, off + 1, after)
        if iop.control in (BRANCH, JUMP):
            target = arg
            if iop.operand is not TARGET:
                raise VerifyError(code, off, "branch without target",
                                  f"{iop.opname} must take a TARGET operand")
            flow(off, target, after_branch if iop.control is BRANCH else after)

    code.depths = tuple(depths)
    code.max_depth = max_depth
    code.handler_at = tuple(handler_at) if code.handlers else ()
    code.verified = True
