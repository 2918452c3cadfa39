"""Dataflow over guest bytecode that guest compilers share.

`assigned_locals` is definite assignment: for each instruction, the set of
locals assigned on every path that reaches it (a bit mask).  Guest compilers
use it to keep the check for an unassigned local (Python's UnboundLocalError,
JavaScript's temporal dead zone) only on the loads that need it.
"""
from __future__ import annotations

from .iop import BRANCH, JUMP


def assigned_locals(instrs, handlers, table, nlocals, initial, stores, deletes=()):
    """Masks of the locals definitely assigned before each instruction (None
    where unreachable).  `instrs`: (opcode, operand) pairs; `handlers`: the
    exception table (an instruction that may raise passes its state, before
    its own store, to its handler); `initial`: the mask at entry; `stores` /
    `deletes`: the opcodes that assign / unassign the local their operand
    names."""
    n = len(instrs)
    state = [None] * n
    if not n:
        return state
    handler_of = {}
    for h in handlers:
        for off in range(h.start, h.end):
            handler_of[off] = h.target
    full = (1 << nlocals) - 1
    stores, deletes = frozenset(map(int, stores)), frozenset(map(int, deletes))
    state[0] = initial
    work = [0]

    def flow(j, s):
        old = state[j]
        new = s if old is None else old & s
        if new != old:
            state[j] = new
            work.append(j)

    while work:
        i = work.pop()
        s = state[i]
        op, arg = instrs[i]
        iop = table[op]
        if i in handler_of:
            flow(handler_of[i], s)
        if op in stores:
            s |= 1 << arg
        elif op in deletes:
            s &= full ^ (1 << arg)
        if iop.falls_through and i + 1 < n:
            flow(i + 1, s)
        if iop.control in (BRANCH, JUMP):
            flow(arg, s)
    return state
