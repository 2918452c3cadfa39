"""The dispatch engines (hostvm/engines/): switch (chain and tree dispatch),
direct threaded and subroutine threaded code, each over the checked and the
unchecked stack, must behave identically: same results, same generator
sequences, same host exceptions with the same guest frames."""
import pytest

from hostvm import VM
from hostvm.engines import ENGINES
from hostvm.traceback import guest_frames

from toy import Op, Toy, code, sum_squares_code
from toy_programs import (CONFIGS, COUNTDOWN_CALL_OFFSET, FOR_LOOP_RESULT, CallOp, CallToy,
                                add_error_code, and_code, countdown_code, drive, for_loop_code,
                                for_over_local_code, gen_code, irreducible_code,
                                nested_continue_code, run)

O = Op

#: every configuration; the switch engine once more with tree dispatch
ALL = [(m, s, {}) for m, s in CONFIGS] + [("switch", s, {"dispatch": "tree"})
                                         for s in ("checked", "unchecked")]
IDS = [f"{m}-{s}" + ("-tree" if o else "") for m, s, o in ALL]


@pytest.fixture(params=ALL, ids=IDS)
def vm(request):
    mode, stack, options = request.param
    return VM(Toy, mode, stack, **options)


def test_engine_registry():
    assert {"switch", "direct", "threaded"} <= set(ENGINES)
    vm = VM(Toy, "threaded", "unchecked")
    assert vm.name == "threaded/unchecked/python"
    for bad in [dict(mode="jit"), dict(stack="maybe"), dict(backend="fortran")]:
        with pytest.raises(ValueError):
            VM(Toy, **bad)
    with pytest.raises(ValueError, match="dispatch"):
        VM(Toy, "switch", "checked", dispatch="hash")


@pytest.mark.parametrize("n", [0, 1, 2, 10, 37])
def test_sum_squares(vm, n):
    assert run(vm, sum_squares_code(), None, None, n) == sum(i * i for i in range(n))


def test_sum_squares_twice_same_code_object(vm):
    c = sum_squares_code()
    assert run(vm, c, None, None, 4) == 14
    assert run(vm, c, None, None, 5) == 30       # prepared / generated code is reused


def test_for_loop_over_built_list(vm):
    assert run(vm, for_loop_code()) == FOR_LOOP_RESULT


@pytest.mark.parametrize("items, start, expected", [
    ([], 5, 5), ([1], 0, 1), ([1, 2, 3, 4], 10, 20), (["b", "c"], "a", "abc"),
    ([[1], [2]], [], [1, 2]),
    # (only list iterators are Toy values: iterating a str or a range would
    # fail the checked stack's type check, as it should)
])
def test_for_iter_over_a_local(vm, items, start, expected):
    assert run(vm, for_over_local_code(), items, start) == expected


@pytest.mark.parametrize("a, b, c, expected", [
    (0, 7, 10, 10),            # a false: branch edge keeps a, 10 + 0
    (False, 7, 1, 1),
    (5, 7, 10, 17),            # a true: fall-through pops a, loads b
    ([], [2], [1], [1]),       # branch edge: [1] + []
    ([9], [2], [1], [1, 2]),   # fall-through: [1] + [2]
])
def test_jump_if_false_or_pop_both_edges(vm, a, b, c, expected):
    assert run(vm, and_code(), a, b, c) == expected


@pytest.mark.parametrize("flag, expected", [(True, 3), (False, 2)])
def test_irreducible_loop(vm, flag, expected):
    assert run(vm, irreducible_code(), flag, 0, 3, 0) == expected


@pytest.mark.parametrize("flag, expected", [(True, 100), (False, 0)])
def test_continue_nested_in_a_branch_arm(vm, flag, expected):
    assert run(vm, nested_continue_code(), 0, flag, 0) == expected


def test_unreachable_code_is_never_run(vm):
    c = code([(O.LOAD_CONST, 0), (O.RETURN_VALUE, 0), (O.BINARY_ADD, 0), (O.POP_TOP, 0)],
             consts=(42,), name="dead")
    assert run(vm, c) == 42


# -- generators -------------------------------------------------------------------

GEN_CASES = [
    # (items, sends after the first next(), expected sequence)
    ([1, 2, 3], [10, None, None], [1, 14, 19, ("return", 10)]),
    ([1, 2, 3], [None, None, None], [1, 4, 9, ("return", 0)]),
    ([1, 2, 3], [1, 2, 3], [1, 5, 12, ("return", 6)]),
    ([], [], [("return", 0)]),
    ([4], [0], [16, ("return", 0)]),
    ([2, "a"], [None], [4, ("raise", TypeError)]),
]


@pytest.mark.parametrize("items, sends, expected", GEN_CASES)
def test_generator_next_and_send(vm, items, sends, expected):
    g = run(vm, gen_code(), items)
    assert drive(g, sends) == expected


def test_generator_sequences_identical_in_every_configuration():
    results = {}
    for mode, stack, options in ALL:
        vm = VM(Toy, mode, stack, **options)
        results[(mode, stack, str(options))] = [drive(run(vm, gen_code(), items), sends)
                                                 for items, sends, _ in GEN_CASES]
    first = next(iter(results.values()))
    assert first == [exp for _, _, exp in GEN_CASES]
    assert all(r == first for r in results.values()), results


def test_generator_frames_are_independent(vm):
    c = gen_code()
    g1 = run(vm, c, [1, 2, 3])
    g2 = run(vm, c, [5, 6])
    assert next(g1) == 1
    assert next(g2) == 25
    assert g1.send(100) == 104
    assert next(g2) == 36
    assert next(g1) == 109


def test_generator_without_reachable_yield(vm):
    c = code([(O.LOAD_CONST, 0), (O.RETURN_VALUE, 0), (O.YIELD_VALUE, 0), (O.POP_TOP, 0)],
             consts=(7,), name="no_yield", generator=True)
    assert drive(run(vm, c), []) == [("return", 7)]


def test_generator_does_not_count_as_a_call(vm):
    g = run(vm, gen_code(), [1])
    assert vm.depth == 0
    next(g)
    assert vm.depth == 0


# -- exceptions and guest frames ---------------------------------------------------------

ERROR_CASES = [
    # (program, locals, exception, offset of the failing instruction)
    (add_error_code, (), TypeError, 2),                          # 1 + "a"
    (sum_squares_code, (None, None, "x"), TypeError, 6),         # 0 < "x"
    (for_over_local_code, ([1, 2, "a"], 0), TypeError, 6),       # 3 + "a", third iteration
    (for_over_local_code, (5, 0), TypeError, 1),                 # iter(5)
    (irreducible_code, (True, 0, 3, "s"), TypeError, 4),         # "s" + 1 in block A
    (irreducible_code, (False, "s", 3, 0), TypeError, 8),        # "s" + 1 in block B
    (irreducible_code, (False, 0, "x", 0), TypeError, 12),       # 1 < "x"
    (and_code, (1, "b", 2), TypeError, 4),                       # 2 + "b"
]


@pytest.mark.parametrize("make, locals_, exc, offset", ERROR_CASES,
                         ids=[f"{m.__name__}-{o}" for m, _, _, o in ERROR_CASES])
def test_exception_carries_guest_frame(vm, make, locals_, exc, offset):
    c = make()
    with pytest.raises(exc) as ei:
        run(vm, c, *locals_)
    assert type(ei.value) is exc                  # the host exception itself, not a wrapper
    assert guest_frames(ei.value) == [(c, offset)]
    assert vm.depth == 0


def test_exception_inside_a_generator_carries_guest_frame(vm):
    c = gen_code()
    g = run(vm, c, [2, "a"])
    assert next(g) == 4
    with pytest.raises(TypeError) as ei:
        next(g)
    assert guest_frames(ei.value) == [(c, 8)]        # "a" * "a"


def test_exception_from_an_iterator_in_for_iter():
    def bad():
        yield 1
        raise ZeroDivisionError("from the iterator")

    for mode, stack, options in ALL:
        if stack == "checked":
            continue          # a host generator is not a Toy value
        vm = VM(Toy, mode, stack, **options)
        c = for_over_local_code()
        with pytest.raises(ZeroDivisionError) as ei:
            run(vm, c, bad(), 0)
        assert guest_frames(ei.value) == [(c, 2)], (mode, options)


# -- calls and the recursion limit ---------------------------------------------------------

@pytest.fixture(params=ALL, ids=IDS)
def call_vm(request):
    mode, stack, options = request.param
    return VM(CallToy, mode, stack, recursion_limit=5, **options)


def call(vm, c, arg):
    vm.verify(c)
    return vm.execute(vm.frame(c, [arg], [], {"f": c}))


def test_recursion_limit_on_execute(vm):
    vm.recursion_limit = 2
    c = sum_squares_code()
    vm.verify(c)
    vm.depth = 2
    with pytest.raises(RecursionError):
        vm.execute(vm.frame(c, [None, None, 3], [], {}))
    assert vm.depth == 2
    vm.depth = 1
    assert vm.execute(vm.frame(c, [None, None, 3], [], {})) == 5
    assert vm.depth == 1


def test_guest_recursion_within_the_limit(call_vm):
    assert call(call_vm, countdown_code(), 4) == 4      # 5 frames: exactly the limit
    assert call_vm.depth == 0


def test_guest_recursion_beyond_the_limit(call_vm):
    c = countdown_code()
    with pytest.raises(RecursionError) as ei:
        call(call_vm, c, 10)
    assert call_vm.depth == 0
    # the sixth call failed; each of the five running frames recorded its call
    assert guest_frames(ei.value) == [(c, COUNTDOWN_CALL_OFFSET)] * 5
    assert call(call_vm, c, 3) == 3                      # the VM is still usable


def test_guest_frames_outermost_first(call_vm):
    f = countdown_code()
    main = code([(CallOp.LOAD_FAST, 0), (CallOp.CALL_GLOBAL, 0), (CallOp.RETURN_VALUE, 0)],
                nlocals=1, name="main")
    main.names = ("f",)
    call_vm.verify(f)
    call_vm.verify(main)
    with pytest.raises(TypeError) as ei:
        call_vm.execute(call_vm.frame(main, ["x"], [], {"f": f}))
    assert guest_frames(ei.value) == [(main, 1), (f, 2)]         # "x" < 1 in f
