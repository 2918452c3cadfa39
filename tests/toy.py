"""A tiny guest used by the framework's unit tests: enough instructions for
loops, branches, calls-free arithmetic and generators."""
from hostvm import (BRANCH, CONST, COUNT, Interpreter, JUMP, LOCAL, RETURN, TAKEN, TARGET, YIELD,
                    CodeObject, Opcode, i_op)


class Op(Opcode):
    LOAD_FAST = 1
    STORE_FAST = 2
    LOAD_CONST = 3
    BINARY_ADD = 4
    BINARY_MUL = 5
    COMPARE_LT = 6
    POP_JUMP_IF_FALSE = 7
    JUMP = 8
    RETURN_VALUE = 9
    BUILD_LIST = 10
    GET_ITER = 11
    FOR_ITER = 12
    YIELD_VALUE = 13
    POP_TOP = 14
    JUMP_IF_FALSE_OR_POP = 15


class Toy(Interpreter):
    opcodes = Op
    value_type = (int, float, list, str, type(None), bool, type(iter([])))

    @i_op(Op.LOAD_FAST, operand=LOCAL, stack="-- value")
    def load_fast(self, index):
        return self.locals[index]

    @i_op(Op.STORE_FAST, operand=LOCAL, stack="value --")
    def store_fast(self, index, value):
        self.locals[index] = value

    @i_op(Op.LOAD_CONST, operand=CONST, stack="-- value")
    def load_const(self, index):
        return self.consts[index]

    @i_op(Op.BINARY_ADD, stack="left right -- sum")
    def binary_add(self, left, right):
        return left + right

    @i_op(Op.BINARY_MUL, stack="left right -- product")
    def binary_mul(self, left, right):
        return left * right

    @i_op(Op.COMPARE_LT, stack="left right -- result")
    def compare_lt(self, left, right):
        return left < right

    @i_op(Op.POP_JUMP_IF_FALSE, operand=TARGET, stack="cond --", control=BRANCH)
    def pop_jump_if_false(self, target, cond):
        return not cond

    @i_op(Op.JUMP_IF_FALSE_OR_POP, operand=TARGET, stack="cond --", branch="cond -- cond",
          control=BRANCH)
    def jump_if_false_or_pop(self, target, cond):
        return not cond

    @i_op(Op.JUMP, operand=TARGET, control=JUMP)
    def jump(self, target):
        pass

    @i_op(Op.RETURN_VALUE, stack="value --", control=RETURN)
    def return_value(self, value):
        return value

    @i_op(Op.BUILD_LIST, operand=COUNT, stack="items[count] -- list")
    def build_list(self, count, items):
        return list(items)

    @i_op(Op.GET_ITER, stack="iterable -- iterator")
    def get_iter(self, iterable):
        return iter(iterable)

    @i_op(Op.FOR_ITER, operand=TARGET, stack="iterator -- iterator item", branch="iterator --",
          control=BRANCH)
    def for_iter(self, target, iterator):
        for item in iterator:
            return item
        return TAKEN

    @i_op(Op.YIELD_VALUE, stack="value -- sent", control=YIELD)
    def yield_value(self, value):
        return value

    @i_op(Op.POP_TOP, stack="value --")
    def pop_top(self, value):
        pass


def code(instrs, consts=(), nlocals=0, name="toy", generator=False):
    """A code object from a list of (Op, operand) pairs."""
    instrs = tuple((int(op), int(arg)) for op, arg in instrs)
    return CodeObject(name=name, filename="<toy>", instructions=instrs,
                      lines=tuple(range(1, len(instrs) + 1)), consts=tuple(consts),
                      varnames=tuple(f"v{i}" for i in range(nlocals)), is_generator=generator)


def sum_squares_code():
    """s = 0; i = 0; while i < n: s = s + i*i; i = i + 1; return s   (n is local 2)"""
    O = Op
    return code([
        (O.LOAD_CONST, 0), (O.STORE_FAST, 0), (O.LOAD_CONST, 0), (O.STORE_FAST, 1),
        (O.LOAD_FAST, 1), (O.LOAD_FAST, 2), (O.COMPARE_LT, 0), (O.POP_JUMP_IF_FALSE, 19),
        (O.LOAD_FAST, 0), (O.LOAD_FAST, 1), (O.LOAD_FAST, 1), (O.BINARY_MUL, 0),
        (O.BINARY_ADD, 0), (O.STORE_FAST, 0),
        (O.LOAD_FAST, 1), (O.LOAD_CONST, 1), (O.BINARY_ADD, 0), (O.STORE_FAST, 1),
        (O.JUMP, 4),
        (O.LOAD_FAST, 0), (O.RETURN_VALUE, 0)], consts=(0, 1), nlocals=3, name="sum_squares")
