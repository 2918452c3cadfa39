"""Enumerator and the Enumerable module.

An Enumerator stands for "the values `recv.method(*args)` would yield": it is
what `[1, 2].each_slice(2)` or `a.map` return without a block, and iterating
it calls that method with a block.  Enumerable gives a Ruby class that
defines `each` the collection methods; each is built on the values `each`
yields, collected into an Array (several values yielded at once become one
Array, as Ruby's Enumerable packs them), and mostly answered by the Array
method of the same name.  The methods that may stop early (first, find,
take_while, ...) stop the iteration instead, so they work on endless `each`.
"""
from __future__ import annotations

from ..objects import (BUILTINS, HOST_TYPES, RHash, RObject, RRange, RString, NativeProc,
                       builtin, on_new_realm, rb_error, responds_to, send, truthy)


class REnumerator:
    """`recv.method(*args)` waiting for a block; `buffer`/`pos` hold the
    values for external iteration (next, peek), computed on the first next."""

    __slots__ = ("recv", "method", "args", "buffer", "buffer_goal", "pos")

    def __init__(self, recv, method, args):
        self.recv, self.method, self.args = recv, method, args
        self.buffer = None
        self.buffer_goal = 0        # how many values the buffer was filled to take
        self.pos = 0


HOST_TYPES[REnumerator] = "Enumerator"


def make_enumerator(recv, method_name, args=()):
    return REnumerator(recv, method_name, list(args))


def pack(xs):
    """The one value Enumerable sees when a block is yielded `xs`."""
    if len(xs) == 1:
        return xs[0]
    return list(xs) if xs else None


def values_of(recv):
    """The values `recv.each` yields, as a list (the list itself for an Array)."""
    from .hash import plain
    from .range import range_values
    if type(recv) is list:
        return recv
    if type(recv) is RHash:
        return [[plain(k), v] for k, v in recv.items()]
    if type(recv) is RRange:
        return range_values(recv)
    out = []
    append = out.append
    send(recv, "each", [], NativeProc(lambda *xs: append(pack(xs))))
    return out


class _StopEach(GeneratorExit):
    """Leaves a `recv.each` early (Enumerable#first, find, ...): control flow
    that a Ruby `rescue` in the `each` does not catch (its `ensure` runs),
    as CRuby's early exit from a block (rbish's runtime lets host
    GeneratorExits through rescue clauses)."""


def each_until(recv, fn):
    """Call fn with each value `recv.each` yields until it returns True."""
    if type(recv) is list:
        for x in recv:
            if fn(x):
                return
        return

    def step(*xs):
        if fn(pack(xs)):
            raise _StopEach
    try:
        send(recv, "each", [], NativeProc(step))
    except _StopEach:
        pass


# -- Enumerator ---------------------------------------------------------------------------
@builtin("Enumerator", "each", block=True)
def enumerator_each(e, blk):
    if blk is None:
        return e
    return send(e.recv, e.method, e.args, blk)


@builtin("Enumerator", "with_index", "each_with_index", block=True)
def enumerator_with_index(e, blk, offset=0):
    if blk is None:
        return make_enumerator(e, "with_index", [offset])
    index = offset - 1

    def step(*xs):
        nonlocal index
        index += 1
        return blk.call(pack(xs), index)
    return send(e.recv, e.method, e.args, NativeProc(step))


@builtin("Enumerator", "with_object", "each_with_object", block=True)
def enumerator_with_object(e, blk, memo):
    if blk is None:
        return make_enumerator(e, "with_object", [memo])
    send(e.recv, e.method, e.args, NativeProc(lambda *xs: blk.call(pack(xs), memo)))
    return memo


@builtin("Enumerator", "next")
def enumerator_next(e):
    value = enumerator_peek(e)
    e.pos += 1
    return value


#: how many values next/peek first take from an enumerator: one that yields
#: no more is iterated once (its side effects happen once, at the first
#: next); a longer or endless one is iterated again from the start for
#: twice as many values whenever next needs more (rbish has no coroutines)
NEXT_BATCH = 1000


@builtin("Enumerator", "peek")
def enumerator_peek(e):
    if e.buffer is None or (e.pos >= len(e.buffer) and len(e.buffer) == e.buffer_goal):
        goal = NEXT_BATCH if e.buffer is None else 2 * e.buffer_goal
        values = []
        each_until(e, lambda x: values.append(x) or len(values) >= goal)
        e.buffer, e.buffer_goal = values, goal
    if e.pos >= len(e.buffer):
        raise rb_error("StopIteration", "iteration reached an end")
    return e.buffer[e.pos]


# -- Enumerator.new { |yielder| ... } -----------------------------------------------------------
class RGenerator:
    """What `Enumerator.new { |y| ... }` iterates: its `each` runs the block
    with a Yielder whose `<<` and `yield` hand values to each's block."""

    __slots__ = ("blk", "size")

    def __init__(self, blk, size):
        self.blk, self.size = blk, size


class RYielder:
    __slots__ = ("fn",)

    def __init__(self, fn):
        self.fn = fn


@builtin("Enumerator", "new", block=True, singleton=True)
def enumerator_new(cls, blk, size=None):
    if blk is None:
        raise rb_error("ArgumentError", "tried to create Proc object without a block")
    return REnumerator(RGenerator(blk, size), "each", [])


@builtin("Generator", "each", block=True)
def generator_each(gen, blk, *args):
    if blk is None:
        return make_enumerator(gen, "each", list(args))
    return gen.blk.call(RYielder(blk.call), *args)


@builtin("Generator", "size")
def generator_size(gen):
    return gen.size


@builtin("Yielder", "<<")
def yielder_push(y, value):
    y.fn(value)
    return y


@builtin("Yielder", "yield", "call")
def yielder_yield(y, *values):
    return y.fn(*values)


@builtin("Yielder", "to_proc")
def yielder_to_proc(y):
    proc = NativeProc(lambda *xs: y.fn(*xs))
    proc.is_lambda = True
    return proc


@on_new_realm
def _generator_classes(realm):
    """Enumerator::Generator and Enumerator::Yielder, for RGenerator and
    RYielder values."""
    from .. import objects
    for name, host in (("Generator", RGenerator), ("Yielder", RYielder)):
        cls = objects.RClass(f"Enumerator::{name}", realm.Object)
        realm.Enumerator.consts[name] = cls
        realm.type_class[host] = cls
        for mname, m in BUILTINS.get(name, {}).items():
            cls.methods[mname] = objects._owned(m, cls)
    realm.Enumerator.consts["Generator"].includes.append(realm.Enumerable)


@builtin("Enumerator", "rewind")
def enumerator_rewind(e):
    e.buffer = None
    e.pos = 0
    return e


#: the methods whose enumerator yields once per element of the receiver
_ONE_PER_ELEMENT = frozenset((
    "each", "map", "collect", "flat_map", "select", "filter", "reject", "filter_map",
    "each_with_index", "with_index", "each_with_object", "with_object", "each_index",
    "reverse_each", "each_pair", "each_key", "each_value", "find_index", "sort_by",
    "min_by", "max_by", "group_by", "partition", "map!", "collect!", "select!", "reject!",
    "delete_if", "keep_if", "each_char", "times", "each_entry", "sum", "count"))


@builtin("Enumerator", "size")
def enumerator_size(e):
    recv, method = e.recv, e.method
    if type(recv) is REnumerator:
        n = enumerator_size(recv)
    elif type(recv) in (list, RHash):
        n = len(recv)
    elif method == "times" and type(recv) is int:
        n = max(recv, 0)
    elif method in _ONE_PER_ELEMENT or method in ("each_slice", "each_cons"):
        n = send(recv, "size", []) if responds_to(recv, "size") else None
    else:
        n = None
    if n is None:
        return None
    if method in ("each_slice", "each_cons") and e.args:
        step = e.args[0]
        return -(-n // step) if method == "each_slice" else max(n - step + 1, 0)
    return n if method in _ONE_PER_ELEMENT else None


@builtin("Enumerator", "inspect", "to_s")
def enumerator_inspect(e):
    from .format import inspect
    args = f"({', '.join(inspect(a) for a in e.args)})" if e.args else ""
    return RString(f"#<Enumerator: {inspect(e.recv)}:{e.method}{args}>")


# -- Enumerable: answered by the Array method of the same name over the values -------------
def _as_array_method(name):
    def method(recv, blk, *args):
        return send(values_of(recv), name, list(args), blk)
    method.__name__ = "enumerable_" + name
    return method


for _name in ("select", "filter", "reject", "filter_map", "inject", "reduce", "sort",
              "sort_by", "min", "max", "min_by", "max_by", "minmax", "sum", "count",
              "group_by", "partition",
              "tally", "zip", "drop", "drop_while", "uniq", "chunk_while", "slice_when",
              "reverse_each", "to_h", "one?", "cycle", "find_all", "minmax_by", "grep",
              "grep_v", "chunk", "slice_before", "slice_after"):
    builtin("Enumerable", _name, block=True)(_as_array_method(_name))


@builtin("Enumerable", "to_a", "entries")
def enumerable_to_a(recv, *args):
    return list(values_of(recv))


@builtin("Enumerable", "map", "collect", block=True)
def enumerable_map(recv, blk):
    if blk is None:
        return make_enumerator(recv, "map", [])
    # map hands the block everything `each` yields (|x| gets the first value)
    out = []
    send(recv, "each", [], NativeProc(lambda *xs: out.append(blk.call(*xs))))
    return out


@builtin("Enumerable", "flat_map", "collect_concat", block=True)
def enumerable_flat_map(recv, blk):
    if blk is None:
        return make_enumerator(recv, "flat_map", [])
    out = []
    for v in enumerable_map(recv, blk):
        if type(v) is list:
            out.extend(v)
        else:
            out.append(v)
    return out


@builtin("Enumerable", "each_with_index", block=True)
def enumerable_each_with_index(recv, blk, *args):
    if blk is None:
        return make_enumerator(recv, "each_with_index", list(args))
    index = -1

    def step(*xs):
        nonlocal index
        index += 1
        blk.call(pack(xs), index)
    send(recv, "each", list(args), NativeProc(step))
    return recv


# each_slice, each_cons and each_with_object hand the block each group as
# `each` yields, so they (and their enumerators) work on an endless `each`
def _slice_size(n, message):
    from .array import to_int
    n = to_int(n)
    if n <= 0:
        raise rb_error("ArgumentError", message)
    return n


@builtin("Enumerable", "each_slice", block=True)
def enumerable_each_slice(recv, blk, n):
    n = _slice_size(n, "invalid slice size")
    if blk is None:
        return make_enumerator(recv, "each_slice", [n])
    group = []

    def step(*xs):
        group.append(pack(xs))
        if len(group) == n:
            full = group[:]
            group.clear()
            blk.call(full)
    send(recv, "each", [], NativeProc(step))
    if group:
        blk.call(group[:])
    return recv


@builtin("Enumerable", "each_cons", block=True)
def enumerable_each_cons(recv, blk, n):
    n = _slice_size(n, "invalid size")
    if blk is None:
        return make_enumerator(recv, "each_cons", [n])
    window = []

    def step(*xs):
        window.append(pack(xs))
        if len(window) > n:
            del window[0]
        if len(window) == n:
            blk.call(window[:])
    send(recv, "each", [], NativeProc(step))
    return recv


@builtin("Enumerable", "each_with_object", block=True)
def enumerable_each_with_object(recv, blk, memo):
    if blk is None:
        return make_enumerator(recv, "each_with_object", [memo])
    send(recv, "each", [], NativeProc(lambda *xs: blk.call(pack(xs), memo)))
    return memo


@builtin("Enumerable", "first", block=False)
def enumerable_first(recv, n=None):
    if n is None:
        found = []
        each_until(recv, lambda x: found.append(x) or True)
        return found[0] if found else None
    if n < 0:
        raise rb_error("ArgumentError", "attempt to take negative size")
    return enumerable_take(recv, n)


@builtin("Enumerable", "take")
def enumerable_take(recv, n):
    if n < 0:
        raise rb_error("ArgumentError", "attempt to take negative size")
    out = []
    if n:
        each_until(recv, lambda x: out.append(x) or len(out) >= n)
    return out


@builtin("Enumerable", "take_while", block=True)
def enumerable_take_while(recv, blk):
    if blk is None:
        return make_enumerator(recv, "take_while", [])
    out = []

    def step(x):
        if not truthy(blk.call(x)):
            return True
        out.append(x)
    each_until(recv, step)
    return out


@builtin("Enumerable", "find", "detect", block=True)
def enumerable_find(recv, blk, if_none=None):
    if blk is None:
        return make_enumerator(recv, "find", [])
    found = []
    each_until(recv, lambda x: truthy(blk.call(x)) and not found.append(x))
    return found[0] if found else None


@builtin("Enumerable", "find_index", block=True)
def enumerable_find_index(recv, blk, *value):
    if blk is None and not value:
        return make_enumerator(recv, "find_index", [])
    index, found = -1, False

    def step(x):
        nonlocal index, found
        index += 1
        found = (send(x, "==", [value[0]]) if value else blk.call(x))
        return truthy(found)
    each_until(recv, step)
    return index if truthy(found) else None


@builtin("Enumerable", "include?", "member?")
def enumerable_include(recv, value):
    found = False

    def step(x):
        nonlocal found
        found = truthy(send(x, "==", [value]))
        return found
    each_until(recv, step)
    return found


def _test(blk, pattern):
    """What all?/any?/none? ask of each value: the block, `pattern === x`, or x."""
    if pattern:
        return lambda x: truthy(send(pattern[0], "===", [x]))
    if blk is not None:
        return lambda x: truthy(blk.call(x))
    return truthy


@builtin("Enumerable", "any?", block=True)
def enumerable_any(recv, blk, *pattern):
    test, found = _test(blk, pattern), False

    def step(x):
        nonlocal found
        found = test(x)
        return found
    each_until(recv, step)
    return found


@builtin("Enumerable", "all?", block=True)
def enumerable_all(recv, blk, *pattern):
    test, failed = _test(blk, pattern), False

    def step(x):
        nonlocal failed
        failed = not test(x)
        return failed
    each_until(recv, step)
    return not failed


@builtin("Enumerable", "none?", block=True)
def enumerable_none(recv, blk, *pattern):
    return not enumerable_any(recv, blk, *pattern)


@builtin("Enumerable", "each_entry", block=True)
def enumerable_each_entry(recv, blk, *args):
    if blk is None:
        return make_enumerator(recv, "each_entry", list(args))
    send(recv, "each", list(args), NativeProc(lambda *xs: blk.call(pack(xs))))
    return recv


@builtin("Enumerable", "compact")
def enumerable_compact(recv):
    return [x for x in values_of(recv) if x is not None]


# -- Enumerator::Lazy ---------------------------------------------------------------------------
class RLazy:
    """`source.lazy` and the steps chained on it (map, select, take...): each
    step is the method's name, its arguments and its block.  Iterating it
    runs every value of the source through the steps one at a time, so the
    source may be endless as long as a step or the caller stops early."""

    __slots__ = ("source", "method", "args", "blk")

    def __init__(self, source, method=None, args=(), blk=None):
        self.source, self.method, self.args, self.blk = source, method, list(args), blk


def _lazy_stage(lazy, emit):
    """A function taking each value `lazy.source` yields and passing what the
    step makes of it to `emit`; either answers True to stop the iteration."""
    name, blk, args = lazy.method, lazy.blk, lazy.args
    if name in ("map", "collect"):
        return lambda x: emit(blk.call(x))
    if name in ("select", "filter"):
        return lambda x: truthy(blk.call(x)) and emit(x)
    if name == "reject":
        return lambda x: not truthy(blk.call(x)) and emit(x)
    if name == "filter_map":
        def step(x):
            v = blk.call(x)
            return truthy(v) and emit(v)
        return step
    if name in ("flat_map", "collect_concat"):
        def step(x):
            v = blk.call(x)
            for y in (v if type(v) is list else [v]):
                if emit(y):
                    return True
            return False
        return step
    if name == "take_while":
        return lambda x: True if not truthy(blk.call(x)) else emit(x)
    if name == "drop_while":
        dropping = [True]

        def step(x):
            if dropping[0] and truthy(blk.call(x)):
                return False
            dropping[0] = False
            return emit(x)
        return step
    if name == "take":
        left = [args[0]]

        def step(x):
            left[0] -= 1
            return emit(x) or left[0] <= 0
        return step
    if name == "drop":
        skip = [args[0]]

        def step(x):
            if skip[0] > 0:
                skip[0] -= 1
                return False
            return emit(x)
        return step
    if name in ("with_index", "each_with_index"):
        index = [(args[0] if args and args[0] is not None else 0) - 1]

        def step(x):
            index[0] += 1
            if blk is None:
                return emit([x, index[0]])
            blk.call(x, index[0])
            return emit(x)
        return step
    if name == "uniq":
        from .hash import hash_key
        seen = set()

        def step(x):
            k = hash_key(blk.call(x) if blk is not None else x)
            if k in seen:
                return False
            seen.add(k)
            return emit(x)
        return step
    if name == "compact":
        return lambda x: x is not None and emit(x)
    if name in ("grep", "grep_v"):
        keep = name == "grep"

        def step(x):
            if truthy(send(args[0], "===", [x])) is not keep:
                return False
            return emit(x if blk is None else blk.call(x))
        return step
    if name == "each_slice":
        size = args[0]
        group = []

        def step(x):
            group.append(x)
            if len(group) < size:
                return False
            out = group[:]
            group.clear()
            return emit(out)
        step.rest = group                   # the last, shorter slice
        return step
    if name == "zip":
        others = [values_of(o) for o in args]
        index = [-1]

        def step(x):
            index[0] += 1
            i = index[0]
            return emit([x, *[o[i] if i < len(o) else None for o in others]])
        return step
    raise rb_error("NotImplementedError", f"Enumerator::Lazy#{name}")


def lazy_each(lazy, fn):
    """Call fn with each value the lazy enumerator yields until it answers True."""
    stages = []
    while type(lazy) is RLazy and lazy.method is not None:
        stages.append(lazy)
        lazy = lazy.source
    source = lazy.source if type(lazy) is RLazy else lazy
    sink = fn
    made = []
    for stage in stages:                    # the last step first: it feeds fn
        sink = _lazy_stage(stage, sink)
        made.append(sink)
    stopped = []

    def first(x):
        if sink(x):
            stopped.append(True)
            return True
        return False
    each_until(source, first)
    if not stopped:                         # each_slice's last, shorter slice
        for i in reversed(range(len(made))):
            rest = getattr(made[i], "rest", None)
            if rest:
                downstream = made[i - 1] if i else fn
                if downstream(rest[:]):
                    break


def _lazy_step(name, needs_block=True):
    def method(lazy, blk, *args):
        if needs_block and blk is None:
            raise rb_error("ArgumentError", f"tried to call lazy {name} without a block")
        return RLazy(lazy, name, args, blk)
    method.__name__ = "lazy_" + name
    return method


for _name in ("map", "collect", "select", "filter", "reject", "filter_map", "flat_map",
              "collect_concat", "take_while", "drop_while"):
    builtin("Lazy", _name, block=True)(_lazy_step(_name))
for _name in ("take", "drop", "with_index", "each_with_index", "uniq", "compact", "grep",
              "grep_v", "each_slice", "zip"):
    builtin("Lazy", _name, block=True)(_lazy_step(_name, needs_block=False))


@builtin("Enumerable", "lazy")
def enumerable_lazy(recv):
    return RLazy(recv)


@builtin("Lazy", "lazy")
def lazy_lazy(lazy):
    return lazy


@builtin("Lazy", "each", block=True)
def lazy_each_method(lazy, blk):
    if blk is None:
        return lazy
    lazy_each(lazy, lambda x: blk.call(x) and False)
    return lazy


@builtin("Lazy", "to_a", "force")
def lazy_to_a(lazy, *args):
    out = []
    lazy_each(lazy, lambda x: out.append(x))
    return out


@builtin("Lazy", "first")
def lazy_first(lazy, n=None):
    return enumerable_first(lazy, n)


@builtin("Lazy", "eager")
def lazy_eager(lazy):
    return make_enumerator(lazy, "each", [])


@builtin("Lazy", "size")
def lazy_size(lazy):
    return None


@builtin("Lazy", "inspect", "to_s")
def lazy_inspect(lazy):
    from .format import inspect
    if lazy.method is None:
        return RString(f"#<Enumerator::Lazy: {inspect(lazy.source)}>")
    args = f"({', '.join(inspect(a) for a in lazy.args)})" if lazy.args else ""
    return RString(f"#<Enumerator::Lazy: {lazy_inspect(lazy.source).s}:{lazy.method}{args}>")


@on_new_realm
def _lazy_class(realm):
    """Enumerator::Lazy, a subclass of Enumerator, for RLazy values."""
    from .. import objects
    cls = objects.RClass("Enumerator::Lazy", realm.Enumerator)
    realm.Enumerator.consts["Lazy"] = cls
    realm.type_class[RLazy] = cls
    for name, m in BUILTINS.get("Lazy", {}).items():
        cls.methods[name] = objects._owned(m, cls)


# -- Struct: classes of named fields ----------------------------------------------------------
# A Struct class keeps its members in ivars["__members__"] (not an @name, so
# Ruby code never sees it); the fields are instance variables behind the
# usual attribute reader and writer methods.
def struct_members(cls):
    while cls is not None:
        members = cls.ivars.get("__members__")
        if members is not None:
            return members
        cls = cls.superclass
    return []


@builtin("Struct", "new", block=True, singleton=True)
def struct_new(cls, blk, *args):
    from .. import objects
    from .object import class_new
    if cls is not objects.R.Struct:
        return class_new(cls, blk, *args)
    keyword_init = False
    if args and type(args[-1]) is not str and isinstance(args[-1], RHash):
        keyword_init = truthy(args[-1].get("keyword_init"))
        args = args[:-1]
    members = []
    for a in args:
        if type(a) is not str:
            from .format import inspect
            raise rb_error("TypeError", f"{inspect(a)} is not a symbol")
        members.append(a)
    struct = objects.RClass(None, objects.R.Struct)
    struct.ivars["__members__"] = members
    struct.ivars["__keyword_init__"] = keyword_init
    for name in members:
        struct.methods[name] = objects.AttrReader(name, struct)
        struct.methods[name + "="] = objects.AttrWriter(name + "=", struct)
    objects.methods_changed()
    if blk is not None:
        blk.call_with_block([struct], None, struct)
    return struct


@builtin("Struct", "members", singleton=True)
def struct_class_members(cls):
    return list(struct_members(cls))


@builtin("Struct", "initialize", visibility="private")
def struct_initialize(obj, *args):
    from ..calls import KwArgs
    members = struct_members(obj.cls)
    if args and type(args[-1]) is KwArgs and _keyword_init(obj.cls):
        unknown = [k for k in args[-1] if k not in members]
        if unknown:
            raise rb_error("ArgumentError", f"unknown keywords: {', '.join(unknown)}")
        values = [args[-1].get(m) for m in members]
    else:
        if len(args) > len(members):
            raise rb_error("ArgumentError", "struct size differs")
        values = [*args, *[None] * (len(members) - len(args))]
    for m, v in zip(members, values):
        obj.ivars["@" + m] = v
    return None


def _keyword_init(cls):
    while cls is not None:
        if "__keyword_init__" in cls.ivars:
            return cls.ivars["__keyword_init__"]
        cls = cls.superclass
    return False


def _fields(obj):
    return [obj.ivars.get("@" + m) for m in struct_members(obj.cls)]


@builtin("Struct", "to_a", "deconstruct", "values")
def struct_to_a(obj):
    return _fields(obj)


@builtin("Struct", "members")
def struct_instance_members(obj):
    return list(struct_members(obj.cls))


@builtin("Struct", "to_h", block=True)
def struct_to_h(obj, blk):
    out = RHash()
    for m in struct_members(obj.cls):
        out[m] = obj.ivars.get("@" + m)
    return out if blk is None else send(out, "to_h", [], blk)


@builtin("Struct", "each", block=True)
def struct_each(obj, blk):
    if blk is None:
        return make_enumerator(obj, "each", [])
    for v in _fields(obj):
        blk.call(v)
    return obj


def _member(obj, key):
    members = struct_members(obj.cls)
    if type(key) is int:
        if not -len(members) <= key < len(members):
            raise rb_error("IndexError", f"offset {key} too {'small' if key < 0 else 'large'} "
                                         f"for struct(size:{len(members)})")
        return members[key]
    name = key.s if type(key) is RString else key
    if name not in members:
        raise rb_error("NameError", f"no member '{name}' in struct")
    return name


@builtin("Struct", "[]")
def struct_aref(obj, key):
    return obj.ivars.get("@" + _member(obj, key))


@builtin("Struct", "[]=")
def struct_aset(obj, key, value):
    obj.ivars["@" + _member(obj, key)] = value
    return value


@builtin("Struct", "==")
def struct_equal(obj, other):
    from .object import rb_equal
    return (type(other) is RObject and other.cls is obj.cls
            and rb_equal(_fields(obj), _fields(other)))


@builtin("Struct", "eql?")
def struct_eql(obj, other):
    from .object import rb_eql
    return type(other) is RObject and other.cls is obj.cls and rb_eql(_fields(obj), _fields(other))


@builtin("Struct", "hash")
def struct_hash(obj):
    from .object import rb_hash
    return rb_hash([id(obj.cls), *_fields(obj)])


@on_new_realm
def _struct_keys(realm):
    """Struct instances equal by content are one Hash key (and uniq, tally...)."""
    from .object import host_hashed_method
    host_hashed_method(realm.Struct, "hash", struct_hash, 0)
    host_hashed_method(realm.Struct, "eql?", struct_eql, 1)


@builtin("Struct", "size", "length")
def struct_size(obj):
    return len(struct_members(obj.cls))


@builtin("Struct", "dig")
def struct_dig(obj, key, *rest):
    v = struct_aref(obj, key)
    return v if not rest or v is None else send(v, "dig", list(rest))


@builtin("Struct", "to_s", "inspect")
def struct_inspect(obj):
    from .format import inspect, module_name
    from ..objects import real_class
    cls = real_class(obj)
    name = "" if cls.name is None else module_name(cls) + " "
    fields = ", ".join(f"{m}={inspect(obj.ivars.get('@' + m))}" for m in struct_members(cls))
    return RString(f"#<struct {name}{fields}>")
