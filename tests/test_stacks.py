"""Checked and unchecked operand stacks (hostvm/stack.py) in every engine.

The checked stack tests every store against the guest's value type and the
stack's bound and raises StackCheckError; the unchecked stack stores blindly
(safe only for verified code whose i-ops return guest values)."""
import pytest

from hostvm import COUNT, StackCheckError, i_op
from hostvm.stack import STACKS, CheckedStack, UncheckedStack

from toy import Op, Toy, code, sum_squares_code
from toy_programs import MODES, const_code, drive, gen_code, make_vm, run

O = Op


class NoStrToy(Toy):
    """Toy whose guest values do not include str."""
    value_type = (int, float, list, type(None), bool, type(iter([])))


class DictListToy(Toy):
    """Toy whose BUILD_LIST returns a dict: an i-op returning a non-guest value."""

    @i_op(Op.BUILD_LIST, operand=COUNT, stack="items[count] -- list")
    def build_list(self, count, items):
        return dict.fromkeys(items)


def build_list_code():
    return code([(O.LOAD_CONST, 0), (O.LOAD_CONST, 1), (O.BUILD_LIST, 2), (O.RETURN_VALUE, 0)],
                consts=(1, 2), name="build")


@pytest.mark.parametrize("mode", MODES)
def test_checked_stack_rejects_a_non_guest_constant(mode):
    vm = make_vm(mode, "checked", NoStrToy)
    with pytest.raises(StackCheckError, match="non-guest value: str"):
        run(vm, const_code("a string"))


@pytest.mark.parametrize("mode", MODES)
def test_unchecked_stack_does_not_check_the_type(mode):
    vm = make_vm(mode, "unchecked", NoStrToy)
    assert run(vm, const_code("a string")) == "a string"


@pytest.mark.parametrize("mode", MODES)
def test_checked_stack_rejects_a_value_an_iop_returns(mode):
    vm = make_vm(mode, "checked", DictListToy)
    with pytest.raises(StackCheckError, match="non-guest value: dict"):
        run(vm, build_list_code())
    # the constant loads before the BUILD_LIST passed the check
    assert run(make_vm(mode, "checked"), build_list_code()) == [1, 2]


@pytest.mark.parametrize("mode", MODES)
def test_unchecked_stack_lets_the_iops_value_through(mode):
    vm = make_vm(mode, "unchecked", DictListToy)
    assert run(vm, build_list_code()) == {1: None, 2: None}


@pytest.mark.parametrize("mode", MODES)
def test_toy_checked_stack_rejects_a_dict_constant(mode):
    with pytest.raises(StackCheckError):
        run(make_vm(mode, "checked"), const_code({"k": 1}))
    assert run(make_vm(mode, "unchecked"), const_code({"k": 1})) == {"k": 1}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", [0, 2**100, 1.5, [], [1, "x"], "s", None, True, iter([1])])
def test_checked_stack_admits_every_guest_value(mode, value):
    assert run(make_vm(mode, "checked"), const_code(value)) is value


@pytest.mark.parametrize("mode", MODES)
def test_checked_stack_checks_the_value_sent_into_a_generator(mode):
    g = run(make_vm(mode, "checked"), gen_code(), [1, 2])
    assert next(g) == 1
    with pytest.raises(StackCheckError, match="dict"):
        g.send({})
    # unchecked: the dict is stored; it is falsy, so the generator goes on
    g = run(make_vm(mode, "unchecked"), gen_code(), [1, 2])
    assert drive(g, [{}, None]) == [1, 4, ("return", 0)]


# -- the stack is sized by the verifier's max_depth ----------------------------------

def undersized_sum_squares():
    c = sum_squares_code()
    make_vm("switch", "unchecked").verify(c)
    assert c.max_depth == 3
    c.max_depth = 2                     # tampered with after verification
    return c


@pytest.mark.parametrize("mode", MODES)
def test_checked_stack_bound_is_max_depth(mode):
    vm = make_vm(mode, "checked")
    c = undersized_sum_squares()
    with pytest.raises(StackCheckError, match="out of bounds: slot 2, capacity 2"):
        vm.execute(vm.frame(c, [None, None, 5], [], {}))


@pytest.mark.parametrize("mode", MODES)
def test_unchecked_stack_is_exactly_max_depth(mode):
    # no check of its own: the host list's bound is all there is, and it is
    # the verified maximum (a larger stack would hide this IndexError)
    vm = make_vm(mode, "unchecked")
    c = undersized_sum_squares()
    with pytest.raises(IndexError):
        vm.execute(vm.frame(c, [None, None, 5], [], {}))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("stack", ["checked", "unchecked"])
def test_verified_max_depth_is_enough(mode, stack):
    assert run(make_vm(mode, stack), sum_squares_code(), None, None, 5) == 30


def test_threaded_code_allocates_max_depth_slots():
    vm = make_vm("threaded", "unchecked")
    c = sum_squares_code()
    vm.verify(c)
    assert "st = [None] * 3\n" in vm.engine.describe(c)


def test_stack_kinds():
    assert set(STACKS) == {"checked", "unchecked"}
    assert isinstance(STACKS["checked"], CheckedStack) and STACKS["checked"].checked
    assert isinstance(STACKS["unchecked"], UncheckedStack) and not STACKS["unchecked"].checked
    assert STACKS["unchecked"].store("st", 2, "v") == ["st[2] = v"]
    checked = "\n".join(STACKS["checked"].store("st", 2, "v"))
    assert "st_cap" in checked and "VALUE_TYPE" in checked and "st[2] = v" in checked
