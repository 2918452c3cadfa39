"""rbish's compiler: golden bytecode for small programs (the verifier's
depths included), Ruby's scoping of block variables, and compile-time
errors naming file, line and column."""
from pathlib import Path

import pytest

from hostvm import verify
from hostvm.dis import disassemble
from hostvm.guest import GuestSyntaxError, get_guest
from hostvm.table import build_table

GUEST = get_guest("rbish")
TABLE = build_table(GUEST.interpreter)
GOLDEN = Path(__file__).resolve().parent / "golden"

PROGRAMS = {
    # attribute calls, op-assignment on an attribute and on a local, a loop
    "rbish_move": """\
class Body
  attr_accessor :x, :vx
  def move(other, dt)
    other.vx += dt * @x
    i = 0
    while i < 3
      i += 1
    end
    other.x = i
  end
end
""",
    # a block closing over a local (a cell), yield, break with a value
    "rbish_blocks": """\
def twice
  yield 1
  yield 2
end
total = 0
twice { |n| total += n }
r = [1, 2, 3].each { |v| break v * 10 if v == 2 }
""",
}


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_golden_bytecode(name):
    code = GUEST.compile(PROGRAMS[name], f"{name}.rb")
    verify(code, TABLE)
    text = disassemble(code, TABLE)
    assert text == (GOLDEN / f"{name}.txt").read_text()


def scope_of(source):
    code = GUEST.compile(source, "t.rb")
    blocks = [c for c in code.walk() if c.name.startswith("block")]
    return code, blocks


def test_a_variable_assigned_after_the_block_is_not_the_blocks():
    code, (block,) = scope_of("[1].each { x = 1 }\nx = 2\n")
    assert "x" in block.varnames and "x" not in code.cellnames


def test_a_variable_the_block_uses_is_a_cell_passed_as_a_free_variable():
    code, (block,) = scope_of("x = 1\n[1].each { x += 1 }\n")
    assert code.cellnames == ("x",) and block.cellnames == ("x",) and block.nfree == 1


def test_a_nested_block_passes_the_cell_through_the_block_between():
    code, blocks = scope_of("x = 0\n[1].each { [2].each { x += 1 } }\n")
    assert all(b.cellnames == ("x",) and b.nfree == 1 for b in blocks)


def test_a_method_body_does_not_see_the_top_levels_locals():
    code = GUEST.compile("x = 1\ndef f\n  x = 2\nend\n", "t.rb")
    (f,) = [c for c in code.walk() if c.name == "f"]
    assert "x" in f.varnames and not code.cellnames


def test_a_method_whose_block_returns_catches_the_return():
    code = GUEST.compile("def f\n  [1].each { return 2 }\nend\ndef g\n  3\nend\n", "t.rb")
    methods = {c.name: c for c in code.walk()}
    assert methods["f"].meta["catches_return"] and not methods["g"].meta["catches_return"]


@pytest.mark.parametrize("source,line,column,message", [
    ("x = 1\nbreak\n", 2, 1, "Invalid break"),
    ("def f\n  next\nend\n", 2, 3, "Invalid next"),
    ("class A\n  return 1\nend\n", 2, 3, "Invalid return"),
    ("def f(\n", 1, 7, "syntax error, unexpected end-of-input"),
])
def test_compile_errors_name_the_place(source, line, column, message):
    with pytest.raises(GuestSyntaxError) as e:
        GUEST.compile(source, "bad.rb")
    assert (e.value.filename, e.value.line) == ("bad.rb", line)
    assert e.value.column == column and message in e.value.message
