"""rbish's collection built-ins (Array, Hash, Range, Enumerator, Enumerable,
Struct) and the object-level methods (Object, Module, Class), called
directly with `send`.  Every expected text is what CRuby 3.1 prints with `p`
for the same Ruby expression (shown in the comments or test names)."""
import pytest

from guests.rbish.builtins.format import inspect
from guests.rbish.calls import KwArgs
from guests.rbish.objects import (NativeProc, RClass, RHash, RObject, RRange, RString,
                                  RubyError, exception_message, new_realm, real_class, send)


@pytest.fixture(autouse=True)
def realm():
    return new_realm()


def S(text):
    return RString(text)


def blk(fn):
    return NativeProc(fn)


def call(recv, name, *args, block=None):
    return send(recv, name, list(args), block)


def show(recv, name, *args, block=None):
    """`p recv.name(*args)`'s text."""
    return inspect(call(recv, name, *args, block=block))


def error(recv, name, *args, block=None):
    """`recv.name(*args)` rescued: "Class: message"."""
    with pytest.raises(RubyError) as info:
        call(recv, name, *args, block=block)
    return f"{real_class(info.value.exc).name}: {exception_message(info.value.exc)}"


def ruby_class(name, superclass=None):
    from guests.rbish import objects
    cls = RClass(name, superclass or objects.R.Object)
    objects.R.Object.consts[name] = cls
    return cls


# -- Array --------------------------------------------------------------------------------------
def test_array_indexing():
    a = [1, 2, 3]
    assert [show(a, "[]", i) for i in (3, -1, -4)] == ["nil", "3", "nil"]
    assert show(a, "[]", 3, 1) == "[]" and show(a, "[]", 4, 1) == "nil"
    assert show(a, "[]", RRange(-2, None)) == "[2, 3]"
    assert show(a, "[]", RRange(None, -2)) == "[1, 2]"
    assert show(a, "[]", RRange(1, -1, True)) == "[2]"
    assert show(a, "[]", RRange(5, None)) == "nil"
    assert error(a, "fetch", 10) == "IndexError: index 10 outside of array bounds: -3...3"
    assert call(a, "fetch", 10, block=blk(lambda i: i * 2)) == 20
    assert error(a, "[]", S("a")) == "TypeError: no implicit conversion of String into Integer"


def test_array_assignment():
    a = [1, 2, 3]
    call(a, "[]=", 5, 1)
    assert a == [1, 2, 3, None, None, 1]
    a = [1, 2, 3]
    call(a, "[]=", RRange(1, None), 9)
    assert a == [1, 9]
    a = [1, 2, 3]
    call(a, "[]=", 1, 0, [7, 8])
    assert a == [1, 7, 8, 2, 3]
    a = [1, 2, 3]
    call(a, "[]=", 5, 0, [7, 8])
    assert a == [1, 2, 3, None, None, 7, 8]
    assert error([1, 2], "[]=", -5, 1) == "IndexError: index -5 too small for array; minimum: -2"
    assert error([1, 2], "[]=", RRange(-5, -1), 1) == "RangeError: -5..-1 out of range"
    assert error([1, 2], "[]=", 0, -1, 1) == "IndexError: negative length (-1)"


def test_array_insert_and_removal():
    a = [1, 2, 3, 4]
    call(a, "insert", -2, "x")
    assert a == [1, 2, 3, "x", 4]
    a = [1, 2, 3, 4]
    call(a, "insert", 6, "x")
    assert a == [1, 2, 3, 4, None, None, "x"]
    a = [1, 2, 3, 2]
    assert call(a, "delete", 2) == 2 and a == [1, 3]
    assert call(a, "pop", 5) == [1, 3] and a == []
    a = [1, 2, 3]
    assert call(a, "shift", 2) == [1, 2] and a == [3]
    assert call([1, None, 2], "compact!") == [1, 2] and call([1], "compact!") is None
    assert error([1, 2], "first", -1) == "ArgumentError: negative array size"


def test_array_sorting_and_comparison_errors():
    assert call([3, 1, 2.5], "sort") == [1, 2.5, 3]
    assert show([S("b"), S("a")], "sort") == '["a", "b"]'
    assert show([[1, 2], [1]], "sort") == "[[1], [1, 2]]"
    assert call([5, 3, 9], "sort", block=blk(lambda a, b: (b > a) - (b < a))) == [9, 5, 3]
    assert error([3, None], "sort") == "ArgumentError: comparison of Integer with nil failed"
    assert error([None, 3], "sort") == "ArgumentError: comparison of NilClass with 3 failed"
    foo = ruby_class("Foo")
    objs = [RObject(foo), RObject(foo)]
    assert error(objs, "sort") == "ArgumentError: comparison of Foo with Foo failed"
    assert call([S("a"), S("bb")], "max_by", block=blk(lambda s: len(s.s))).s == "bb"
    assert call([3, 1, 2], "max", 2) == [3, 2] and call([3, 1, 2], "min", 2) == [1, 2]
    assert call([1, 2, 3], "minmax") == [1, 3]
    assert call([1, 2], "<=>", [1, 3]) == -1 and call([1, 2], "<=>", [1, S("a")]) is None


def test_array_sum_is_crubys():
    assert inspect(call([0.1, 0.2, 0.3], "sum")) == "0.6"
    assert inspect(call([0.1] * 10, "sum")) == "1.0"
    assert inspect(call([0.1] * 3, "sum", 1)) == "1.3"
    assert inspect(call([0.1, 0.2, 0.3], "sum", 0.0)) == "0.6"
    assert inspect(call([1, 0.1, 0.2, 0.3], "sum")) == "1.6"
    assert call([1, 2, 3], "sum", block=blk(lambda x: x * 2)) == 12
    assert call([[1], [2]], "sum", []) == [1, 2]


def test_array_reductions():
    assert call([1, 2, 3], "inject", "+") == 6
    assert call([1, 2, 3], "inject", 10, "+") == 16
    assert call([1, 2, 3], "inject", block=blk(lambda s, x: s * x)) == 6
    assert call([], "inject", "+") is None
    assert show([1, 2, 2, 3], "tally") == "{1=>1, 2=>2, 3=>1}"
    assert show([1, 2, 3], "partition", block=blk(lambda x: x % 2 == 1)) == "[[1, 3], [2]]"
    assert show([1, 2, 3], "group_by", block=blk(lambda x: x % 2)) == "{1=>[1, 3], 0=>[2]}"
    assert call([1, 2, 3], "each_with_object", [], block=blk(lambda x, acc: acc.append(x * 2))) \
        == [2, 4, 6]


def test_array_building():
    assert call([1, [2, [3, [4]]]], "flatten", 1) == [1, 2, [3, [4]]]
    assert call([1, 2, 3], "zip", [4, 5], [6]) == [[1, 4, 6], [2, 5, None], [3, None, None]]
    assert call([1, 2], "product", [3, 4]) == [[1, 3], [1, 4], [2, 3], [2, 4]]
    assert show(call([1, 2, 3], "combination", 2), "to_a") == "[[1, 2], [1, 3], [2, 3]]"
    assert call(call([1, 2, 3], "permutation", 2), "count") == 6
    assert error([[1, 2], [1]], "transpose") == "IndexError: element size differs (1 should be 2)"
    assert call([1, 2, 3], "rotate") == [2, 3, 1] and call([1, 2, 3], "rotate", -1) == [3, 1, 2]
    assert call([1, 2, 3], "values_at", 0, 2, 5) == [1, 3, None]
    assert call([1, 2, 3], "bsearch", block=blk(lambda x: x >= 2)) == 2
    chunks = call([1, 2, 4, 5], "slice_when", block=blk(lambda a, b: b != a + 1))
    assert call(chunks, "to_a") == [[1, 2], [4, 5]]
    chunks = call([1, 2, 3, 4], "chunk_while", block=blk(lambda a, b: b == a + 1))
    assert call(chunks, "to_a") == [[1, 2, 3, 4]]
    assert call([1, 2, 3], "-", [2]) == [1, 3] and call([1, 1, 2], "|", [2, 3]) == [1, 2, 3]
    assert call([[1, 2], [1, 2], [3]], "uniq") == [[1, 2], [3]]
    assert call([1, 2], "*", 2) == [1, 2, 1, 2]
    assert error([1, 2], "+", None) == "TypeError: no implicit conversion of nil into Array"
    assert show([[1, 2], [3, 4]], "to_h") == "{1=>2, 3=>4}"


def test_array_join():
    assert show([1, [2, 3]], "join", S(",")) == '"1,2,3"'
    assert show([1, None, "a", 2.5], "join", S("-")) == '"1--a-2.5"'
    assert show([1, 2], "*", S(",")) == '"1,2"'


def test_array_predicates():
    assert call([1, 2], "include?", 2) and not call([1, 2], "include?", True)
    assert call([True], "index", 1) is None
    assert call([1, 2, 3], "all?", block=blk(lambda x: x > 0))
    assert call([None, False], "none?") and call([None, 1], "one?")
    int_class = call(1, "class")
    assert call([1, S("a")], "any?", int_class) and not call([S("a")], "any?", int_class)


def test_array_enumerators():
    a = [1, 2, 3]
    assert show(call(a, "each"), "inspect") == '"#<Enumerator: [1, 2, 3]:each>"'
    assert show(call(a, "each_slice", 2), "inspect") == '"#<Enumerator: [1, 2, 3]:each_slice(2)>"'
    assert call(call(a, "each_slice", 2), "to_a") == [[1, 2], [3]]
    assert call(call(a, "each_cons", 2), "to_a") == [[1, 2], [2, 3]]
    assert call(call(a, "each_slice", 2), "size") == 2
    assert call(call(a, "map"), "size") == 3
    assert call(call(a, "cycle"), "first", 5) == [1, 2, 3, 1, 2]
    pairs = call(a, "each_with_index")
    assert call(pairs, "map", block=blk(lambda x, i: x * i)) == [0, 2, 6]
    assert call(pairs, "to_a") == [[1, 0], [2, 1], [3, 2]]
    assert call(call(a, "map"), "with_index", 1, block=blk(lambda x, i: x * i)) == [1, 4, 9]
    assert call(call(call(a, "each"), "with_index", 1), "to_a") == [[1, 1], [2, 2], [3, 3]]
    assert call(a, "each_slice", 2, block=blk(lambda s: None)) is a


def test_min_max_n_order_equal_elements_as_crubys():
    # CRuby's rb_nmin_run: a quickselect cut, then a stable sort (reversed for max)
    words = [S("bb"), S("a"), S("cc"), S("d"), S("ee")]
    size = blk(lambda w: len(w.s))
    by_size = blk(lambda a, b: (len(a.s) > len(b.s)) - (len(a.s) < len(b.s)))
    assert show(words[:4], "max_by", 2, block=size) == '["cc", "bb"]'
    assert show(words[:4], "min_by", 2, block=size) == '["a", "d"]'
    assert show(words, "max", 3, block=by_size) == '["ee", "bb", "cc"]'
    pairs = [[2, 0], [1, 1], [2, 2], [1, 3], [2, 4]]
    first = blk(lambda a, b: (a[0] > b[0]) - (a[0] < b[0]))
    assert show(pairs, "max", 2, block=first) == "[[2, 0], [2, 2]]"
    assert show(pairs, "min", 2, block=first) == "[[1, 3], [1, 1]]"
    assert call([3, 1, 2], "max", 2) == [3, 2] and call([3, 1, 2], "min", 0) == []
    assert error([1], "min", -1) == "ArgumentError: negative size (-1)"


def test_enumerator_new_with_a_yielder(realm):
    def fib_block(y):
        a, b = 0, 1
        while True:
            call(y, "<<", a)
            a, b = b, a + b
    fib = call(realm.Enumerator, "new", block=blk(fib_block))
    assert show(call(fib, "class"), "itself") == "Enumerator"
    assert call(fib, "take", 10) == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
    assert call(call(fib, "each_slice", 3), "first", 2) == [[0, 1, 1], [2, 3, 5]]
    assert call(call(fib, "each_cons", 2), "first", 2) == [[0, 1], [1, 1]]
    assert [call(fib, "next") for _ in range(4)] == [0, 1, 1, 2] and call(fib, "peek") == 3
    for _ in range(1500):                   # past the first batch next takes
        call(fib, "next")
    assert call(fib, "next") > 10 ** 300
    pairs = call(realm.Enumerator, "new", 3, block=blk(
        lambda y: [call(y, "yield", i, i * 2) for i in range(3)] and S("done")))
    assert call(pairs, "to_a") == [[0, 0], [1, 2], [2, 4]] and call(pairs, "size") == 3
    assert call(pairs, "each", block=blk(lambda *xs: None)).s == "done"
    assert error(realm.Enumerator, "new") == \
        "ArgumentError: tried to create Proc object without a block"


def test_early_exit_from_each_is_not_a_ruby_exception():
    # Enumerable#first leaves `each` with a host exception that a Ruby
    # `rescue => e` in that `each` must not catch
    from guests.rbish.builtins.enumerable import _StopEach
    from guests.rbish.runtime import exception_object
    assert exception_object(_StopEach()) is None


def test_enumerable_each_slice_cons_with_object():
    r = RRange(1, 5)
    assert call(call(r, "each_slice", 2), "to_a") == [[1, 2], [3, 4], [5]]
    assert call(call(r, "each_slice", 2), "size") == 3
    assert call(call(r, "each_cons", 2), "to_a") == [[1, 2], [2, 3], [3, 4], [4, 5]]
    assert call(r, "each_slice", 2, block=blk(lambda g: None)) is r
    assert call(r, "each_with_object", [], block=blk(lambda x, acc: acc.append(x))) == \
        [1, 2, 3, 4, 5]
    assert error(r, "each_slice", 0) == "ArgumentError: invalid slice size"
    assert error(r, "each_cons", 0) == "ArgumentError: invalid size"
    endless = RRange(1, None)
    assert call(call(endless, "each_slice", 2), "first", 2) == [[1, 2], [3, 4]]
    assert call(call(endless, "each"), "next") == 1


def test_struct_instances_are_hash_keys_by_content(realm):
    # P = Struct.new(:x, :y); {P.new(1, 2) => :a}[P.new(1, 2)]
    p_class = call(realm.Struct, "new", "x", "y")
    a, b, c = (call(p_class, "new", *xy) for xy in ((1, 2), (1, 2), (1.0, 2)))
    assert call(RHash({a: S("a")}), "[]", b).s == "a"
    assert len(call([a, b, c], "uniq")) == 2 and call(a, "hash") == call(b, "hash")
    assert call(a, "eql?", b) is True and call(a, "eql?", c) is False
    assert call(a, "==", c) is True


def test_require_set(realm):
    m = realm.main
    assert "Set" not in realm.Object.consts          # a program may define its own Set
    assert error([1], "to_set").startswith("NoMethodError: undefined method `to_set'")
    assert call(m, "require", S("set")) is True and call(m, "require", S("set")) is False
    assert call(m, "require", S("pp")) is True
    assert error(m, "require", S("nope")) == "LoadError: cannot load such file -- nope"
    set_class = realm.Object.consts["Set"]
    s = call(set_class, "[]", 3, 1, 2)
    assert show(s, "inspect") == '"#<Set: {3, 1, 2}>"'
    assert call(s, "add?", 1) is None and call(call(s, "<<", 5), "size") == 4
    assert show(call(s, "|", [9]), "to_a") == "[3, 1, 2, 5, 9]"
    assert show(call(s, "&", [1, 3]), "to_a") == "[1, 3]"
    assert show(call(s, "^", call(set_class, "[]", 1, 7)), "to_a") == "[7, 3, 2, 5]"
    assert call(s, "subset?", call(set_class, "[]", 1, 2, 3, 5, 6)) is True
    assert call(s, "==", call(set_class, "[]", 5, 3, 2, 1)) is True
    assert call(RHash({s: 1}), "[]", call(s, "dup")) == 1         # equal Sets: one key
    assert show(call([1, 2, 2], "to_set"), "inspect") == '"#<Set: {1, 2}>"'
    assert show(call(RRange(1, 3), "to_set", block=blk(lambda x: x * 10)), "to_a") == \
        "[10, 20, 30]"
    assert call(call(s, "map", block=blk(lambda x: x)), "class") is realm.Array
    assert call(set_class, "[]", [1, 2]) is not None and \
        call(call(set_class, "[]", [1, 2]), "include?", [1, 2]) is True
    call(s, "freeze")
    assert error(s, "<<", 4) == \
        "FrozenError: can't modify frozen Hash: {3=>true, 1=>true, 2=>true, 5=>true}"


def test_enumerator_next():
    e = call([1, 2, 3], "each")
    assert [call(e, "next") for _ in range(3)] == [1, 2, 3]
    assert error(e, "next") == "StopIteration: iteration reached an end"
    call(e, "rewind")
    assert call(e, "peek") == 1


# -- Hash ---------------------------------------------------------------------------------------
def test_hash_defaults_and_fetch():
    h = call(call(1, "class"), "class")   # any object will do; Hash.new needs Hash
    from guests.rbish import objects
    hash_class = objects.R.Hash
    h = call(hash_class, "new", 5)
    assert call(h, "[]", "x") == 5 and len(h) == 0
    h = call(hash_class, "new", block=blk(lambda hh, k: call(hh, "[]=", k, [])))
    call(call(h, "[]", "a"), "<<", 1)
    assert show(h, "inspect") == '"{:a=>[1]}"'
    assert error(RHash(), "fetch", "x") == "KeyError: key not found: :x"
    assert error(RHash(), "fetch", S("x")) == 'KeyError: key not found: "x"'
    assert call(RHash(), "fetch", "x", 3) == 3


def test_hash_string_keys_are_frozen_copies():
    h, key = RHash(), S("k")
    call(h, "[]=", key, 1)
    stored = next(iter(h))
    assert stored is not key and stored.frozen and not key.frozen
    assert call(h, "[]", S("k")) == 1


def test_hash_array_keys():
    h = RHash()
    call(h, "[]=", [1, 2], 3)
    assert call(h, "[]", [1, 2]) == 3 and call(h, "key?", [1, 2])
    assert type(call(h, "keys")[0]) is list
    assert show(h, "inspect") == '"{[1, 2]=>3}"'
    assert call(h, "delete", [1, 2]) == 3 and not h


def test_hash_iteration_yields_pairs():
    h = RHash({"a": 1, "b": 2})
    seen = []
    call(h, "each", block=blk(lambda pair: seen.append(pair)))
    assert seen == [["a", 1], ["b", 2]]
    assert call(h, "select", block=blk(lambda k, v: v > 1)) == {"b": 2}
    assert call(h, "map", block=blk(lambda p: p[1])) == [1, 2]
    assert show(h, "sort_by", block=blk(lambda p: -p[1])) == "[[:b, 2], [:a, 1]]"
    assert show(h, "min_by", block=blk(lambda p: p[1])) == "[:a, 1]"
    assert call(h, "sum", block=blk(lambda p: p[1])) == 3
    assert call(h, "count", block=blk(lambda p: p[1] > 1)) == 1
    assert show(h, "find", block=blk(lambda p: p[1] == 2)) == "[:b, 2]"
    assert show(h, "each_with_index", block=blk(lambda p, i: None)) == "{:a=>1, :b=>2}"
    assert show(call(h, "each"), "inspect") == '"#<Enumerator: {:a=>1, :b=>2}:each>"'


def test_hash_transformations():
    h = RHash({"a": 1})
    merged = call(h, "merge", RHash({"a": 2, "b": 3}), block=blk(lambda k, old, new: old + new))
    assert show(merged, "inspect") == '"{:a=>3, :b=>3}"'
    assert show(h, "invert") == "{1=>:a}"
    assert show(h, "to_a") == "[[:a, 1]]" and show(h, "first") == "[:a, 1]"
    assert show(h, "transform_values", block=blk(lambda v: v * 10)) == "{:a=>10}"
    assert call(h, "==", RHash({"a": 1.0})) and not call(h, "==", RHash({"a": 2}))
    assert call(h, "any?") and not call(RHash(), "any?")


# -- Range --------------------------------------------------------------------------------------
def test_range_basics():
    assert inspect(RRange(1, None)) == "1.." and show(RRange(1, 10), "to_s") == '"1..10"'
    assert call(RRange(1, 10), "sum") == 55 and call(RRange(1, 10, True), "sum") == 45
    assert call(RRange(1, 0), "sum") == 0
    assert call(RRange(1, 4), "sum", block=blk(lambda x: x * 2)) == 20
    assert call(RRange(1.0, 3.0), "size") == 3 and inspect(call(RRange(1, None), "size")) == \
        "Infinity"
    assert call(RRange(1, 3, True), "max") == 2 and call(RRange(3, 1), "min") is None
    assert error(RRange(1, 3.5, True), "max") == "TypeError: cannot exclude non Integer end value"
    assert error(RRange(1.0, 2.0), "each", block=blk(print)) == \
        "TypeError: can't iterate from Float"
    assert error(RRange(1, None), "to_a") == "RangeError: cannot convert endless range to an array"
    assert call(RRange(1, None), "first", 3) == [1, 2, 3]
    assert call(RRange(1, 10), "last", 3) == [8, 9, 10]
    assert call(RRange(1, 10), "count", block=blk(lambda x: x % 2 == 0)) == 5


def test_range_step():
    assert call(call(RRange(1, 10), "step", 3), "to_a") == [1, 4, 7, 10]
    assert call(call(RRange(1, 10, True), "step", 3), "to_a") == [1, 4, 7]
    assert call(call(RRange(1.0, 2.0), "step", 0.5), "to_a") == [1.0, 1.5, 2.0]
    assert call(call(RRange(1, 2), "step", 0.5), "to_a") == [1.0, 1.5, 2.0]


def test_range_membership():
    assert call(RRange(1, 10), "include?", 10) and not call(RRange(1, 10, True), "include?", 10)
    assert call(RRange(1, None), "===", 10**20)
    assert not call(RRange(S("a"), S("z")), "include?", S("bb"))
    assert call(RRange(1, 3), "==", RRange(1, 3)) and not call(RRange(1, 3), "==", RRange(1, 4))


def test_range_as_enumerable():
    assert call(call(RRange(1, 3), "each_slice", 2), "to_a") == [[1, 2], [3]]
    assert call(call(RRange(1, 3), "each_with_index"), "to_a") == [[1, 0], [2, 1], [3, 2]]
    assert call(RRange(1, 3), "inject", "*") == 6
    assert call(RRange(1, 10), "select", block=blk(lambda x: x % 2 == 0)) == [2, 4, 6, 8, 10]
    assert call(call(RRange(1, 3), "reverse_each"), "to_a") == [3, 2, 1]
    assert show(call(RRange(1, 3, True), "each"), "inspect") == '"#<Enumerator: 1...3:each>"'


def test_array_slices_with_ranges():
    assert call([1, 2, 3, 4], "slice!", RRange(1, 2)) == [2, 3]


# -- Enumerable on a class written in Ruby ------------------------------------------------------
def enumerable_class(*values):
    """class Foo; include Enumerable; def each; yield ... end end"""
    from guests.rbish import objects
    cls = ruby_class("Foo")
    call(cls, "include", objects.R.Enumerable)

    def each(obj, block):
        for v in values:
            block.call(*v) if type(v) is tuple else block.call(v)
        return obj
    cls.methods["each"] = objects.Builtin(each, "each", True)
    objects.methods_changed()
    return RObject(cls)


def test_enumerable_over_each():
    f = enumerable_class(3, 1, 2)
    assert call(f, "map", block=blk(lambda v: v + 1)) == [4, 2, 3]
    assert call(f, "sort") == [1, 2, 3] and call(f, "min") == 1 and call(f, "sum") == 6
    assert call(f, "include?", 2) and call(f, "first") == 3 and call(f, "first", 2) == [3, 1]
    assert call(call(f, "each_slice", 2), "to_a") == [[3, 1], [2]]
    assert call(f, "each_with_index", block=blk(lambda v, i: None)) is f
    assert call(f, "find", block=blk(lambda v: v < 3)) == 1
    assert call(f, "sort_by", block=blk(lambda v: -v)) == [3, 2, 1]
    assert call(f, "inject", "+") == 6 and call(f, "to_a") == [3, 1, 2]


def test_enumerable_minmax_by_find_all_grep():
    f = enumerable_class(S("aa"), S("b"), S("cccc"), S("dd"))
    # %w[aa b cccc dd].minmax_by(&:size) (ties: the first one)
    assert show(f, "minmax_by", block=blk(lambda s: len(s.s))) == '["b", "cccc"]'
    assert show(enumerable_class(), "minmax_by", block=blk(lambda s: s)) == "[nil, nil]"
    assert show(f, "find_all", block=blk(lambda s: len(s.s) == 2)) == '["aa", "dd"]'
    assert show(RHash({"a": 1, "b": 2}), "find_all", block=blk(lambda kv: kv[1] > 1)) == \
        "[[:b, 2]]"
    assert show(RRange(1, 6), "find_all", block=blk(lambda x: x % 2 == 0)) == "[2, 4, 6]"
    pattern = call(call(1, "class"), "superclass")           # Numeric
    assert show([1, "a", S("b"), 2.0], "grep", pattern) == "[1, 2.0]"
    assert show([1, 2, 3], "grep_v", 2) == "[1, 3]"
    assert show(f, "grep", RRange(S("b"), S("d")), block=blk(lambda s: S(s.s.upper()))) == \
        '["B", "CCCC"]'


def test_chunk_and_slice_before_after():
    def chunks(recv, name, *args, block=None):
        return show(call(recv, name, *args, block=block), "to_a")
    # [1, 2, 4, 5, 7, 8].chunk(&:even?).to_a
    assert chunks([1, 2, 4, 5, 7, 8], "chunk", block=blk(lambda x: x % 2 == 0)) == \
        "[[false, [1]], [true, [2, 4]], [false, [5, 7]], [true, [8]]]"
    assert chunks([1, None, 2, 3], "chunk",
                  block=blk(lambda x: "_separator" if x is None else True)) == \
        "[[true, [1]], [true, [2, 3]]]"
    assert chunks([1, 2, 3], "chunk", block=blk(lambda x: "_alone" if x == 2 else True)) == \
        "[[true, [1]], [:_alone, [2]], [true, [3]]]"
    assert error([1], "chunk", block=blk(lambda x: "_foo")) == \
        "RuntimeError: symbols beginning with an underscore are reserved"
    assert chunks(RRange(1, 6), "slice_before", block=blk(lambda x: x % 3 == 0)) == \
        "[[1, 2], [3, 4, 5], [6]]"
    assert chunks(RRange(1, 6), "slice_after", block=blk(lambda x: x % 2 == 0)) == \
        "[[1, 2], [3, 4], [5, 6]]"
    assert chunks([S("a"), S("b#"), S("c")], "slice_after", S("b#")) == '[["a", "b#"], ["c"]]'
    assert chunks([], "slice_before", 1) == "[]"


def test_enum_for():
    f = enumerable_class(1, 2)
    e = call(f, "enum_for")
    assert call(e, "map", block=blk(lambda x: x * 10)) == [10, 20]
    assert call(call([1, 2, 3], "to_enum", "each_slice", 2), "to_a") == [[1, 2], [3]]


def test_each_entry_and_compact():
    f = enumerable_class((1, 2), None, 3)
    seen = []
    assert call(f, "each_entry", block=blk(seen.append)) is f and seen == [[1, 2], None, 3]
    assert call(f, "compact") == [[1, 2], 3]


def test_lazy():
    endless = RRange(1, float("inf"))
    lazy = call(endless, "lazy")
    assert show(lazy, "inspect") == '"#<Enumerator::Lazy: 1..Infinity>"'
    assert show(call(lazy, "class"), "name") == '"Enumerator::Lazy"'
    doubled = call(lazy, "map", block=blk(lambda x: x * 2))
    assert show(doubled, "inspect") == \
        '"#<Enumerator::Lazy: #<Enumerator::Lazy: 1..Infinity>:map>"'
    # (1..Float::INFINITY).lazy.select { |x| x % 3 == 0 }.map { |x| x * x }.first(4)
    squares = call(call(lazy, "select", block=blk(lambda x: x % 3 == 0)), "map",
                   block=blk(lambda x: x * x))
    assert call(squares, "first", 4) == [9, 36, 81, 144] and call(squares, "first") == 9
    assert call(call(lazy, "take", 3), "to_a") == [1, 2, 3]
    assert call(call(lazy, "take_while", block=blk(lambda x: x < 4)), "force") == [1, 2, 3]
    assert call(call(call(RRange(1, 10), "lazy"), "drop_while", block=blk(lambda x: x < 8)),
                "to_a") == [8, 9, 10]
    pairs = call(call(lazy, "flat_map", block=blk(lambda x: [x, -x])), "first", 4)
    assert pairs == [1, -1, 2, -2]
    assert call(call(lazy, "each_with_index"), "first", 2) == [[1, 0], [2, 1]]
    assert call(call(call([3, 1, 3, None], "lazy"), "uniq"), "to_a") == [3, 1, None]
    assert call(call(call(RRange(1, 7), "lazy"), "each_slice", 3), "to_a") == \
        [[1, 2, 3], [4, 5, 6], [7]]
    assert call(call(lazy, "map", block=blk(lambda x: x)), "include?", 5) is True
    assert error(lazy, "map") == "ArgumentError: tried to call lazy map without a block"
    # each step runs per element: m1 s1 for .first, then m1 s1 m2 s2 m3 s3 for .to_a
    trace = []
    steps = call(call(call(RRange(1, 3), "lazy"), "map",
                      block=blk(lambda x: trace.append(f"m{x}") or x)),
                 "select", block=blk(lambda x: trace.append(f"s{x}") or x % 2 == 1))
    assert call(steps, "first") == 1 and trace == ["m1", "s1"]
    assert call(steps, "to_a") == [1, 3] and trace[2:] == ["m1", "s1", "m2", "s2", "m3", "s3"]


def test_enumerable_packs_several_yielded_values():
    # def each; yield 1, 2; yield 3; yield; end
    f = enumerable_class((1, 2), 3, ())
    assert show(f, "to_a") == "[[1, 2], 3, nil]"
    assert show(f, "map", block=blk(lambda *xs: xs[0] if xs else None)) == "[1, 3, nil]"
    assert show(call(f, "each_slice", 2), "to_a") == "[[[1, 2], 3], [nil]]"
    assert show(f, "first") == "[1, 2]"


# -- Object, Module, Class ---------------------------------------------------------------------
def test_object_inspect_and_to_s(realm):
    foo = ruby_class("Foo")
    obj = call(foo, "new")
    assert show(obj, "inspect") == '"#<Foo>"' and show(obj, "to_s") == '"#<Foo>"'
    obj.ivars["@a"], obj.ivars["@b"] = 1, S("x")
    assert inspect(obj) == '#<Foo @a=1, @b="x">'
    assert show(realm.main, "to_s") == '"main"' and inspect(realm.main) == "main"


def test_class_new_runs_initialize():
    foo = ruby_class("Foo")
    assert error(foo, "new", 1) == "ArgumentError: wrong number of arguments (given 1, expected 0)"


def test_attr_accessor_and_visibility():
    bar = ruby_class("Bar")
    assert call(bar, "attr_accessor", "q", "r") == ["q", "q=", "r", "r="]
    assert call(bar, "private", "q") == "q" and call(bar, "private") is None
    assert bar.default_visibility == "private"
    assert call(bar, "alias_method", "z", "r") == "z"
    obj = call(bar, "new")
    call(obj, "r=", 5)
    assert call(obj, "z") == 5 and call(obj, "r") == 5
    assert error(obj, "public_send", "q").startswith("NoMethodError: private method `q' called")
    assert call(obj, "respond_to?", "r") and not call(obj, "respond_to?", "q")
    assert call(obj, "respond_to?", "q", True)
    assert error(bar, "alias_method", "a", "nope") == \
        "NameError: undefined method `nope' for class `Bar'"
    assert error(bar, "remove_method", "nope") == "NameError: method `nope' not defined in Bar"


def test_modules_and_ancestry(realm):
    mod = RClass("M", is_module=True)
    foo = ruby_class("Foo")
    call(foo, "include", mod)
    assert show(foo, "ancestors") == "[Foo, M, Object, Kernel, BasicObject]"
    obj = call(foo, "new")
    assert call(obj, "is_a?", mod) and call(mod, "===", obj) and call(foo, "include?", mod)
    assert call(foo, "<", realm.Object) and call(realm.Object, "<", foo) is False
    assert call(realm.Integer, "<", realm.String) is None
    assert error(1, "is_a?", 3) == "TypeError: class or module required"
    assert error(foo, "include", 3) == "TypeError: wrong argument type Integer (expected Module)"


def test_nested_class_names(realm):
    """A class defined inside another is named by its whole path when it is
    made (runtime.define_class), and const_set names an anonymous class so."""
    a = RClass("A", None, is_module=True)
    b = RClass("A::B", realm.Object)
    b.lexical_parent = a
    assert show(b, "name") == '"A::B"' and inspect(b) == "A::B"
    c = RClass(None, realm.Object)
    call(a, "const_set", "C", c)
    assert show(c, "name") == '"A::C"'


def test_define_method_send_and_method_objects():
    foo = ruby_class("Foo")
    assert call(foo, "define_method", "twice", block=blk(lambda x: x * 2)) == "twice"
    obj = call(foo, "new")
    assert call(obj, "send", "twice", 4) == 8
    m = call(obj, "method", "twice")
    assert call(m, "call", 5) == 10
    assert call(call([1, 2], "method", "push"), "arity") == -1
    assert call(call(1, "method", "+"), "arity") == 1
    # methods written in C: arity -1 and [[:rest]] unless their arity is fixed
    assert call(call(1, "method", "round"), "arity") == -1
    assert call(call(S("a"), "method", "center"), "arity") == -1
    assert show(call(1, "method", "round"), "parameters") == "[[:rest]]"
    assert show(call(1, "method", "between?"), "parameters") == "[[:req], [:req]]"
    square = blk(lambda x: x * x)
    square.is_lambda = True
    plus_one = call(call(1, "method", "+"), ">>", square)     # 1.method(:+) >> square
    assert call(plus_one, "call", 2) == 9 and call(plus_one, "lambda?") is True


def test_proc_composition():
    square = blk(lambda x: x * x)
    square.is_lambda = True
    inc = blk(lambda x: x + 1)
    assert call(call(square, ">>", inc), "call", 3) == 10       # inc.(square.(3))
    assert call(call(square, "<<", inc), "call", 3) == 16       # square.(inc.(3))
    assert call(call(square, ">>", inc), "lambda?") is True
    assert call(call(inc, ">>", square), "lambda?") is False
    upcase = call("upcase", "to_proc")
    assert show(call(call(upcase, ">>", call("reverse", "to_proc")), "call", S("ab")),
                "itself") == '"BA"'


def test_constants_and_class_variables():
    foo = ruby_class("Foo")
    call(foo, "const_set", "X", 1)
    assert call(foo, "const_get", "X") == 1 and call(foo, "const_defined?", "X")
    assert error(foo, "const_get", "Zap") == "NameError: uninitialized constant Foo::Zap"
    assert error(foo, "const_set", "x", 1) == "NameError: wrong constant name x"
    call(foo, "class_variable_set", "@@n", 3)
    assert call(foo, "class_variable_get", "@@n") == 3 and call(foo, "class_variables") == ["@@n"]


def test_instance_variables_dup_and_freeze():
    foo = ruby_class("Foo")
    obj = call(foo, "new")
    call(obj, "instance_variable_set", "@a", [1])
    copy = call(obj, "dup")
    assert copy.ivars == {"@a": [1]} and copy is not obj and copy.ivars["@a"] is obj.ivars["@a"]
    assert call(obj, "instance_variables") == ["@a"]
    assert error(obj, "instance_variable_get", "x") == \
        "NameError: `x' is not allowed as an instance variable name"
    assert not call(obj, "frozen?") and call(call(obj, "freeze"), "frozen?")
    assert call(1, "frozen?") and call("sym", "frozen?") and not call(S("a"), "frozen?")


def test_singleton_methods_and_extend(realm):
    foo = ruby_class("Foo")
    obj = call(foo, "new")
    call(obj, "define_singleton_method", "hi", block=blk(lambda: 7))
    assert call(obj, "hi") == 7 and call(obj, "class") is foo
    other = call(foo, "new")
    assert not call(other, "respond_to?", "hi")
    mod = RClass("M", is_module=True)
    mod.methods["greet"] = mod.methods.get("greet") or \
        call(call(realm.Object, "new"), "method", "itself").method
    call(other, "extend", mod)
    assert call(other, "is_a?", mod)


# -- Struct -------------------------------------------------------------------------------------
def test_struct(realm):
    point = call(realm.Struct, "new", "x", "y")
    call(realm.Object, "const_set", "Point", point)
    p = call(point, "new", 1, 2)
    assert inspect(p) == "#<struct Point x=1, y=2>"
    assert call(p, "x") == 1 and call(p, "to_a") == [1, 2] and call(point, "members") == ["x", "y"]
    assert call(p, "==", call(point, "new", 1, 2))
    assert inspect(call(point, "new", 1)) == "#<struct Point x=1, y=nil>"
    assert error(point, "new", 1, 2, 3) == "ArgumentError: struct size differs"
    call(p, "x=", 5)
    assert call(p, "[]", 0) == 5 and call(p, "[]", "y") == 2
    assert show(p, "to_h") == "{:x=>5, :y=>2}"
    anonymous = call(realm.Struct, "new", "a", "b")
    assert inspect(call(anonymous, "new", 1, 2)) == "#<struct a=1, b=2>"
    keyed = call(realm.Struct, "new", "a", "b", KwArgs({"keyword_init": True}))
    assert inspect(call(keyed, "new", KwArgs({"a": 1, "b": 2}))) == "#<struct a=1, b=2>"


def test_class_new_and_module_new(realm):
    cls = call(realm.Class, "new", realm.StandardError)
    assert cls.superclass is realm.StandardError and call(cls, "name") is None
    mod = call(realm.Module, "new")
    assert mod.is_module
    obj = call(realm.Object, "new")
    call(obj, "define_singleton_method", "hi", block=blk(lambda: 1))
    assert call(obj, "singleton_methods") == ["hi"]
