"""Exception handlers (the exception table) in every engine: the stack is cut
to the handler's depth, the exception pushed, control goes to the target;
the verifier checks the table."""
import pytest

from hostvm import VM, VerifyError
from hostvm.code import Handler
from hostvm.traceback import guest_frames
from toy import Op, Toy, code

class ToyWithExceptions(Toy):
    value_type = Toy.value_type + (BaseException,)     # a caught exception is a value


MATRIX = [(m, s) for m in ("switch", "direct", "threaded") for s in ("checked", "unchecked")]


def guarded_add():
    """try: return 1 + local0   except: return the exception's type name"""
    c = code([
        (Op.LOAD_CONST, 0),          # 0  depth 0 -> 1
        (Op.LOAD_CONST, 1),          # 1  protected
        (Op.LOAD_FAST, 0),           # 2  protected
        (Op.BINARY_ADD, 0),          # 3  protected: may raise
        (Op.RETURN_VALUE, 0),        # 4
        (Op.POP_TOP, 0),             # 5  handler: depth 1 + exception
        (Op.POP_TOP, 0),             # 6
        (Op.LOAD_CONST, 2),          # 7
        (Op.RETURN_VALUE, 0),        # 8
    ], consts=(None, 1, "caught"), nlocals=1, name="guarded_add")
    c.handlers = (Handler(1, 4, 5, 1),)
    return c


@pytest.mark.parametrize("mode,stack", MATRIX)
def test_handler_catches_and_cuts_the_stack(mode, stack):
    vm = VM(ToyWithExceptions, mode, stack)
    c = guarded_add()
    vm.verify(c)
    assert c.max_depth == 3
    assert vm.execute(vm.frame(c, [41], [], {})) == 42
    assert vm.execute(vm.frame(c, ["x"], [], {})) == "caught"


@pytest.mark.parametrize("mode,stack", MATRIX)
def test_unprotected_exception_still_records_the_frame(mode, stack):
    c = code([(Op.LOAD_FAST, 0), (Op.LOAD_CONST, 0), (Op.BINARY_ADD, 0), (Op.RETURN_VALUE, 0),
              (Op.POP_TOP, 0), (Op.LOAD_CONST, 0), (Op.RETURN_VALUE, 0)],
             consts=(1,), nlocals=1, name="half")
    c.handlers = (Handler(0, 1, 4, 0),)          # only the load is protected
    vm = VM(Toy, mode, stack)
    vm.verify(c)
    with pytest.raises(TypeError) as e:
        vm.execute(vm.frame(c, ["s"], [], {}))
    assert guest_frames(e.value) == [(c, 2)]


@pytest.mark.parametrize("handler,rule", [
    (Handler(1, 10, 5, 1), "bad exception handler"),       # past the end
    (Handler(1, 4, 50, 1), "bad exception handler"),       # target outside
    (Handler(0, 4, 5, 1), "handler depth above stack"),    # offset 0 has depth 0
    (Handler(1, 4, 4, 0), "stack depth mismatch"),         # 4 is also reached with depth 2
])
def test_verifier_checks_the_exception_table(handler, rule):
    c = guarded_add()
    c.handlers = (handler,)
    with pytest.raises(VerifyError, match=rule):
        VM(Toy).verify(c)
