"""The @i_op declaration: stack-effect parsing and argument checks (hostvm/iop.py)."""
import pytest

from hostvm import BRANCH, CONST, LOCAL, NONE, PLAIN, TARGET, Control, OperandKind, i_op
from hostvm.iop import IOpDecl, Slot, StackEffect, parse_stack_effect

from toy import Op


def names(slots):
    return [str(s) for s in slots]


@pytest.mark.parametrize("text, ins, outs", [
    ("a b -- c", ["a", "b"], ["c"]),
    ("left right -- sum", ["left", "right"], ["sum"]),
    ("-- value", [], ["value"]),
    ("value --", ["value"], []),
    ("--", [], []),
    ("  x   --   y  z ", ["x"], ["y", "z"]),
    ("a b -- b a", ["a", "b"], ["b", "a"]),
])
def test_parse_inputs_outputs(text, ins, outs):
    eff = parse_stack_effect(text)
    assert names(eff.inputs) == ins
    assert names(eff.outputs) == outs
    assert all(s.count is None for s in eff.inputs + eff.outputs)
    assert eff.is_fixed


def test_parse_counted_slot():
    eff = parse_stack_effect("items[count] -- list")
    assert eff.inputs == (Slot("items", "count"),)
    assert eff.outputs == (Slot("list"),)
    assert not eff.is_fixed
    assert str(eff) == "items[count] -- list"


def test_parse_counted_expression_and_mixed_slots():
    # slots are separated by white space, so a count expression has none
    eff = parse_stack_effect("f args[n+1] kw -- out[2*n]")
    assert eff.inputs == (Slot("f"), Slot("args", "n+1"), Slot("kw"))
    assert eff.outputs == (Slot("out", "2*n"),)


def test_kept_outputs():
    eff = parse_stack_effect("iter -- iter item")
    assert eff.kept == 1
    assert eff.new_outputs == (Slot("item"),)


@pytest.mark.parametrize("text, kept, new", [
    ("a b -- c", 0, ["c"]),
    ("a b -- a c", 1, ["c"]),
    ("a b -- a b c", 2, ["c"]),
    ("a b -- a b", 2, []),
    ("a b -- b a", 0, ["b", "a"]),         # same names, other positions: not kept
    ("cond -- cond", 1, []),
    ("-- x", 0, ["x"]),
    ("x --", 0, []),
    ("items[n] -- items[n]", 0, ["items[n]"]),   # a counted run is never kept in place
    ("a items[n] -- a items[n] b", 1, ["items[n]", "b"]),
])
def test_kept_and_new_outputs(text, kept, new):
    eff = parse_stack_effect(text)
    assert eff.kept == kept
    assert names(eff.new_outputs) == new


@pytest.mark.parametrize("text", ["a b -- c", "items[count] -- list", "-- x", "x --",
                                  "iter -- iter item"])
def test_str_round_trips(text):
    eff = parse_stack_effect(text)
    assert parse_stack_effect(str(eff)) == eff


@pytest.mark.parametrize("text", [
    "a b",                 # no separator
    "",                    # no separator
    "a -- b -- c",         # two separators
    "1a -- b",             # not an identifier
    "a-b -- c",            # not an identifier
    "a --- b",             # '-' is not a slot
    "a[] -- b",            # empty count
    "a[1+] -- b",          # count is not an expression
    "a[n -- b",            # unclosed count
    "a] -- b",
    "a.b -- c",
])
def test_malformed_effects_raise_value_error(text):
    with pytest.raises(ValueError):
        parse_stack_effect(text)


def test_i_op_with_malformed_effect_raises_value_error():
    with pytest.raises(ValueError, match="needs exactly one"):
        i_op(Op.BINARY_ADD, stack="left right")
    with pytest.raises(ValueError):
        i_op(Op.FOR_ITER, operand=TARGET, stack="it -- it x", branch="it -- 2x", control=BRANCH)


@pytest.mark.parametrize("bad", ["local", 1, None, Control.PLAIN])
def test_i_op_rejects_non_operand_kind(bad):
    with pytest.raises(TypeError, match="operand must be an OperandKind"):
        i_op(Op.LOAD_FAST, operand=bad, stack="-- value")


@pytest.mark.parametrize("bad", ["branch", 1, None, OperandKind.TARGET])
def test_i_op_rejects_non_control(bad):
    with pytest.raises(TypeError, match="control must be a Control"):
        i_op(Op.POP_JUMP_IF_FALSE, operand=TARGET, stack="cond --", control=bad)


def test_i_op_records_its_declaration_on_the_function():
    def f(self, index):
        return self.consts[index]

    out = i_op(Op.LOAD_CONST, operand=CONST, stack="-- value")(f)
    assert out is f                                  # the method itself stays usable
    decl = f.__i_op__
    assert isinstance(decl, IOpDecl)
    assert decl.opcode is Op.LOAD_CONST
    assert decl.operand is CONST
    assert decl.control is PLAIN
    assert decl.effect == StackEffect((), (Slot("value"),))
    assert decl.branch_effect is None
    assert decl.func is f


def test_i_op_defaults_and_branch_effect():
    def g(self):
        pass

    decl = i_op(Op.POP_TOP)(g).__i_op__
    assert decl.operand is NONE and decl.control is PLAIN
    assert decl.effect == StackEffect((), ())

    def h(self, target, it):
        return 0

    decl = i_op(Op.FOR_ITER, operand=TARGET, stack="it -- it item", branch="it --",
                control=BRANCH)(h).__i_op__
    assert names(decl.effect.outputs) == ["it", "item"]
    assert names(decl.branch_effect.outputs) == []
    assert decl.control is BRANCH and decl.operand is TARGET


def test_operand_kind_and_control_names_are_exported():
    assert LOCAL is OperandKind.LOCAL
    assert BRANCH is Control.BRANCH
    assert len(set(OperandKind)) == 8 and len(set(Control)) == 8
