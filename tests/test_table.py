"""The code-table builder (hostvm/table.py): build_table(Toy), and each error
it reports for a badly declared interpreter.

The throwaway interpreters are defined at module level because the builder
reads each i-op's source with inspect.getsource.  Declaring them is harmless:
the builder only complains when build_table is called.
"""
import pytest

from hostvm import (BRANCH, COUNT, JUMP, LOCAL, NONE, PLAIN, RETURN, TARGET, YIELD, Interpreter,
                    Opcode, TableError, build_table, i_op)
from hostvm.opcodes import MAX_OPCODE
from hostvm.table import CodeTable, IOp

from toy import Op, Toy


# -- build_table(Toy) ------------------------------------------------------------

def test_toy_table_has_one_iop_per_opcode():
    table = build_table(Toy)
    assert isinstance(table, CodeTable)
    assert table.interp is Toy and table.opcodes is Op
    assert sorted(table.iops) == sorted(int(op) for op in Op)
    for op in Op:
        iop = table[op]
        assert isinstance(iop, IOp)
        assert iop.opcode == int(op) and iop.opname == op.name
        assert table.by_index[int(op)] is iop
        assert table.get(int(op)) is iop
    assert len(table.by_index) == max(Op) + 1
    assert table.by_index[0] is None          # no opcode 0 in Toy
    assert table.get(99) is None


def test_toy_table_is_built_once():
    assert build_table(Toy) is build_table(Toy)


def test_toy_iops_know_their_methods_and_declarations():
    t = build_table(Toy)
    assert t[Op.LOAD_FAST].name == "load_fast"
    assert t[Op.LOAD_FAST].func is Toy.load_fast
    assert t[Op.LOAD_FAST].operand is LOCAL and t[Op.LOAD_FAST].operand_param == "index"
    assert t[Op.BINARY_ADD].operand is NONE and t[Op.BINARY_ADD].operand_param is None
    assert t[Op.BINARY_ADD].params == ["left", "right"]
    assert t[Op.BINARY_ADD].control is PLAIN
    assert t[Op.RETURN_VALUE].control is RETURN
    assert t[Op.JUMP].control is JUMP
    assert t[Op.YIELD_VALUE].control is YIELD
    # which bodies use the frame
    assert t[Op.LOAD_FAST].uses_self and not t[Op.BINARY_ADD].uses_self
    # one-expression bodies can be inlined by the switch and direct engines
    assert t[Op.BINARY_ADD].inline_expr is not None
    assert t[Op.FOR_ITER].inline_expr is None


def test_toy_iop_sizes_and_edges():
    t = build_table(Toy)
    bl = t[Op.BUILD_LIST]
    assert bl.operand is COUNT
    assert [bl.n_inputs(n) for n in (0, 1, 5)] == [0, 1, 5]
    assert bl.n_outputs(5) == 1
    fi = t[Op.FOR_ITER]
    assert (fi.n_inputs(0), fi.n_outputs(0), fi.n_outputs(0, branch=True)) == (1, 2, 0)
    assert fi.returns_new_values_on_fallthrough
    jf = t[Op.JUMP_IF_FALSE_OR_POP]
    assert (jf.n_inputs(0), jf.n_outputs(0), jf.n_outputs(0, branch=True)) == (1, 0, 1)
    assert not jf.returns_new_values_on_fallthrough
    pj = t[Op.POP_JUMP_IF_FALSE]
    assert pj.branch_effect == pj.effect                  # not declared: the same
    for op, ends, falls in [(Op.BINARY_ADD, False, True), (Op.POP_JUMP_IF_FALSE, True, True),
                            (Op.JUMP, True, False), (Op.RETURN_VALUE, True, False),
                            (Op.YIELD_VALUE, False, True)]:
        assert (t[op].ends_block, t[op].falls_through) == (ends, falls), op


# -- throwaway opcode sets ---------------------------------------------------------

class TwoOp(Opcode):
    A = 1
    B = 2


class BigOp(Opcode):
    A = 1
    HUGE = 300


# -- errors --------------------------------------------------------------------------

class NoOpcodes(Interpreter):
    @i_op(TwoOp.A)
    def a(self):
        pass


def test_no_opcodes_enum():
    with pytest.raises(TableError, match="NoOpcodes declares no `opcodes`"):
        build_table(NoOpcodes)


class MissingIOp(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A)
    def do_a(self):
        pass


def test_opcode_without_iop():
    with pytest.raises(TableError) as ei:
        build_table(MissingIOp)
    msg = str(ei.value)
    assert "MissingIOp" in msg and "no i-op for opcode(s) B" in msg


class HidesIOp(Toy):
    binary_add = None               # a subclass overriding an i-op with a non-i-op


def test_overriding_an_iop_with_a_non_iop_leaves_the_opcode_without_iop():
    with pytest.raises(TableError, match="no i-op for opcode\\(s\\) BINARY_ADD"):
        build_table(HidesIOp)


class DoubledIOp(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A)
    def first_a(self):
        pass

    @i_op(TwoOp.A)
    def second_a(self):
        pass

    @i_op(TwoOp.B)
    def do_b(self):
        pass


def test_two_iops_for_one_opcode_names_both_methods():
    with pytest.raises(TableError) as ei:
        build_table(DoubledIOp)
    msg = str(ei.value)
    assert "two i-ops for A" in msg
    assert "first_a" in msg and "second_a" in msg


class ForeignOpcode(Interpreter):
    opcodes = TwoOp

    @i_op(Op.JUMP_IF_FALSE_OR_POP)
    def stray(self):
        pass


def test_iop_for_an_opcode_of_another_set():
    with pytest.raises(TableError, match="ForeignOpcode.stray: .* is not an opcode of TwoOp"):
        build_table(ForeignOpcode)


class WrongParams(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, stack="left right -- sum")
    def add(self, x, y):
        return x + y

    @i_op(TwoOp.B)
    def do_b(self):
        pass


class SwappedParams(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, stack="left right -- sum")
    def add(self, right, left):
        return left + right

    @i_op(TwoOp.B)
    def do_b(self):
        pass


class MissingOperandParam(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, operand=LOCAL, stack="-- value")
    def load(self):
        return 1

    @i_op(TwoOp.B)
    def do_b(self):
        pass


class ExtraParam(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, stack="value --")
    def pop(self, value, extra):
        pass

    @i_op(TwoOp.B)
    def do_b(self):
        pass


class DefaultParam(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, stack="value --")
    def pop(self, value=None):
        pass

    @i_op(TwoOp.B)
    def do_b(self):
        pass


@pytest.mark.parametrize("interp, method, expected", [
    (WrongParams, "add", "expected (self, left, right)"),
    (SwappedParams, "add", "expected (self, left, right)"),
    (ExtraParam, "pop", "expected (self, value)"),
])
def test_parameters_must_match_the_stack_effect(interp, method, expected):
    with pytest.raises(TableError) as ei:
        build_table(interp)
    msg = str(ei.value)
    assert f"{interp.__name__}.{method}" in msg
    assert "do not match the declared stack effect" in msg
    assert expected in msg


def test_operand_kind_needs_an_operand_parameter():
    with pytest.raises(TableError, match="MissingOperandParam.load .*needs an operand parameter"):
        build_table(MissingOperandParam)


def test_parameters_must_be_plain_names():
    with pytest.raises(TableError, match="DefaultParam.pop .*plain positional names"):
        build_table(DefaultParam)


class BranchWithoutDecision(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, operand=TARGET, stack="cond --", control=BRANCH)
    def branchy(self, target, cond):
        if cond:
            return True

    @i_op(TwoOp.B)
    def do_b(self):
        pass


class BranchBareReturn(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, operand=TARGET, stack="cond --", control=BRANCH)
    def branchy(self, target, cond):
        if cond:
            return
        return False

    @i_op(TwoOp.B)
    def do_b(self):
        pass


class BranchAllPaths(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, operand=TARGET, stack="cond --", control=BRANCH)
    def branchy(self, target, cond):
        """A docstring is not a statement of the body."""
        if cond:
            return True
        else:
            raise ValueError("never")

    @i_op(TwoOp.B)
    def do_b(self):
        pass


@pytest.mark.parametrize("interp", [BranchWithoutDecision, BranchBareReturn])
def test_branch_must_return_its_decision_on_every_path(interp):
    with pytest.raises(TableError) as ei:
        build_table(interp)
    msg = str(ei.value)
    assert f"{interp.__name__}.branchy" in msg
    assert "must return its decision on every path" in msg


def test_branch_returning_or_raising_on_every_path_is_accepted():
    assert build_table(BranchAllPaths)[TwoOp.A].control is BRANCH


class JumpWithBody(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, operand=TARGET, control=JUMP)
    def jump(self, target):
        self.locals[0] = target

    @i_op(TwoOp.B)
    def do_b(self):
        pass


class JumpWithEffect(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, operand=TARGET, stack="x --", control=JUMP)
    def jump(self, target, x):
        pass

    @i_op(TwoOp.B)
    def do_b(self):
        pass


def test_jump_has_no_body():
    with pytest.raises(TableError) as ei:
        build_table(JumpWithBody)
    msg = str(ei.value)
    assert "JumpWithBody.jump" in msg and "a JUMP i-op has no body" in msg


def test_jump_has_no_stack_effect():
    with pytest.raises(TableError, match="JumpWithEffect.jump .*has no stack effect"):
        build_table(JumpWithEffect)


class OutputsNotReturned(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, operand=LOCAL, stack="-- value")
    def load(self, index):
        self.locals[index]

    @i_op(TwoOp.B)
    def do_b(self):
        pass


class OutputsSometimesReturned(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, stack="a b -- c")
    def pick(self, a, b):
        if a:
            return b

    @i_op(TwoOp.B)
    def do_b(self):
        pass


class ReturnWithoutValue(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, stack="value --", control=RETURN)
    def ret(self, value):
        pass

    @i_op(TwoOp.B)
    def do_b(self):
        pass


@pytest.mark.parametrize("interp, method", [
    (OutputsNotReturned, "load"), (OutputsSometimesReturned, "pick"), (ReturnWithoutValue, "ret"),
])
def test_declared_outputs_must_be_returned(interp, method):
    with pytest.raises(TableError) as ei:
        build_table(interp)
    msg = str(ei.value)
    assert f"{interp.__name__}.{method}" in msg
    assert "does not return them on every path" in msg


class ReturnsUndeclared(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, stack="value --")
    def pop(self, value):
        return value

    @i_op(TwoOp.B)
    def do_b(self):
        pass


class KeptOnlyReturns(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, stack="it -- it")           # kept in place: nothing to return
    def peek(self, it):
        return it

    @i_op(TwoOp.B)
    def do_b(self):
        pass


@pytest.mark.parametrize("interp, method", [(ReturnsUndeclared, "pop"), (KeptOnlyReturns, "peek")])
def test_returned_value_without_declared_outputs(interp, method):
    with pytest.raises(TableError) as ei:
        build_table(interp)
    msg = str(ei.value)
    assert f"{interp.__name__}.{method}" in msg
    assert "returns a value but declares no outputs" in msg


class CountOtherName(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, operand=COUNT, stack="items[n] -- list")
    def build(self, count, items):
        return list(items)

    @i_op(TwoOp.B)
    def do_b(self):
        pass


class CountWithoutOperand(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, stack="items[n] -- list")
    def build(self, items):
        return list(items)

    @i_op(TwoOp.B)
    def do_b(self):
        pass


class CountMixedNames(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, operand=COUNT, stack="x -- items[count+k]")
    def spread(self, count, x):
        return [x] * count

    @i_op(TwoOp.B)
    def do_b(self):
        pass


@pytest.mark.parametrize("interp, count, operand", [
    (CountOtherName, "n", "count"), (CountWithoutOperand, "n", "none"),
    (CountMixedNames, "count+k", "count"),
])
def test_count_may_only_use_the_operand(interp, count, operand):
    with pytest.raises(TableError) as ei:
        build_table(interp)
    msg = str(ei.value)
    assert f"{interp.__name__}." in msg
    assert f"count '{count}'" in msg
    assert f"may only use the operand parameter ({operand})" in msg


class CountExpression(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, operand=COUNT, stack="items[count*2+1] -- list")
    def build(self, count, items):
        return list(items)

    @i_op(TwoOp.B)
    def do_b(self):
        pass


def test_count_expression_over_the_operand():
    iop = build_table(CountExpression)[TwoOp.A]
    assert iop.n_inputs(3) == 7 and iop.n_outputs(3) == 1


class OpcodeTooBig(Interpreter):
    opcodes = BigOp

    @i_op(BigOp.A)
    def do_a(self):
        pass

    @i_op(BigOp.HUGE)
    def huge(self):
        pass


def test_opcode_that_does_not_fit_the_encoding():
    with pytest.raises(TableError) as ei:
        build_table(OpcodeTooBig)
    msg = str(ei.value)
    assert "OpcodeTooBig.huge" in msg
    assert "opcode 300 does not fit the instruction encoding" in msg
    assert f"0..{MAX_OPCODE}" in msg


class BranchEffectOnPlain(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, stack="x --", branch="x -- x")
    def plain(self, x):
        pass

    @i_op(TwoOp.B)
    def do_b(self):
        pass


class BranchEffectOtherInputs(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, operand=TARGET, stack="x --", branch="y -- y", control=BRANCH)
    def br(self, target, x):
        return x

    @i_op(TwoOp.B)
    def do_b(self):
        pass


def test_branch_edge_effect_only_on_branches():
    with pytest.raises(TableError, match="BranchEffectOnPlain.plain .*only a BRANCH"):
        build_table(BranchEffectOnPlain)


def test_branch_edge_consumes_the_same_inputs():
    with pytest.raises(TableError, match="BranchEffectOtherInputs.br .*same inputs"):
        build_table(BranchEffectOtherInputs)


class YieldNoOutput(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, stack="value --", control=YIELD)
    def yv(self, value):
        return value

    @i_op(TwoOp.B)
    def do_b(self):
        pass


class BodyYields(Interpreter):
    opcodes = TwoOp

    @i_op(TwoOp.A, stack="value -- out")
    def gen(self, value):
        yield value
        return value

    @i_op(TwoOp.B)
    def do_b(self):
        pass


def test_yield_iop_declares_the_sent_value():
    with pytest.raises(TableError,
                       match="YieldNoOutput.yv .*a YIELD i-op returns what to yield"):
        build_table(YieldNoOutput)


def test_iop_body_may_not_yield():
    with pytest.raises(TableError, match="BodyYields.gen .*may not yield"):
        build_table(BodyYields)


class Overrides(Toy):
    @i_op(Op.BINARY_ADD, stack="left right -- sum")
    def binary_add(self, left, right):
        return left - right


def test_subclass_overrides_an_iop_by_name():
    t = build_table(Overrides)
    assert t[Op.BINARY_ADD].func is Overrides.binary_add
    assert build_table(Toy)[Op.BINARY_ADD].func is Toy.binary_add
