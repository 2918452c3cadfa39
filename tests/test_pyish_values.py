"""What pyish's checked stack admits: every guest value (host objects of
any type the host modules hand out), never one of the VM's own objects."""
import functools

import pytest

from guests.pyish import GUEST
from guests.pyish.opcodes import Op
from hostvm import VM, StackCheckError


def run(src, mode, stack):
    code = GUEST.compile(src, "<test>")
    vm = VM(GUEST.interpreter, mode, stack)
    from guests.pyish.runtime import RuntimeState, module_globals
    RuntimeState(vm, ["<test>"], ["."])
    g = module_globals("__main__", "<test>")
    from guests.pyish.runtime import UNBOUND
    vm.execute(vm.frame(code, [UNBOUND] * code.nlocals, [], g))
    return g


@pytest.mark.parametrize("mode", ["switch", "direct", "threaded"])
def test_open_ended_host_values_are_admitted(mode):
    g = run("import functools\nk = functools.cmp_to_key(lambda a, b: a - b)(3)\n"
            "class Seq:\n    def __getitem__(self, i):\n        if i < 3: return i\n"
            "        raise IndexError\nxs = [x for x in Seq()]\n", mode, "checked")
    assert g["xs"] == [0, 1, 2]
    assert type(g["k"]) is type(functools.cmp_to_key(lambda a, b: 0)(1))


@pytest.mark.parametrize("mode", ["switch", "direct", "threaded"])
def test_an_internal_object_never_reaches_the_checked_stack(mode):
    # Break the compiler's definite-assignment choice on purpose: an unchecked
    # load of an unbound local would push the VM's UNBOUND marker.
    code = GUEST.compile("def f(flag):\n    if flag:\n        x = 1\n    return x\n", "<t>")
    f = next(c for c in code.consts if hasattr(c, "instructions"))
    f.instructions = tuple((int(Op.LOAD_FAST) if op == Op.LOAD_FAST_CHECK else op, arg)
                           for op, arg in f.instructions)
    for stack, outcome in (("checked", StackCheckError), ("unchecked", None)):
        vm = VM(GUEST.interpreter, mode, stack)
        from guests.pyish.runtime import UNBOUND, make_function
        fn = make_function(vm, f, {}, None, None, None)
        f.verified = False
        if outcome is None:
            assert fn(False) is UNBOUND          # the unchecked store trusts the verifier
        else:
            with pytest.raises(StackCheckError, match="non-guest value: _Unbound"):
                fn(False)
