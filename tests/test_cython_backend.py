"""The Cython backend (hostvm_ext): C threaded code, the compiled code table,
the code cache, reference counts and the one-line unavailability message.

The differential tests (test_pyish_*.py) run every program under every
mode x stack of this backend as well; these tests pin what they cannot see.
Golden C text, regenerated like test_tcg's:

    HOSTVM_REGEN_GOLDEN=1 python -m pytest tests/test_cython_backend.py
"""
import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hostvm import VM, Interpreter, Opcode, i_op
from hostvm.iop import LOCAL, RETURN

from guest_runner import cython_unavailable
from test_tcg import check_golden
from toy import Toy, sum_squares_code
from toy_programs import FOR_LOOP_RESULT, for_loop_code, gen_code, run

needs_cython = pytest.mark.skipif(cython_unavailable() is not None,
                                  reason=str(cython_unavailable()))
ROOT = Path(__file__).resolve().parent.parent


@needs_cython
@pytest.mark.parametrize("stack", ["checked", "unchecked"])
def test_golden_c_threaded_code(stack):
    vm = VM(Toy, "threaded", stack, "cython")
    c = sum_squares_code()
    vm.verify(c)
    check_golden(f"c_sum_squares_{stack}.c", vm.engine.describe(c))


@needs_cython
def test_golden_c_module():
    """The whole generated C module of a small code object: prelude, i-op
    prototypes, fast-path helpers, threaded code, binding and init."""
    vm = VM(Toy, "threaded", "unchecked", "cython")
    c = sum_squares_code()
    vm.verify(c)
    check_golden("c_module_sum_squares_unchecked.c", vm.engine.generate(c).template)


@needs_cython
@pytest.mark.parametrize("mode", ["switch", "direct", "threaded"])
@pytest.mark.parametrize("stack", ["checked", "unchecked"])
def test_toy_programs_in_every_compiled_engine(mode, stack):
    vm = VM(Toy, mode, stack, "cython")
    assert run(vm, for_loop_code()) == FOR_LOOP_RESULT
    python = VM(Toy, mode, stack)
    expected = list(run(python, gen_code(), [1, 2, 3]))
    assert list(run(vm, gen_code(), [1, 2, 3])) == expected == [1, 4, 9]


@needs_cython
def test_generators_fall_back_and_dis_says_so():
    vm = VM(Toy, "threaded", "unchecked", "cython")
    g = gen_code()
    vm.verify(g)
    assert "cannot suspend" in vm.engine.describe(g)


@needs_cython
def test_second_run_loads_threaded_code_from_the_cache(monkeypatch, tmp_path):
    """The code cache is keyed by the generated text: a new process (here, a
    new VM after the loaded module is forgotten) finds it on disk."""
    from hostvm_ext import toolchain
    monkeypatch.setenv("HOSTVM_CACHE_DIR", str(tmp_path))
    vm = VM(Toy, "threaded", "unchecked", "cython")
    c = sum_squares_code()
    first = run(vm, c, None, None, 10)
    assert first == sum(i * i for i in range(10))
    built = [p for p in tmp_path.iterdir() if p.name.startswith("_hx_threaded_")]
    assert len(built) == 1
    name = built[0].name.split(".")[0]
    del sys.modules[name]

    def no_build(*a, **k):
        raise AssertionError("rebuilt a cached module")
    monkeypatch.setattr(toolchain, "build", no_build)
    vm2 = VM(Toy, "threaded", "unchecked", "cython")
    assert run(vm2, sum_squares_code(), None, None, 10) == first


@needs_cython
def test_cache_is_trimmed_to_its_bound(monkeypatch, tmp_path):
    from hostvm_ext import toolchain
    monkeypatch.setenv("HOSTVM_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("HOSTVM_CACHE_MB", "0.001")
    for i in range(3):
        (tmp_path / f"_hx_threaded_old{i}{toolchain.EXT_SUFFIX}").write_bytes(b"x" * 1000)
    assert toolchain.trim_cache() >= 2
    assert len(list(tmp_path.iterdir())) <= 1


@needs_cython
def test_module_trimmed_by_another_process_before_loading_is_built_again(monkeypatch, tmp_path):
    """Processes share the cache: a module found on disk can be trimmed by
    another process before this one loads it; it is then built, not an error."""
    from hostvm_ext import toolchain
    monkeypatch.setenv("HOSTVM_CACHE_DIR", str(tmp_path))
    source = f"answer = {len(str(tmp_path))}  # {tmp_path}\n"
    vanished = tmp_path / ("_hx_test_gone" + toolchain.EXT_SUFFIX)
    monkeypatch.setattr(toolchain, "find", lambda name: vanished)
    mod = toolchain.obtain("test", source, what="a test module", quiet=True)
    assert mod.answer == len(str(tmp_path))


@pytest.mark.parametrize("backend", ["python", pytest.param("cython", marks=needs_cython)])
@pytest.mark.parametrize("mode", ["switch", "direct", "threaded"])
@pytest.mark.parametrize("stack", ["checked", "unchecked"])
def test_reference_counts_are_exact(mode, stack, backend, tmp_path):
    """A value passed through the operand stack, stored, and dropped when an
    i-op raises mid-sequence (caught by a guest handler, or leaving frames),
    or held by a generator frame that is abandoned, ends with the references
    it started with."""
    from guests.pyish import GUEST
    src = ("def f(x, n):\n"
           "    for i in range(n):\n"
           "        try:\n"
           "            [x, x, x][i % 4]\n"             # IndexError with x on the stack
           "        except IndexError:\n"
           "            pass\n"
           "    return [x] * 3\n"
           "def g(x):\n"
           "    return (x, x) + 1\n"                   # TypeError leaves the frame
           "def h(x, n):\n"
           "    for i in range(n):\n"
           "        try:\n"
           "            g(x)\n"
           "        except TypeError:\n"
           "            pass\n"
           "    return x\n"
           "def gen(x):\n"                          # a generator frame abandoned mid-way
           "    for i in range(10):\n"
           "        yield [x, i]\n"
           "def k(x):\n"
           "    it = gen(x)\n"
           "    return next(it)[1] + next(it)[1]\n")
    code = GUEST.compile(src, str(tmp_path / "m.py"))
    vm = VM(GUEST.interpreter, mode, stack, backend)
    from guests.pyish.runtime import UNBOUND, RuntimeState, module_globals
    ns = module_globals("m", str(tmp_path / "m.py"))
    vm.runtime = RuntimeState(vm, ["m.py"], [str(tmp_path)])
    vm.verify(code)
    vm.execute(vm.frame(code, [UNBOUND] * code.nlocals, [], ns))
    sentinel = object()
    before = sys.getrefcount(sentinel)
    assert ns["f"](sentinel, 40) == [sentinel] * 3
    assert ns["h"](sentinel, 40) is sentinel
    assert ns["k"](sentinel) == 1
    gc.collect()            # a caught exception's host traceback is a cycle
    assert sys.getrefcount(sentinel) == before


def test_unavailable_backend_says_why_in_one_line():
    env = dict(os.environ, HOSTVM_NO_EXT="1")
    p = subprocess.run([sys.executable, "-m", "hostvm", "run", "--backend", "cython",
                        str(ROOT / "bench" / "pyish" / "nbody.py"), "10"],
                       capture_output=True, text=True, env=env, cwd=ROOT)
    assert p.returncode == 1
    assert p.stdout == ""
    lines = p.stderr.splitlines()
    assert len(lines) == 1 and "cython is unavailable" in lines[0] and "HOSTVM_NO_EXT" in lines[0]


class _Op(Opcode):
    LOAD = 1


class _UsesHelper(Interpreter):
    opcodes = _Op

    @i_op(_Op.LOAD, operand=LOCAL, stack="-- value")
    def load(self, index):
        return self.helper(index)

    def helper(self, index):
        return index


@needs_cython
def test_body_outside_the_frame_surface_is_a_build_error_naming_the_iop():
    from hostvm.errors import BackendError
    with pytest.raises(BackendError, match=r"_UsesHelper\.load \(i-op of LOAD\).*self\.helper"):
        VM(_UsesHelper, "switch", "checked", "cython")


@needs_cython
def test_unwritable_cache_is_a_one_line_error(tmp_path):
    """Threaded code that must be compiled into a cache that cannot be
    written: `hostvm run` says so in one line, as for a missing compiler."""
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    prog = tmp_path / "p.py"
    prog.write_text("print(sum(i * i for i in range(7)))\n")
    env = dict(os.environ, HOSTVM_CACHE_DIR=str(blocked / "cache"))
    p = subprocess.run([sys.executable, "-m", "hostvm", "run", "--backend", "cython",
                        "--mode", "threaded", str(prog)],
                       capture_output=True, text=True, env=env, cwd=ROOT)
    lines = p.stderr.splitlines()
    assert p.returncode == 1 and p.stdout == ""
    assert len(lines) == 1 and "cannot write compiled code" in lines[0], p.stderr


@needs_cython
def test_a_freed_frame_chunk_is_kept_for_the_next_call():
    """CPython frees a frame-stack chunk when the call that opened it returns;
    with hostvm_ext's arena allocator in front (hostvm.vm.steady_host, on in
    every guest run) recursing back and forth across chunk boundaries reuses
    the freed chunks instead of asking the system for new ones."""
    import threading

    import hostvm_ext
    from hostvm.vm import steady_host
    assert steady_host() is None
    arenas = hostvm_ext.arenas_module()

    def down(n):
        return 0 if n == 0 else 1 + down(n - 1)

    def crossings():                        # 600 frames span several 16 KiB chunks
        for _ in range(50):
            assert down(600) == 600

    installed, reused_before, _, _ = arenas.stats()
    t = threading.Thread(target=crossings)
    t.start()
    t.join()
    installed, reused_after, _, kept = arenas.stats()
    assert installed
    assert reused_after - reused_before >= 50
    assert 0 < kept <= 8


class _AttrOp(Opcode):
    LOAD_FAST = 1
    GET_X = 2
    SET_X = 3
    RETURN_VALUE = 4
    GET_CONTENTS = 5
    SET_CONTENTS = 6
    CALL_F = 7
    NEW_OF = 8
    IN_RANGE = 9
    LONGER_THAN = 10


class _Attrs(Interpreter):
    """Attribute reads and writes in i-op bodies: compiled with an inline
    cache per site (hostvm_ext/runtime.pxd), which must answer as CPython's
    attribute protocol does whatever the classes do in between."""
    opcodes = _AttrOp

    @i_op(_AttrOp.LOAD_FAST, operand=LOCAL, stack="-- value")
    def load_fast(self, index):
        return self.locals[index]

    @i_op(_AttrOp.GET_X, stack="obj -- value")
    def get_x(self, obj):
        return obj.x

    @i_op(_AttrOp.SET_X, stack="obj value --")
    def set_x(self, obj, value):
        obj.x = value

    @i_op(_AttrOp.RETURN_VALUE, stack="value --", control=RETURN)
    def return_value(self, value):
        return value

    @i_op(_AttrOp.GET_CONTENTS, stack="cell -- value")
    def get_contents(self, cell):
        return cell.cell_contents

    @i_op(_AttrOp.SET_CONTENTS, stack="cell value --")
    def set_contents(self, cell, value):
        cell.cell_contents = value

    @i_op(_AttrOp.CALL_F, stack="obj value -- result")
    def call_f(self, obj, value):
        return obj.f(value)

    @i_op(_AttrOp.NEW_OF, stack="cls -- obj")
    def new_of(self, cls):
        return cls.__new__(cls)

    @i_op(_AttrOp.IN_RANGE, stack="items key -- result")
    def in_range(self, items, key):
        return (0 <= key < len(items), -len(items) <= key < len(items), key == len(items))

    @i_op(_AttrOp.LONGER_THAN, stack="items key -- result")
    def longer_than(self, items, key):
        return len(items) > key, len(items) != key


def _attr_programs():
    from toy import code
    O = _AttrOp
    get = code([(O.LOAD_FAST, 0), (O.GET_X, 0), (O.RETURN_VALUE, 0)], nlocals=1, name="get")
    set_get = code([(O.LOAD_FAST, 0), (O.LOAD_FAST, 1), (O.SET_X, 0), (O.LOAD_FAST, 0),
                    (O.GET_X, 0), (O.RETURN_VALUE, 0)], nlocals=2, name="set_get")
    return get, set_get


def _attr_outcomes(vm):
    """What a sequence of reads and writes gives, through one VM (so through
    the same compiled sites, their caches warm from the steps before)."""
    get, set_get = _attr_programs()
    vm.verify(get)
    vm.verify(set_get)

    def run(c, *args):
        try:
            return vm.execute(vm.frame(c, list(args) + [None] * (c.nlocals - len(args)), (),
                                       {}))
        except AttributeError as e:
            return f"AttributeError: {e}"

    class Slotted:
        __slots__ = ("x", "y")

    class Other:
        __slots__ = ("y", "x")              # the slot at another offset

    class Plain:
        pass

    class Fallback:
        __slots__ = ("x",)

        def __getattr__(self, name):
            return f"__getattr__({name})"

    out = []
    a, b, p, fb = Slotted(), Other(), Plain(), Fallback()
    for _ in range(3):                      # warm, then hit
        out += [run(set_get, a, 1), run(set_get, b, 2), run(set_get, p, 3), run(get, a)]
    out.append(run(get, Slotted()))         # an unset slot: the error
    out.append(run(get, fb))                # unset, with __getattr__: the fallback
    out.append(run(set_get, fb, 4))
    Slotted.x = property(lambda self: "a property now", lambda self, v: None)
    out += [run(get, a), run(set_get, a, 5)]    # the class changed: no stale slot read
    Other.x = 7                             # a class attribute replaces the slot
    out += [run(get, b), run(set_get, b, 8)]
    del Other.x
    out.append(run(get, b))
    return out


@pytest.mark.parametrize("mode", ["switch", "direct", "threaded"])
@needs_cython
def test_attribute_sites_read_and_write_getsets(mode):
    """A C type's computed attribute (a cell's cell_contents, a getset) is
    called through the site's cache; an empty cell raises as CPython does."""
    import types
    from toy import code
    O = _AttrOp
    get = code([(O.LOAD_FAST, 0), (O.GET_CONTENTS, 0), (O.RETURN_VALUE, 0)], nlocals=1)
    set_get = code([(O.LOAD_FAST, 0), (O.LOAD_FAST, 1), (O.SET_CONTENTS, 0), (O.LOAD_FAST, 0),
                    (O.GET_CONTENTS, 0), (O.RETURN_VALUE, 0)], nlocals=2)
    vm = VM(_Attrs, mode, "unchecked", "cython")
    vm.verify(get)
    vm.verify(set_get)

    def run(c, *args):
        return vm.execute(vm.frame(c, list(args) + [None] * (c.nlocals - len(args)), (), {}))

    cell = types.CellType(1)
    assert [run(get, cell) for _ in range(3)] == [1, 1, 1]
    assert [run(set_get, cell, v) for v in "abc"] == ["a", "b", "c"] and cell.cell_contents == "c"
    with pytest.raises(ValueError, match="Cell is empty"):
        run(get, types.CellType())


def _call_outcomes(vm):
    from toy import code
    O = _AttrOp
    call = code([(O.LOAD_FAST, 0), (O.LOAD_FAST, 1), (O.CALL_F, 0), (O.RETURN_VALUE, 0)],
                nlocals=2)
    vm.verify(call)

    def run(*args):
        try:
            return vm.execute(vm.frame(call, list(args), (), {}))
        except AttributeError as e:
            return f"AttributeError: {e}"

    class Holder:                           # a callable in an instance slot
        __slots__ = ("f",)

    class Method:
        def f(self, v):
            return ("method", v)

    class Fallback:
        def __getattr__(self, name):
            return lambda v: (f"__getattr__({name})", v)

    h = Holder()
    h.f = lambda v: ("slot", v)
    out = [run(h, 1), run(h, 2), run(Method(), 3), run(Fallback(), 4), run(object(), 5)]
    h.f = lambda v: ("slot replaced", v)
    out.append(run(h, 6))
    del h.f
    out.append(run(h, 7))                   # unset slot
    Holder.f = lambda self, v: ("a method now", v)
    out.append(run(h, 8))

    class Seq(list):                        # a C method (list.append) of a dict-less type
        __slots__ = ()
        f = list.append

    class DictSeq(list):                    # the same, its instances with a __dict__
        f = list.append

    s, d = Seq(), DictSeq()
    out += [run(s, 9), run(s, 10), list(s), run(d, 11)]
    d.f = lambda v: ("instance attribute", v)   # shadows the method
    out.append(run(d, 12))
    Seq.f = lambda self, v: ("replaced", v)     # the type changed: no stale method
    out += [run(s, 13), list(s)]
    return out


@pytest.mark.parametrize("mode", ["switch", "direct", "threaded"])
@needs_cython
def test_method_call_sites_call_slots_and_methods_as_python_does(mode):
    """`x.f(v)` in an i-op body: a callable in an instance slot is called
    through the site's cache, anything else as a method call."""
    expected = _call_outcomes(VM(_Attrs, mode, "unchecked"))
    assert expected == [("slot", 1), ("slot", 2), ("method", 3), ("__getattr__(f)", 4),
                        "AttributeError: 'object' object has no attribute 'f'",
                        ("slot replaced", 6), "AttributeError: 'Holder' object has no attribute 'f'",
                        ("a method now", 8), None, None, [9, 10], None,
                        ("instance attribute", 12), ("replaced", 13), [9, 10]]
    assert _call_outcomes(VM(_Attrs, mode, "unchecked", "cython")) == expected


@pytest.mark.parametrize("mode", ["switch", "direct", "threaded"])
@needs_cython
def test_attribute_sites_follow_class_changes(mode):
    expected = _attr_outcomes(VM(_Attrs, mode, "unchecked"))
    assert expected == [1, 2, 3, 1] * 3 + [
        "AttributeError: 'Slotted' object has no attribute 'x'", "__getattr__(x)", 4,
        "a property now", "a property now", 7,
        "AttributeError: 'Other' object attribute 'x' is read-only",
        "AttributeError: 'Other' object has no attribute 'x'"]
    assert _attr_outcomes(VM(_Attrs, mode, "unchecked", "cython")) == expected


def _new_outcomes(vm):
    from toy import code
    O = _AttrOp
    new = code([(O.LOAD_FAST, 0), (O.NEW_OF, 0), (O.RETURN_VALUE, 0)], nlocals=1)
    vm.verify(new)
    made = []

    class Plain:
        def __init__(self):
            raise AssertionError("__new__ alone must not run __init__")

    class Own:
        def __new__(cls, *args):
            made.append(args)
            return "made by Own.__new__"

    def run(cls):
        try:
            return vm.execute(vm.frame(new, [cls], (), {}))
        except TypeError as e:
            return f"TypeError: {e}"

    return [type(run(Plain)).__name__, run(Own), run(Own), made, run(int), run(tuple),
            run(type(None)), run(5)]


@pytest.mark.parametrize("mode", ["switch", "direct", "threaded"])
@needs_cython
def test_new_without_init_is_pythons(mode):
    """`cls.__new__(cls)` compiles to the type's tp_new slot: the same object
    (and the same errors) as the method call."""
    expected = _new_outcomes(VM(_Attrs, mode, "unchecked"))
    assert expected[:6] == ["Plain", "made by Own.__new__", "made by Own.__new__", [(), ()],
                            0, ()]
    assert expected[6] is None
    assert expected[7].startswith("TypeError: int.__new__(X): X is not a type object")
    assert _new_outcomes(VM(_Attrs, mode, "unchecked", "cython")) == expected


def _size_outcomes(vm):
    from toy import code
    O = _AttrOp
    progs = [code([(O.LOAD_FAST, 0), (O.LOAD_FAST, 1), (op, 0), (O.RETURN_VALUE, 0)], nlocals=2)
             for op in (O.IN_RANGE, O.LONGER_THAN)]
    for c in progs:
        vm.verify(c)
    keys = [-4, -3, -1, 0, 1, 2, 3, 4, 2 ** 40, -2 ** 40, 2.5, -0.0, float("nan"), True, False]
    out = []
    for items in ([], [1, 2, 3], (7,), "ab"):
        for key in keys:
            for c in progs:
                out.append(vm.execute(vm.frame(c, [items, key], (), {})))
    for c in progs:                         # an unorderable key: Python's TypeError
        try:
            vm.execute(vm.frame(c, [[1], "x"], (), {}))
        except TypeError as e:
            out.append(str(e))
    return out


@pytest.mark.parametrize("mode", ["switch", "direct", "threaded"])
@needs_cython
def test_comparisons_with_a_length_are_pythons(mode):
    """`0 <= key < len(items)` compiles to C comparisons of small ints with
    the C length (hx_cmp_n, hx_len): the same answers as Python's for ints
    of any size, floats, NaN and bools, on lists, tuples and strings."""
    expected = _size_outcomes(VM(_Attrs, mode, "unchecked"))
    assert expected[2 * 15 + 2 * 3] == (True, True, False)       # [1, 2, 3], key 0
    assert expected[-2:] == ["'<=' not supported between instances of 'int' and 'str'",
                             "'>' not supported between instances of 'int' and 'str'"]
    assert _size_outcomes(VM(_Attrs, mode, "unchecked", "cython")) == expected


LIFETIMES = '''\
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalized", self.name)


def fail(n):
    keep = Noisy("local of fail")
    return [1][n]


def ok():
    x = Noisy("local of ok")
    return 1


def run():
    saved = None
    try:
        fail(3)
    except IndexError as e:
        saved = e
    print("caught")
    ok()
    print("after ok")
    saved = None
    print("dropped")
    ok()
    print("after ok again")


run()
'''


@needs_cython
@pytest.mark.parametrize("mode", ["switch", "direct", "threaded"])
def test_pooled_frames_keep_the_python_backends_lifetimes(mode, tmp_path):
    """The Cython backend reuses a call's frame for the next call at the same
    depth.  A frame a traceback holds is not reused and keeps its locals; a
    returned frame lets its locals go at once: what a program sees of its
    objects' lifetimes is the python backend's.  (Each run in a process of
    its own: an earlier run's garbage cycles would print when collected.)"""
    path = tmp_path / "lifetimes.py"
    path.write_text(LIFETIMES)

    def run(stack, backend):
        return subprocess.run([sys.executable, "-m", "hostvm", "run", "--mode", mode,
                               "--stack", stack, "--backend", backend, str(path)],
                              capture_output=True, text=True, cwd=ROOT).stdout

    expected = run("checked", "python")
    assert expected.splitlines() == [
        "caught", "finalized local of ok", "after ok", "dropped", "finalized local of ok",
        "after ok again", "finalized local of fail"]
    assert run("checked", "cython") == run("unchecked", "cython") == expected


class _Walrus(Interpreter):
    opcodes = _Op

    @i_op(_Op.LOAD, operand=LOCAL, stack="-- value")
    def load(self, index):
        return (n := index) + n


@needs_cython
def test_assignment_expression_in_a_body_is_a_build_error():
    """The compiled attribute and item stores evaluate their target before
    their value; with no name bound inside an expression that order cannot
    show."""
    from hostvm.errors import BackendError
    with pytest.raises(BackendError, match=r"_Walrus\.load \(i-op of LOAD\).*':='"):
        VM(_Walrus, "switch", "checked", "cython")


def test_arena_allocator_built_later_in_the_process_is_put_in_place(monkeypatch):
    """The first run of a process may come before the Cython backend's first
    use builds the arenas module (a bench's first configuration): not built
    is not remembered, the next run puts the allocator in place."""
    import hostvm_ext
    from hostvm import vm
    answers = ["hostvm_ext's arenas module is not built", None]
    monkeypatch.setattr(vm, "_STEADY", [])
    monkeypatch.setattr(hostvm_ext, "keep_freed_arenas", lambda: answers.pop(0))
    assert vm.steady_host() == "hostvm_ext's arenas module is not built"
    assert vm.steady_host() is None
    assert vm.steady_host() is None and answers == []
