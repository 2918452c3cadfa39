"""The pyish front end: errors name file, line and column; the bytecode it
emits passes the verifier; definite assignment picks LOAD_FAST_CHECK."""
import pytest

from guests.pyish import GUEST
from guests.pyish.opcodes import Op
from hostvm import VM
from hostvm.guest import GuestSyntaxError


def compile_(src, name="t.py"):
    return GUEST.compile(src, name)


def ops(code):
    return [Op(op).name for op, _ in code.instructions]


def test_syntax_error_names_file_line_column():
    with pytest.raises(GuestSyntaxError) as e:
        compile_("x = 1\ny = (2,\n", "prog.py")
    assert (e.value.filename, e.value.line) == ("prog.py", 2)
    assert e.value.column == 5
    assert 'File "prog.py", line 2' in GUEST.format_error(e.value)


@pytest.mark.parametrize("src,what,line,col", [
    ("x = 1\nasync def f():\n    pass\n", "async functions", 2, 1),
    ("def f(**kw):\n    class A(**kw):\n        pass\n", "'**' in class keywords", 2, 13),
    ("def g():\n    match 1:\n        case 1: pass\n", "match statements", 2, 5),
    ("x = 1\ntry:\n    pass\nexcept* ValueError:\n    pass\n", "try/except* statements", 2,
     1),
])
def test_unsupported_syntax_is_a_clear_error(src, what, line, col):
    with pytest.raises(GuestSyntaxError) as e:
        compile_(src)
    assert e.value.message == f"{what} are not supported by pyish yet"
    assert (e.value.line, e.value.column) == (line, col)


def test_every_compiled_code_object_verifies():
    src = "def f(a, *b, c=1, **d):\n    return [x for x in b if x] + [lambda y: y + a]\n" \
          "g = (i * i for i in range(3))\n"
    code = compile_(src)
    vm = VM(GUEST.interpreter)
    vm.verify(code)
    assert all(c.verified and c.max_depth >= 1 for c in code.walk())


def test_definite_assignment_chooses_checked_loads():
    code = compile_("def f(a, flag):\n    if flag:\n        b = 1\n    c = a\n    return b + c\n")
    f = next(c for c in code.consts if hasattr(c, "instructions"))
    loads = [(Op(op).name, f.varnames[arg]) for op, arg in f.instructions
             if op in (Op.LOAD_FAST, Op.LOAD_FAST_CHECK)]
    # a is a parameter and c is assigned on every path; b only on one
    assert loads == [("LOAD_FAST", "flag"), ("LOAD_FAST", "a"), ("LOAD_FAST_CHECK", "b"),
                     ("LOAD_FAST", "c")]


def test_unbound_local_is_a_guest_error(tmp_path):
    from guest_runner import available_configs, run_guest
    p = tmp_path / "unbound.py"
    p.write_text("def f(flag):\n    if flag:\n        b = 1\n    return b\nprint(f(True))\n"
                 "print(f(False))\n")
    for mode, stack, backend in available_configs():
        status, out, err = run_guest("pyish", p, (), mode, stack, backend)
        assert (status, out) == (1, "1\n")
        assert ("UnboundLocalError: cannot access local variable 'b' where it is not "
                "associated with a value") in err
        assert 'line 4, in f' in err


def test_chained_comparison_shape():
    code = compile_("x = 1 < 2 < 3\n")
    assert ops(code)[:8] == ["LOAD_CONST", "LOAD_CONST", "DUP_TOP", "ROT_THREE", "COMPARE_LT",
                             "JUMP_IF_FALSE_OR_POP", "LOAD_CONST", "COMPARE_LT"]


def test_while_true_has_no_test():
    code = compile_("while True:\n    break\n")
    assert "POP_JUMP_IF_FALSE" not in ops(code)
