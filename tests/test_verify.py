"""The bytecode verifier (hostvm/verify.py): what it proves about accepted
code, and that each broken rule is reported with the code object's name, the
instruction offset and the rule."""
import pytest

from hostvm import CodeObject, VerifyError, build_table, verify
from hostvm.verify import MAX_COUNT

from toy import Op, Toy, code, sum_squares_code
from toy_programs import and_code, for_loop_code, for_over_local_code, gen_code

O = Op
TABLE = build_table(Toy)


def rejects(c, offset, rule):
    """Assert verify(c) raises VerifyError for `rule` at `offset`; return it."""
    with pytest.raises(VerifyError) as ei:
        verify(c, TABLE)
    e = ei.value
    assert (e.code, e.offset, e.rule) == (c, offset, rule), str(e)
    msg = str(e)
    assert c.name in msg and c.filename in msg
    assert (f"offset {offset}" if offset is not None else "code object") in msg
    assert rule in msg
    assert not c.verified
    return e


# -- accepted code ----------------------------------------------------------------

def test_accepts_sum_squares_with_its_depths():
    c = sum_squares_code()
    assert verify(c, TABLE) is c
    assert c.verified
    assert c.max_depth == 3
    assert c.depths == (0, 1, 0, 1,            # s = 0; i = 0
                        0, 1, 2, 1,            # i < n, branch
                        0, 1, 2, 3, 2, 1,      # s = s + i*i
                        0, 1, 2, 1,            # i = i + 1
                        0,                     # jump back
                        0, 1)                  # return s


def test_accepts_for_loop_with_its_depths():
    c = for_loop_code()
    verify(c, TABLE)
    assert c.max_depth == 4
    assert c.depths == (0, 1, 0, 1, 2, 3, 1, 1, 2, 1, 2, 3, 4, 3, 2, 1, 0, 1)
    # FOR_ITER (7): fall-through pushes the item (8 at depth 2), the branch
    # edge pops the iterator (16 at depth 0)


def test_join_of_branch_edge_and_fall_through():
    c = and_code()
    verify(c, TABLE)
    # JUMP_IF_FALSE_OR_POP at 2: branch keeps cond (4 at depth 2); fall-through
    # pops it and 3 loads another value: the two paths join at 4 with depth 2
    assert c.depths == (0, 1, 2, 1, 2, 1)
    assert c.max_depth == 2


def test_generator_depths_include_the_sent_value():
    c = gen_code()
    verify(c, TABLE)
    assert c.depths[11] == 2 and c.depths[12] == 2      # yield: value -- sent
    assert c.max_depth == 3


def test_unreachable_instructions_get_depth_none_and_are_accepted():
    c = code([(O.LOAD_CONST, 0), (O.RETURN_VALUE, 0),
              (O.BINARY_ADD, 0), (O.POP_TOP, 0), (O.JUMP, 2)],   # would underflow; never run
             consts=(7,), name="dead_tail")
    verify(c, TABLE)
    assert c.depths == (0, 1, None, None, None)
    assert c.max_depth == 1
    c = for_over_local_code()                    # offset 9: a JUMP nothing reaches
    verify(c, TABLE)
    assert c.depths[9] is None and c.depths[10] == 0


def test_build_list_count_sizes_the_stack():
    c = code([(O.LOAD_CONST, 0)] * 5 + [(O.BUILD_LIST, 5), (O.RETURN_VALUE, 0)],
             consts=(1,), name="five")
    verify(c, TABLE)
    assert c.max_depth == 5
    assert c.depths == (0, 1, 2, 3, 4, 5, 1)
    c = code([(O.BUILD_LIST, 0), (O.RETURN_VALUE, 0)], name="empty_list")
    verify(c, TABLE)
    assert c.depths == (0, 1) and c.max_depth == 1


def test_nested_code_objects_are_verified():
    inner = sum_squares_code()
    outer = code([(O.LOAD_CONST, 0), (O.RETURN_VALUE, 0)], consts=(inner,), name="outer")
    verify(outer, TABLE)
    assert inner.verified and inner.max_depth == 3


def test_bad_nested_code_object_is_named():
    inner = code([(O.BINARY_ADD, 0), (O.RETURN_VALUE, 0)], name="inner_fn")
    outer = code([(O.LOAD_CONST, 0), (O.RETURN_VALUE, 0)], consts=(inner,), name="outer")
    with pytest.raises(VerifyError) as ei:
        verify(outer, TABLE)
    assert ei.value.code is inner
    assert "inner_fn" in str(ei.value) and "stack underflow" in str(ei.value)
    # not recursive: only the outer code object is checked
    outer2 = code([(O.LOAD_CONST, 0), (O.RETURN_VALUE, 0)], consts=(inner,), name="outer2")
    verify(outer2, TABLE, recursive=False)
    assert outer2.verified and not inner.verified


# -- rejected code: operands and encoding -------------------------------------------

def test_unknown_opcode():
    c = code([(O.LOAD_CONST, 0), (99, 0), (O.RETURN_VALUE, 0)], consts=(1,), name="unk")
    e = rejects(c, 1, "unknown opcode")
    assert "99" in str(e)


def test_unknown_opcode_zero():
    rejects(code([(0, 0)], name="zero_op"), 0, "unknown opcode")


@pytest.mark.parametrize("instrs, nlocals, consts, offset, detail", [
    # LOCAL
    ([(O.LOAD_FAST, 3), (O.RETURN_VALUE, 0)], 3, (), 0, "local index 3, but there are 3"),
    ([(O.LOAD_CONST, 0), (O.STORE_FAST, 1), (O.LOAD_CONST, 0), (O.RETURN_VALUE, 0)], 1, (5,),
     1, "local index 1, but there are 1"),
    ([(O.LOAD_FAST, 0), (O.RETURN_VALUE, 0)], 0, (), 0, "local index 0, but there are 0"),
    # CONST
    ([(O.LOAD_CONST, 2), (O.RETURN_VALUE, 0)], 0, (1, 2), 0, "const index 2, but there are 2"),
    # TARGET
    ([(O.JUMP, 2), (O.RETURN_VALUE, 0)], 0, (), 0, "target index 2, but there are 2"),
    ([(O.LOAD_FAST, 0), (O.POP_JUMP_IF_FALSE, 100), (O.LOAD_CONST, 0), (O.RETURN_VALUE, 0)],
     1, (1,), 1, "target index 100"),
    ([(O.LOAD_FAST, 0), (O.GET_ITER, 0), (O.FOR_ITER, 5), (O.RETURN_VALUE, 0)], 1, (), 2,
     "target index 5"),
    # NONE: no operand allowed
    ([(O.LOAD_CONST, 0), (O.LOAD_CONST, 0), (O.BINARY_ADD, 1), (O.RETURN_VALUE, 0)], 0, (1,),
     2, "takes no operand, got 1"),
    # COUNT
    ([(O.BUILD_LIST, MAX_COUNT + 1), (O.RETURN_VALUE, 0)], 0, (), 0, "count"),
    # the encoding itself
    ([(O.LOAD_CONST, -1), (O.RETURN_VALUE, 0)], 0, (1,), 0, "-1"),
    ([(O.LOAD_CONST, 2**31), (O.RETURN_VALUE, 0)], 0, (1,), 0, str(2**31)),
])
def test_operand_out_of_range(instrs, nlocals, consts, offset, detail):
    c = code(instrs, consts=consts, nlocals=nlocals, name="bad_operand")
    e = rejects(c, offset, "operand out of range")
    assert detail in str(e)


@pytest.mark.parametrize("bad", [
    (O.LOAD_CONST,),                # not a pair
    (int(O.LOAD_CONST), 0, 0),      # a triple
    [int(O.LOAD_CONST), 0],         # a list, not a tuple
    ("3", 0),                       # opcode not an int
    (3, 0.0),                       # operand not an int
    (True, 0),                      # a bool is not an opcode
    3,                              # not a sequence at all
    None,
])
def test_malformed_instruction(bad):
    good = (int(O.LOAD_CONST), 0)
    c = CodeObject(name="malformed", filename="<toy>", instructions=(good, bad, good),
                   lines=(1, 2, 3), consts=(1,))
    rejects(c, 1, "malformed instruction")


# -- rejected code: the stack and control flow -----------------------------------------

@pytest.mark.parametrize("instrs, offset", [
    ([(O.LOAD_CONST, 0), (O.BINARY_ADD, 0), (O.RETURN_VALUE, 0)], 1),
    ([(O.POP_TOP, 0), (O.LOAD_CONST, 0), (O.RETURN_VALUE, 0)], 0),
    ([(O.RETURN_VALUE, 0)], 0),
    ([(O.LOAD_CONST, 0), (O.LOAD_CONST, 0), (O.BUILD_LIST, 3), (O.RETURN_VALUE, 0)], 2),
    ([(O.GET_ITER, 0), (O.RETURN_VALUE, 0)], 0),
    # underflow only on the path through the branch target
    ([(O.LOAD_CONST, 0), (O.POP_JUMP_IF_FALSE, 4), (O.LOAD_CONST, 0), (O.RETURN_VALUE, 0),
      (O.POP_TOP, 0), (O.LOAD_CONST, 0), (O.RETURN_VALUE, 0)], 4),
    # FOR_ITER's branch edge pops the iterator: STORE_FAST at the exit underflows
    ([(O.LOAD_CONST, 0), (O.GET_ITER, 0), (O.FOR_ITER, 5), (O.POP_TOP, 0), (O.JUMP, 2),
      (O.STORE_FAST, 0), (O.LOAD_CONST, 0), (O.RETURN_VALUE, 0)], 5),
])
def test_stack_underflow(instrs, offset):
    c = code(instrs, consts=([1],), nlocals=1, name="underflow")
    rejects(c, offset, "stack underflow")


def test_depth_mismatch_at_a_join():
    # 0 v0; 1 if not v0 goto 4 (depth 0); 2-3 push two; 4 join at depth 0 vs 2
    c = code([(O.LOAD_FAST, 0), (O.POP_JUMP_IF_FALSE, 4), (O.LOAD_CONST, 0), (O.LOAD_CONST, 0),
              (O.LOAD_CONST, 0), (O.RETURN_VALUE, 0)], consts=(1,), nlocals=1, name="join")
    e = rejects(c, 4, "stack depth mismatch")
    assert "depth 0" in str(e) and "2" in str(e)


def test_depth_mismatch_around_a_loop():
    # each iteration leaves one more value: the loop header is reached at 0 and 1
    c = code([(O.LOAD_CONST, 0), (O.JUMP, 0)], consts=(1,), name="growing_loop")
    rejects(c, 0, "stack depth mismatch")


def test_depth_mismatch_from_sum_squares_mutation():
    c = sum_squares_code()
    instrs = list(c.instructions)
    instrs[13] = (int(O.LOAD_CONST), 0)        # s = ... becomes a push: the body grows the stack
    c.instructions = tuple(instrs)
    with pytest.raises(VerifyError) as ei:
        verify(c, TABLE)
    assert ei.value.rule == "stack depth mismatch" and ei.value.offset == 4


@pytest.mark.parametrize("instrs, offset", [
    ([(O.LOAD_CONST, 0)], 0),
    ([(O.LOAD_CONST, 0), (O.POP_TOP, 0)], 1),
    ([(O.LOAD_FAST, 0), (O.POP_JUMP_IF_FALSE, 0)], 1),      # a branch falls through too
    ([(O.LOAD_FAST, 0), (O.GET_ITER, 0), (O.FOR_ITER, 0)], 2),
    # only on the fall-through path of a branch in a loop
    ([(O.LOAD_FAST, 0), (O.POP_JUMP_IF_FALSE, 3), (O.JUMP, 0), (O.LOAD_FAST, 0),
      (O.POP_JUMP_IF_FALSE, 0)], 4),
])
def test_falls_off_the_end(instrs, offset):
    c = code(instrs, consts=(1,), nlocals=1, name="off_end")
    rejects(c, offset, "falls off the end")


def test_unreachable_last_instruction_may_fall_through():
    c = code([(O.LOAD_FAST, 0), (O.POP_JUMP_IF_FALSE, 3), (O.JUMP, 0), (O.LOAD_CONST, 0),
              (O.RETURN_VALUE, 0), (O.LOAD_CONST, 0)], consts=(1,), nlocals=1, name="dead_end")
    verify(c, TABLE)
    assert c.depths == (0, 1, 0, 0, 1, None)


def test_generator_falls_off_the_end_after_yield():
    c = code([(O.LOAD_CONST, 0), (O.YIELD_VALUE, 0)], consts=(1,), name="gen_off_end",
             generator=True)
    rejects(c, 1, "falls off the end")


def test_yield_outside_a_generator():
    # the engines cannot agree on a yield in an ordinary frame (the switch
    # engine raised SystemError, the direct engine returned the yielded value,
    # threaded code returned a host generator): the verifier rejects it
    c = code([(O.LOAD_CONST, 0), (O.YIELD_VALUE, 0), (O.RETURN_VALUE, 0)], consts=(1,),
             name="not_a_gen")
    e = rejects(c, 1, "yield outside a generator")
    assert "YIELD_VALUE" in str(e)
    c = code([(O.LOAD_CONST, 0), (O.YIELD_VALUE, 0), (O.RETURN_VALUE, 0)], consts=(1,),
             name="a_gen", generator=True)
    verify(c, TABLE)
    assert c.depths == (0, 1, 1)


def test_empty_code():
    c = code([], name="nothing")
    rejects(c, None, "empty code")


@pytest.mark.parametrize("lines", [(), (1,), (1, 2, 3)])
def test_line_table_length_mismatch(lines):
    c = code([(O.LOAD_CONST, 0), (O.RETURN_VALUE, 0)], consts=(1,), name="lines")
    c.lines = lines
    e = rejects(c, None, "line table")
    assert f"{len(lines)} line entries for 2 instructions" in str(e)


def test_vm_verify_uses_the_vms_table():
    from hostvm import VM
    vm = VM(Toy, "switch", "checked")
    c = sum_squares_code()
    assert vm.verify(c) is c and c.verified and c.max_depth == 3
    with pytest.raises(VerifyError):
        vm.verify(code([(O.BINARY_ADD, 0), (O.RETURN_VALUE, 0)], name="bad"))


def test_the_vm_verifies_code_before_its_first_run():
    from hostvm import VM, VerifyError
    from toy import Op, Toy, code
    bad = code([(Op.BINARY_ADD, 0), (Op.RETURN_VALUE, 0)], name="underflow")
    for mode in ("switch", "direct", "threaded"):
        vm = VM(Toy, mode, "unchecked")
        with pytest.raises(VerifyError, match="underflow"):
            vm.execute(vm.frame(bad, [], [], {}))


def test_an_immediate_is_bounded_by_the_counts_it_yields():
    """An IMM may pack more than a count (rbish's SEND: a call site's
    constant index << 8 | the argument count): the verifier bounds what the
    stack effect derives from it, not the immediate itself."""
    from guests.rbish.interpreter import RbishInterpreter
    from guests.rbish.opcodes import Op as R
    table = build_table(RbishInterpreter)
    send = (int(R.SEND), 300 << 8 | 1)                  # site 300, one argument
    ok = CodeObject(name="wide_site", filename="<t>", lines=(1,) * 4,
                    instructions=((int(R.LOAD_FAST), 0), (int(R.LOAD_FAST), 0), send,
                                  (int(R.RETURN_VALUE), 0)), varnames=("self",))
    verify(ok, table)
    assert ok.depths == (0, 1, 2, 1)
    too_many = (int(R.EXPAND_ARRAY_SPLAT), MAX_COUNT << 8)   # MAX_COUNT + 1 items
    bad = CodeObject(name="wide_splat", filename="<t>", lines=(1,) * 3,
                     instructions=((int(R.LOAD_FAST), 0), too_many, (int(R.RETURN_VALUE), 0)),
                     varnames=("self",))
    with pytest.raises(VerifyError) as e:
        verify(bad, table)
    assert (e.value.offset, e.value.rule) == (1, "bad count operand")


def test_code_objects_intern_names_and_identifier_constants():
    """Names and identifier-like string constants are interned (as CPython
    interns its code objects' identifiers): the engines' dict lookups by them
    then find keys stored from another code object by pointer."""
    import sys

    from hostvm.code import CodeObject
    made = "".join(["le", "ft"])                 # equal to "left", not the same object
    assert made is not sys.intern("left")
    c = CodeObject(name="f", filename="<t>", instructions=(), lines=(),
                   consts=(made, "not an identifier" + "", 3), names=(made,))
    assert c.names[0] is sys.intern("left") and c.consts[0] is sys.intern("left")
    assert c.consts[1:] == ("not an identifier", 3)
