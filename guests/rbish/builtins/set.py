"""Set, as `require 'set'` defines it in Ruby 3.1 (the class does not exist
before: a program may define its own Set).

A Set is an RObject of class Set (so it can be subclassed) whose elements
are the keys of a hidden RHash, in insertion order, stored as Hash keys are
(hash.hash_key).  Most of what a Set answers comes from Enumerable over its
`each`, as in Ruby.
"""
from __future__ import annotations

from .. import objects
from ..objects import (RHash, RObject, RString, builtin, methods_changed, rb_error, send,
                       truthy)
from .enumerable import values_of
from .hash import hash_key, plain

#: the hidden ivar (no @) holding a Set's elements
ITEMS = "__items__"


def _items(s) -> RHash:
    items = s.ivars.get(ITEMS)
    if items is None:
        items = s.ivars[ITEMS] = RHash()
    return items


def _elements(s):
    return [plain(k) for k in _items(s)]


def _check_frozen(s):
    from .object import is_frozen
    if is_frozen(s):
        from .format import inspect
        # set.rb keeps its elements in a Hash, and that is what CRuby names
        shown = RHash()
        for k in _items(s):
            shown[k] = True
        raise rb_error("FrozenError", f"can't modify frozen Hash: {inspect(shown)}")


def _enum_values(enum):
    """The elements of a Set, Array or other Enumerable argument."""
    if type(enum) is RObject and ITEMS in enum.ivars:
        return _elements(enum)
    if type(enum) is list:
        return enum
    if enum is None or not objects.responds_to(enum, "each"):
        raise rb_error("ArgumentError", "value must be enumerable")
    return values_of(enum)


def _need_set(other):
    if not (type(other) is RObject and ITEMS in other.ivars):
        raise rb_error("ArgumentError", "value must be a set")
    return other


def new_set(cls, values=()):
    s = RObject(cls)
    items = _items(s)
    for v in values:
        items[hash_key(v)] = True
    return s


# -- making sets -----------------------------------------------------------------------------
@builtin("Set", "[]", singleton=True)
def set_literal(cls, *values):
    return new_set(cls, values)


@builtin("Set", "initialize", block=True, visibility="private")
def set_initialize(s, blk, enum=None):
    items = _items(s)
    items.clear()
    if enum is not None:
        for v in _enum_values(enum):
            items[hash_key(blk.call(v) if blk is not None else v)] = True
    return None


@builtin("Set", "initialize_copy", "initialize_clone", "initialize_dup",
         visibility="private")
def set_initialize_copy(s, original):
    s.ivars[ITEMS] = RHash(_items(original))
    return s


@builtin("Set", "dup", "clone")
def set_dup(s, *freeze):
    return new_set(s.cls if not s.cls.is_singleton else s.cls.superclass, _elements(s))


@builtin("Enumerable", "to_set", block=True)
def to_set(recv, blk, *args):
    cls = objects.R.Object.consts["Set"]
    s = new_set(cls)
    set_initialize(s, blk, recv)
    return s


# -- reading -------------------------------------------------------------------------------
@builtin("Set", "size", "length")
def set_size(s):
    return len(_items(s))


@builtin("Set", "empty?")
def set_empty(s):
    return not _items(s)


@builtin("Set", "include?", "member?", "===", "contain?")
def set_include(s, value):
    try:
        return hash_key(value) in _items(s)
    except TypeError:
        return False


@builtin("Set", "each", block=True)
def set_each(s, blk):
    if blk is None:
        from .enumerable import make_enumerator
        return make_enumerator(s, "each", [])
    for v in _elements(s):
        blk.call(v)
    return s


@builtin("Set", "to_a")
def set_to_a(s):
    return _elements(s)


@builtin("Set", "to_set")
def set_to_set(s, *args):
    return s


@builtin("Set", "first")
def set_first(s, n=None):
    values = _elements(s)
    if n is None:
        return values[0] if values else None
    return values[:n]


@builtin("Set", "inspect", "to_s")
def set_inspect(s):
    from .format import inspect
    name = objects.real_class(s).name
    return RString(f"#<{name}: {{{', '.join(inspect(v) for v in _elements(s))}}}>")


# -- changing ------------------------------------------------------------------------------
@builtin("Set", "add", "<<")
def set_add(s, value):
    _check_frozen(s)
    _items(s)[hash_key(value)] = True
    return s


@builtin("Set", "add?")
def set_add_p(s, value):
    if set_include(s, value):
        return None
    return set_add(s, value)


@builtin("Set", "delete")
def set_delete(s, value):
    _check_frozen(s)
    _items(s).pop(hash_key(value), None)
    return s


@builtin("Set", "delete?")
def set_delete_p(s, value):
    if not set_include(s, value):
        return None
    return set_delete(s, value)


@builtin("Set", "merge")
def set_merge(s, *enums):
    _check_frozen(s)
    items = _items(s)
    for enum in enums:
        for v in _enum_values(enum):
            items[hash_key(v)] = True
    return s


@builtin("Set", "subtract")
def set_subtract(s, enum):
    _check_frozen(s)
    items = _items(s)
    for v in _enum_values(enum):
        items.pop(hash_key(v), None)
    return s


@builtin("Set", "clear")
def set_clear(s):
    _check_frozen(s)
    _items(s).clear()
    return s


@builtin("Set", "replace")
def set_replace(s, enum):
    _check_frozen(s)
    values = _enum_values(enum)
    items = _items(s)
    items.clear()
    for v in values:
        items[hash_key(v)] = True
    return s


def _filter(name, keep_when, answer_nil_if_same):
    def method(s, blk):
        if blk is None:
            from .enumerable import make_enumerator
            return make_enumerator(s, name, [])
        _check_frozen(s)
        items = _items(s)
        before = len(items)
        for k in list(items):
            if truthy(blk.call(plain(k))) is not keep_when:
                del items[k]
        return None if answer_nil_if_same and len(items) == before else s
    method.__name__ = "set_" + name.rstrip("!?")
    return method


builtin("Set", "delete_if", block=True)(_filter("delete_if", False, False))
builtin("Set", "reject!", block=True)(_filter("reject!", False, True))
builtin("Set", "keep_if", block=True)(_filter("keep_if", True, False))
builtin("Set", "select!", "filter!", block=True)(_filter("select!", True, True))


@builtin("Set", "map!", "collect!", block=True)
def set_map_bang(s, blk):
    _check_frozen(s)
    values = [blk.call(v) for v in _elements(s)]
    return set_replace(s, values)


# -- set algebra -----------------------------------------------------------------------------
def _same_class(s, values):
    return new_set(objects.real_class(s), values)


@builtin("Set", "|", "union", "+")
def set_union(s, enum):
    return set_merge(_same_class(s, _elements(s)), enum)


@builtin("Set", "-", "difference")
def set_difference(s, enum):
    return set_subtract(_same_class(s, _elements(s)), enum)


@builtin("Set", "&", "intersection")
def set_intersection(s, enum):
    return _same_class(s, [v for v in _enum_values(enum) if set_include(s, v)])


@builtin("Set", "^")
def set_xor(s, enum):
    # set.rb: the argument's elements, each of self's added or, if there, removed
    out = _same_class(s, _enum_values(enum))
    for v in _elements(s):
        if set_delete_p(out, v) is None:
            set_add(out, v)
    return out


def _all_in(values, s):
    return all(set_include(s, v) for v in values)


@builtin("Set", "subset?", "<=")
def set_subset(s, other):
    other = _need_set(other)
    return set_size(s) <= set_size(other) and _all_in(_elements(s), other)


@builtin("Set", "proper_subset?", "<")
def set_proper_subset(s, other):
    other = _need_set(other)
    return set_size(s) < set_size(other) and _all_in(_elements(s), other)


@builtin("Set", "superset?", ">=")
def set_superset(s, other):
    other = _need_set(other)
    return set_size(s) >= set_size(other) and _all_in(_elements(other), s)


@builtin("Set", "proper_superset?", ">")
def set_proper_superset(s, other):
    other = _need_set(other)
    return set_size(s) > set_size(other) and _all_in(_elements(other), s)


@builtin("Set", "<=>")
def set_compare(s, other):
    if not (type(other) is RObject and ITEMS in other.ivars):
        return None
    if set_eq(s, other):
        return 0
    if set_subset(s, other):
        return -1
    if set_superset(s, other):
        return 1
    return None


@builtin("Set", "intersect?")
def set_intersect(s, other):
    return any(set_include(s, v) for v in _enum_values(other))


@builtin("Set", "disjoint?")
def set_disjoint(s, other):
    return not set_intersect(s, other)


@builtin("Set", "==")
def set_eq(s, other):
    if s is other:
        return True
    if not (type(other) is RObject and ITEMS in other.ivars):
        return False
    return set_size(s) == set_size(other) and _all_in(_elements(other), s)


def set_hash(s):
    from .object import rb_hash
    return hash(frozenset(rb_hash(k) for k in _items(s)))


def set_eql(s, other):
    return (type(other) is RObject and ITEMS in other.ivars
            and set(_items(s)) == set(_items(other)))


@builtin("Set", "classify", block=True)
def set_classify(s, blk):
    out = RHash()
    for v in _elements(s):
        k = hash_key(blk.call(v))
        group = out.get(k)
        if group is None:
            group = out[k] = _same_class(s, [])
        set_add(group, v)
    return out


@builtin("Set", "join")
def set_join(s, sep=None):
    return send(_elements(s), "join", [] if sep is None else [sep])


# -- require 'set' ---------------------------------------------------------------------------
def define_set(realm):
    """Make the Set class (what loading set.rb does)."""
    from .object import host_hashed_method
    cls = objects.RClass("Set", realm.Object)
    cls.includes.append(realm.Enumerable)
    realm.classes["Set"] = cls
    realm.Object.consts["Set"] = cls
    for name, m in objects.BUILTINS.get("Set", {}).items():
        cls.methods[name] = objects._owned(m, cls)
    for name, m in objects.BUILTIN_SINGLETONS.get("Set", {}).items():
        cls.meta.methods[name] = objects._owned(m, cls.meta)
    host_hashed_method(cls, "hash", set_hash, 0)
    host_hashed_method(cls, "eql?", set_eql, 1)
    realm.Enumerable.methods["to_set"] = objects._owned(
        objects.BUILTINS["Enumerable"]["to_set"], realm.Enumerable)
    realm.const_serial += 1
    methods_changed()


@objects.on_new_realm
def _no_to_set_yet(realm):
    # Enumerable#to_set comes with set.rb
    realm.Enumerable.methods.pop("to_set", None)
