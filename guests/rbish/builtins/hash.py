"""Hash: an RHash (a host dict keeping Ruby's default value and block).

Keys are host values compared by host equality, which for Ruby's values is
Ruby's `eql?` (RObject asks the object's own `hash`/`eql?`).  Arrays and
Hashes are not hashable on the host, so a key that is one is stored as an
ArrayKey / HashKey: the same value in a subclass that hashes by content
(like Ruby, changing such a key after storing it loses it).  Reading keys
back gives the plain Array/Hash.

Hash#each and most iterators yield each entry as one [key, value] Array
(a block `|k, v|` spreads it); select, reject and their in-place forms yield
key and value as two values, as CRuby does.
"""
from __future__ import annotations

from ..objects import RHash, RString, builtin, check_frozen, rb_error, real_class, send, truthy
from .enumerable import make_enumerator
from .object import rb_equal, rb_hash

_MISSING = object()


class ArrayKey(list):
    """An Array stored as a Hash key."""

    __slots__ = ()

    def __hash__(self):
        return rb_hash(self)


class HashKey(RHash):
    """A Hash stored as a Hash key."""

    __slots__ = ()

    def __hash__(self):
        return rb_hash(self)


def hash_key(k):
    """k as the host can hash it (itself but for Arrays and Hashes)."""
    t = type(k)
    if t is list:
        return ArrayKey(hash_key(x) for x in k)
    if t is RHash:
        return HashKey({hash_key(x): v for x, v in k.items()})
    return k


def plain(k):
    """A stored key as Ruby sees it."""
    t = type(k)
    if t is ArrayKey:
        return [plain(x) for x in k]
    if t is HashKey:
        out = RHash()
        for x, v in k.items():
            out[plain(x)] = v
        return out
    return k


def store_key(k):
    """The key Hash#[]= stores: strings as a frozen copy, as Ruby does."""
    t = type(k)
    if t is RString:
        return k if k.frozen else RString(k.s, True)
    return hash_key(k) if t is list or t is RHash else k


def missing(h, key):
    """h[key] for a key h does not have: the default block's or value."""
    if h.default_proc is not None:
        return h.default_proc.call(h, key)
    return h.default


def lookup(h, key, default=_MISSING):
    try:
        return h.get(key, default)
    except TypeError:           # an Array or Hash key: unhashable as it is
        return h.get(hash_key(key), default)


def _pairs(h):
    """A snapshot of the entries as [key, value] Arrays (the block may change h)."""
    return [[plain(k), v] for k, v in h.items()]


def _inspect(v):
    from .format import inspect
    return inspect(v)


# -- making hashes ---------------------------------------------------------------------------
@builtin("Hash", "new", block=True, singleton=True)
def hash_new(cls, blk, default=None, *capacity):
    h = RHash()
    h.default = default
    h.default_proc = blk
    return h


@builtin("Hash", "[]", singleton=True)
def hash_literal(cls, *items):
    h = RHash()
    if len(items) == 1 and type(items[0]) is RHash:
        h.update(items[0])
    elif len(items) == 1 and type(items[0]) is list:
        for pair in items[0]:
            h[store_key(pair[0])] = pair[1] if len(pair) > 1 else None
    else:
        if len(items) % 2:
            raise rb_error("ArgumentError", "odd number of arguments for Hash")
        for i in range(0, len(items), 2):
            h[store_key(items[i])] = items[i + 1]
    return h


# -- reading ----------------------------------------------------------------------------
@builtin("Hash", "[]")
def aref(h, key):
    v = lookup(h, key)
    if v is _MISSING:
        return missing(h, key)
    return v


@builtin("Hash", "[]=", "store")
def aset(h, key, value):
    if h.frozen:
        check_frozen(h)
    h[store_key(key)] = value
    return value


@builtin("Hash", "fetch", block=True)
def fetch(h, blk, key, *default):
    v = lookup(h, key)
    if v is not _MISSING:
        return v
    if blk is not None:
        return blk.call(key)
    if default:
        return default[0]
    error = rb_error("KeyError", f"key not found: {_inspect(key)}")
    error.exc.ivars["key"], error.exc.ivars["receiver"] = key, h
    raise error


@builtin("Hash", "dig")
def dig(h, key, *rest):
    v = aref(h, key)
    if not rest or v is None:
        return v
    return send(v, "dig", list(rest))


@builtin("Hash", "key?", "has_key?", "include?", "member?")
def has_key(h, key):
    return lookup(h, key) is not _MISSING


@builtin("Hash", "value?", "has_value?")
def has_value(h, value):
    return any(rb_equal(v, value) for v in h.values())


@builtin("Hash", "key")
def key(h, value):
    for k, v in h.items():
        if rb_equal(v, value):
            return plain(k)
    return None


@builtin("Hash", "keys")
def keys(h):
    return [plain(k) for k in h]


@builtin("Hash", "values")
def values(h):
    return list(h.values())


@builtin("Hash", "values_at")
def values_at(h, *keys_):
    return [aref(h, k) for k in keys_]


@builtin("Hash", "fetch_values", block=True)
def fetch_values(h, blk, *keys_):
    return [fetch(h, blk, k) for k in keys_]


@builtin("Hash", "length", "size")
def length(h):
    return len(h)


@builtin("Hash", "count", block=True)
def count(h, blk, *value):
    if value:
        return sum(1 for p in _pairs(h) if rb_equal(p, value[0]))
    if blk is None:
        return len(h)
    return sum(1 for p in _pairs(h) if truthy(blk.call(p)))


@builtin("Hash", "empty?")
def is_empty(h):
    return not h


@builtin("Hash", "default")
def default(h, *key):
    return h.default


@builtin("Hash", "default=")
def set_default(h, value):
    h.default = value
    h.default_proc = None
    return value


@builtin("Hash", "default_proc")
def default_proc(h):
    return h.default_proc


@builtin("Hash", "first")
def first(h, n=None):
    if n is None:
        for k, v in h.items():
            return [plain(k), v]
        return None
    if n < 0:
        raise rb_error("ArgumentError", "attempt to take negative size")
    out = []
    for k, v in h.items():
        if len(out) >= n:
            break
        out.append([plain(k), v])
    return out


@builtin("Hash", "to_a", "entries")
def to_a(h):
    return _pairs(h)


@builtin("Hash", "to_h", block=True)
def to_h(h, blk):
    out = RHash()
    if blk is None:
        out.update(h)
        return out
    for p in _pairs(h):
        pair = blk.call(p)
        if type(pair) is not list or len(pair) != 2:
            raise rb_error("TypeError", f"wrong element type {real_class(pair).name} "
                                        f"(expected array)")
        out[store_key(pair[0])] = pair[1]
    return out


@builtin("Hash", "to_hash")
def to_hash(h):
    return h


@builtin("Hash", "to_s", "inspect")
def hash_inspect(h):
    return RString(_inspect(h if type(h) is RHash else plain(h)))


@builtin("Hash", "==", "eql?")
def equals(h, other):
    if type(other) is not RHash and not isinstance(other, RHash):
        return False
    if len(h) != len(other):
        return False
    for k, v in h.items():
        w = other.get(k, _MISSING)
        if w is _MISSING or not rb_equal(v, w):
            return False
    return True


@builtin("Hash", "hash")
def hash_hash(h):
    return rb_hash(h)


# -- changing ---------------------------------------------------------------------------------
@builtin("Hash", "delete", block=True)
def delete(h, blk, key):
    if h.frozen:
        check_frozen(h)
    try:
        return h.pop(key)
    except KeyError:
        pass
    except TypeError:
        k = hash_key(key)
        if k in h:
            return h.pop(k)
    return blk.call(key) if blk is not None else None


def _filter(h, blk, keep_when, name):
    """The entries for which the block (given key and value) is keep_when."""
    if blk is None:
        return make_enumerator(h, name, [])
    out = RHash()
    for k, v in list(h.items()):
        if truthy(blk.call(plain(k), v)) is keep_when:
            out[k] = v
    return out


def _filter_in_place(h, blk, keep_when, name, nil_if_unchanged):
    if blk is None:
        return make_enumerator(h, name, [])
    if h.frozen:
        check_frozen(h)
    kept = _filter(h, blk, keep_when, name)
    changed = len(kept) != len(h)
    h.clear()
    h.update(kept)
    return None if nil_if_unchanged and not changed else h


@builtin("Hash", "select", "filter", block=True)
def select(h, blk):
    return _filter(h, blk, True, "select")


@builtin("Hash", "reject", block=True)
def reject(h, blk):
    return _filter(h, blk, False, "reject")


@builtin("Hash", "select!", "filter!", block=True)
def select_bang(h, blk):
    return _filter_in_place(h, blk, True, "select!", True)


@builtin("Hash", "keep_if", block=True)
def keep_if(h, blk):
    return _filter_in_place(h, blk, True, "keep_if", False)


@builtin("Hash", "reject!", block=True)
def reject_bang(h, blk):
    return _filter_in_place(h, blk, False, "reject!", True)


@builtin("Hash", "delete_if", block=True)
def delete_if(h, blk):
    return _filter_in_place(h, blk, False, "delete_if", False)


@builtin("Hash", "clear")
def clear(h):
    if h.frozen:
        check_frozen(h)
    h.clear()
    return h


@builtin("Hash", "replace")
def replace(h, other):
    h.clear()
    h.update(other)
    return h


@builtin("Hash", "shift")
def shift(h):
    for k in h:
        return [plain(k), h.pop(k)]
    return None


def _merge_into(out, others, blk):
    for other in others:
        if type(other) is not RHash and not isinstance(other, RHash):
            from .array import _type_name
            raise rb_error("TypeError", f"no implicit conversion of {_type_name(other)} "
                                        f"into Hash")
        if blk is None:
            out.update(other)
            continue
        for k, v in other.items():
            old = out.get(k, _MISSING)
            out[k] = v if old is _MISSING else blk.call(plain(k), old, v)
    return out


@builtin("Hash", "merge", block=True)
def merge(h, blk, *others):
    out = RHash(h)
    out.default, out.default_proc = h.default, h.default_proc
    return _merge_into(out, others, blk)


@builtin("Hash", "merge!", "update", block=True)
def merge_bang(h, blk, *others):
    if h.frozen:
        check_frozen(h)
    return _merge_into(h, others, blk)


@builtin("Hash", "transform_values", block=True)
def transform_values(h, blk):
    if blk is None:
        return make_enumerator(h, "transform_values", [])
    out = RHash()
    for k, v in list(h.items()):
        out[k] = blk.call(v)
    return out


@builtin("Hash", "transform_values!", block=True)
def transform_values_bang(h, blk):
    if blk is None:
        return make_enumerator(h, "transform_values!", [])
    for k, v in list(h.items()):
        h[k] = blk.call(v)
    return h


@builtin("Hash", "transform_keys", block=True)
def transform_keys(h, blk, *mapping):
    if blk is None and not mapping:
        return make_enumerator(h, "transform_keys", [])
    out = RHash()
    for k, v in list(h.items()):
        k = plain(k)
        if mapping and has_key(mapping[0], k):
            new = aref(mapping[0], k)
        else:
            new = blk.call(k) if blk is not None else k
        out[store_key(new)] = v
    return out


@builtin("Hash", "transform_keys!", block=True)
def transform_keys_bang(h, blk, *mapping):
    out = transform_keys(h, blk, *mapping)
    if type(out) is RHash:
        h.clear()
        h.update(out)
        return h
    return out


@builtin("Hash", "invert")
def invert(h):
    out = RHash()
    for k, v in h.items():
        out[store_key(v)] = plain(k)
    return out


@builtin("Hash", "slice")
def slice_(h, *keys_):
    out = RHash()
    for k in keys_:
        v = lookup(h, k)
        if v is not _MISSING:
            out[store_key(k)] = v
    return out


@builtin("Hash", "except")
def except_(h, *keys_):
    drop = {hash_key(k) for k in keys_}
    out = RHash()
    for k, v in h.items():
        if k not in drop:
            out[k] = v
    return out


@builtin("Hash", "compact")
def compact(h):
    out = RHash()
    for k, v in h.items():
        if v is not None:
            out[k] = v
    return out


# -- iterating --------------------------------------------------------------------------------
@builtin("Hash", "each", "each_pair", block=True)
def each(h, blk):
    if blk is None:
        return make_enumerator(h, "each", [])
    call = blk.call
    for k, v in list(h.items()):
        call([plain(k), v])
    return h


@builtin("Hash", "each_key", block=True)
def each_key(h, blk):
    if blk is None:
        return make_enumerator(h, "each_key", [])
    for k in list(h):
        blk.call(plain(k))
    return h


@builtin("Hash", "each_value", block=True)
def each_value(h, blk):
    if blk is None:
        return make_enumerator(h, "each_value", [])
    for v in list(h.values()):
        blk.call(v)
    return h


@builtin("Hash", "map", "collect", block=True)
def map_(h, blk):
    if blk is None:
        return make_enumerator(h, "map", [])
    call = blk.call
    return [call([plain(k), v]) for k, v in list(h.items())]


def _as_array_method(name):
    """A Hash iterator that is the Array method over the [key, value] pairs."""
    def method(h, blk, *args):
        if blk is None and name in _NEEDS_BLOCK:
            return make_enumerator(h, name, list(args))
        result = send(_pairs(h), name, list(args), blk)
        return h if name in _RETURNS_SELF and blk is not None else result
    method.__name__ = "hash_" + name.rstrip("?")
    return method


_RETURNS_SELF = frozenset(("each_with_index", "each_slice", "each_cons", "reverse_each"))
_NEEDS_BLOCK = frozenset(("flat_map", "filter_map", "each_with_index", "each_with_object",
                          "sort_by", "min_by", "max_by", "group_by", "partition", "find",
                          "detect", "find_index", "find_all", "minmax_by", "chunk"))

for _name in ("flat_map", "collect_concat", "filter_map", "each_with_index",
              "each_with_object", "sort", "sort_by", "min_by", "max_by", "sum", "group_by",
              "partition", "find", "detect", "any?", "all?", "none?", "one?", "inject",
              "reduce", "each_slice", "each_cons", "zip", "take", "drop", "take_while",
              "drop_while", "uniq", "min", "max", "minmax", "tally", "find_index",
              "reverse_each", "chunk_while", "slice_when", "cycle", "find_all", "minmax_by",
              "grep", "grep_v", "chunk", "slice_before", "slice_after"):
    builtin("Hash", _name, block=True)(_as_array_method(_name))


@builtin("Hash", "any?", block=True)
def any_(h, blk, *pattern):
    if blk is None and not pattern:
        return bool(h)
    return send(_pairs(h), "any?", list(pattern), blk)

