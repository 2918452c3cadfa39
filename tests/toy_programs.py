"""More Toy code objects and helpers for the core's unit tests (tests/toy.py
stays the small shared guest; programs used by several test files live here).

Every builder returns a fresh, unverified CodeObject, so a test may verify it,
run it, mutate it or tamper with it without affecting other tests.
"""
from __future__ import annotations

from hostvm import CALL, NAME, VM, Opcode, i_op

from toy import Op, Toy, code, sum_squares_code  # noqa: F401  (re-exported)

O = Op

#: every (mode, stack) configuration of the pure-Python backend
MODES = ("switch", "direct", "threaded")
STACKS = ("checked", "unchecked")
CONFIGS = [(m, s) for m in MODES for s in STACKS]


def for_loop_code():
    """total = 0; for x in [2, 3, 4]: total = total + x * x; return total  (-> 29)"""
    return code([
        (O.LOAD_CONST, 0), (O.STORE_FAST, 0),                       # 0-1   total = 0
        (O.LOAD_CONST, 1), (O.LOAD_CONST, 2), (O.LOAD_CONST, 3),    # 2-4
        (O.BUILD_LIST, 3), (O.GET_ITER, 0),                         # 5-6
        (O.FOR_ITER, 16),                                           # 7
        (O.STORE_FAST, 1),                                          # 8     x
        (O.LOAD_FAST, 0), (O.LOAD_FAST, 1), (O.LOAD_FAST, 1),       # 9-11
        (O.BINARY_MUL, 0), (O.BINARY_ADD, 0), (O.STORE_FAST, 0),    # 12-14
        (O.JUMP, 7),                                                # 15
        (O.LOAD_FAST, 0), (O.RETURN_VALUE, 0),                      # 16-17
    ], consts=(0, 2, 3, 4), nlocals=2, name="for_loop")


FOR_LOOP_RESULT = 4 + 9 + 16


def for_over_local_code():
    """total = v1; for x in v0: total = total + x; return total
    (v0 a list from the caller, v1 the start value; the add at offset 8)."""
    return code([
        (O.LOAD_FAST, 0), (O.GET_ITER, 0),                          # 0-1
        (O.FOR_ITER, 10),                                           # 2
        (O.STORE_FAST, 2),                                          # 3
        (O.LOAD_FAST, 1), (O.LOAD_FAST, 2), (O.BINARY_ADD, 0),      # 4-6
        (O.STORE_FAST, 1),                                          # 7
        (O.JUMP, 2), (O.JUMP, 2),                                   # 8-9 (9 unreachable)
        (O.LOAD_FAST, 1), (O.RETURN_VALUE, 0),                      # 10-11
    ], nlocals=3, name="for_over_local")


def and_code():
    """return v2 + (v0 and v1): JUMP_IF_FALSE_OR_POP over a non-empty stack.
    Branch edge (v0 false): keeps v0; fall-through: pops it, loads v1."""
    return code([
        (O.LOAD_FAST, 2),                                           # 0
        (O.LOAD_FAST, 0),                                           # 1
        (O.JUMP_IF_FALSE_OR_POP, 4),                                # 2
        (O.LOAD_FAST, 1),                                           # 3
        (O.BINARY_ADD, 0),                                          # 4
        (O.RETURN_VALUE, 0),                                        # 5
    ], nlocals=3, name="and_expr")


def gen_code():
    """A generator:
        acc = 0
        for x in v0:
            sent = yield x * x + acc
            if sent: acc = acc + sent
        return acc
    """
    return code([
        (O.LOAD_CONST, 0), (O.STORE_FAST, 2),                       # 0-1   acc = 0
        (O.LOAD_FAST, 0), (O.GET_ITER, 0),                          # 2-3
        (O.FOR_ITER, 20),                                           # 4
        (O.STORE_FAST, 1),                                          # 5     x
        (O.LOAD_FAST, 1), (O.LOAD_FAST, 1), (O.BINARY_MUL, 0),      # 6-8
        (O.LOAD_FAST, 2), (O.BINARY_ADD, 0),                        # 9-10
        (O.YIELD_VALUE, 0),                                         # 11
        (O.STORE_FAST, 3),                                          # 12    sent
        (O.LOAD_FAST, 3), (O.POP_JUMP_IF_FALSE, 4),                 # 13-14
        (O.LOAD_FAST, 2), (O.LOAD_FAST, 3), (O.BINARY_ADD, 0),      # 15-17
        (O.STORE_FAST, 2),                                          # 18
        (O.JUMP, 4),                                                # 19
        (O.LOAD_FAST, 2), (O.RETURN_VALUE, 0),                      # 20-21
    ], consts=(0,), nlocals=4, name="gen", generator=True)


def irreducible_code():
    """A loop with two entries (an irreducible CFG):

         0 if not v0: goto B
         A: v3 = v3 + 1             (2-5)
         B: v1 = v1 + 1             (6-9)
            if v1 < v2: goto A      (10-14)
            return v3               (15-16)

    The entry branch jumps into the middle of the A->B->A cycle, so neither A
    nor B dominates the other.  With v1 = 0, v2 = 3: v0 true -> 3, false -> 2.
    """
    return code([
        (O.LOAD_FAST, 0), (O.POP_JUMP_IF_FALSE, 6),                 # 0-1
        (O.LOAD_FAST, 3), (O.LOAD_CONST, 0), (O.BINARY_ADD, 0),     # 2-4   A
        (O.STORE_FAST, 3),                                          # 5
        (O.LOAD_FAST, 1), (O.LOAD_CONST, 0), (O.BINARY_ADD, 0),     # 6-8   B
        (O.STORE_FAST, 1),                                          # 9
        (O.LOAD_FAST, 1), (O.LOAD_FAST, 2), (O.COMPARE_LT, 0),      # 10-12
        (O.POP_JUMP_IF_FALSE, 15),                                  # 13
        (O.JUMP, 2),                                                # 14
        (O.LOAD_FAST, 3), (O.RETURN_VALUE, 0),                      # 15-16
    ], consts=(1,), nlocals=4, name="irreducible")


def nested_continue_code():
    """A branch whose taken arm ends in a nested branch that continues the
    loop or falls out of the arm:

        while True:                           # 0
            v0 = v0 + 1                       # 0-3
            if v1:                            # 4-5 (POP_JUMP_IF_FALSE: taken if not v1)
                v2 = 100; break               # 6-8  (JUMP 13)
            if 3 < v0: break                  # 9-12 (taken if not 3 < v0: continue)
        return v2                             # 13-14

    With v0 = v2 = 0: v1 true -> 100, v1 false -> 0.  (A TCG bug once took the
    nested `continue` for the end of the taken arm and dropped the `else:`.)
    """
    return code([
        (O.LOAD_FAST, 0), (O.LOAD_CONST, 0), (O.BINARY_ADD, 0), (O.STORE_FAST, 0),   # 0-3
        (O.LOAD_FAST, 1), (O.POP_JUMP_IF_FALSE, 9),                                  # 4-5
        (O.LOAD_CONST, 1), (O.STORE_FAST, 2), (O.JUMP, 13),                          # 6-8
        (O.LOAD_CONST, 2), (O.LOAD_FAST, 0), (O.COMPARE_LT, 0),                      # 9-11
        (O.POP_JUMP_IF_FALSE, 0),                                                    # 12
        (O.LOAD_FAST, 2), (O.RETURN_VALUE, 0),                                       # 13-14
    ], consts=(1, 100, 3), nlocals=3, name="nested_continue")


def const_code(value, name="const"):
    """return <value>"""
    return code([(O.LOAD_CONST, 0), (O.RETURN_VALUE, 0)], consts=(value,), name=name)


def add_error_code():
    """return 1 + "a"   (TypeError at offset 2)"""
    return code([(O.LOAD_CONST, 0), (O.LOAD_CONST, 1), (O.BINARY_ADD, 0),
                 (O.RETURN_VALUE, 0)], consts=(1, "a"), name="add_error")


# -- running ------------------------------------------------------------------

def make_vm(mode, stack, interp=Toy, **options):
    return VM(interp, mode, stack, **options)


def run(vm, c, *locals_):
    """Verify `c` and run it in `vm` with the given leading locals (the rest
    None); returns the result (for a generator code object, the host
    generator)."""
    vm.verify(c)
    loc = list(locals_) + [None] * (c.nlocals - len(locals_))
    return vm.execute(vm.frame(c, loc, [], {}))


def drive(gen, sends):
    """Drive a host generator: the first step is next(), then each value of
    `sends` is sent (None means next()).  Returns the list of yielded values
    and, last, ('return', value) or ('raise', exception type)."""
    out = []
    try:
        out.append(next(gen))
        for s in sends:
            out.append(next(gen) if s is None else gen.send(s))
    except StopIteration as e:
        out.append(("return", e.value))
    except Exception as e:       # noqa: BLE001 - reported as data
        out.append(("raise", type(e)))
    return out


# -- a Toy with calls: for recursion tests -----------------------------------

CallOp = Opcode("CallOp", [(o.name, o.value) for o in Op] + [("CALL_GLOBAL", 16)])


class CallToy(Toy):
    """Toy plus CALL_GLOBAL: call the code object named by the operand (a
    global) with one argument."""

    opcodes = CallOp

    @i_op(CallOp.CALL_GLOBAL, operand=NAME, stack="arg -- result", control=CALL)
    def call_global(self, index, arg):
        callee = self.globals[self.names[index]]
        frame = self.vm.frame(callee, [arg] + [None] * (callee.nlocals - 1), [], self.globals)
        return self.vm.execute(frame)


def countdown_code():
    """def f(n): if n < 1: return 0
                 return f(n + -1) + 1     (the call at offset 9)"""
    instrs = [
        (CallOp.LOAD_FAST, 0), (CallOp.LOAD_CONST, 0), (CallOp.COMPARE_LT, 0),   # 0-2
        (CallOp.POP_JUMP_IF_FALSE, 6),                                           # 3
        (CallOp.LOAD_CONST, 1), (CallOp.RETURN_VALUE, 0),                        # 4-5
        (CallOp.LOAD_FAST, 0), (CallOp.LOAD_CONST, 2), (CallOp.BINARY_ADD, 0),   # 6-8
        (CallOp.CALL_GLOBAL, 0),                                                 # 9
        (CallOp.LOAD_CONST, 0), (CallOp.BINARY_ADD, 0),                          # 10-11
        (CallOp.RETURN_VALUE, 0),                                                # 12
    ]
    c = code(instrs, consts=(1, 0, -1), nlocals=1, name="f")
    c.names = ("f",)
    return c


COUNTDOWN_CALL_OFFSET = 9
