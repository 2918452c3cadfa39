"""Array: a host list.

Element comparisons go through `compare` (host comparison for numbers and
strings, `<=>` for everything else) and equality through `rb_equal`, so
user classes that define `<=>` / `==` sort and search as in Ruby.  Methods
that take a block return an Enumerator without one.
"""
from __future__ import annotations

import random
from functools import cmp_to_key
from itertools import combinations, permutations, product as cartesian_product

from ..objects import (RHash, RRange, RString, builtin, rb_error, real_class, send,
                       truthy)
from .enumerable import make_enumerator, values_of
from .hash import hash_key
from .object import frozen_values, rb_eql, rb_equal, rb_hash
from .range import range_span

_NUMBER = (int, float)


# -- helpers shared with the other collections ----------------------------------------------
def comparison_error(a, b):
    """ArgumentError for `a <=> b` answering nil, worded as CRuby's rb_cmperr:
    b is shown by inspect when it is an immediate value, else by its class."""
    if b is None or type(b) in (bool, int, float, str):
        from .format import inspect
        shown = inspect(b)
    else:
        shown = real_class(b).name
    return rb_error("ArgumentError", f"comparison of {real_class(a).name} with {shown} failed")


def compare(a, b):
    """a <=> b as -1, 0 or 1; ArgumentError when they are not comparable."""
    ta, tb = type(a), type(b)
    if (ta is int or ta is float) and (tb is int or tb is float):
        return (a > b) - (a < b)
    if ta is RString and tb is RString:
        return (a.s > b.s) - (a.s < b.s)
    c = send(a, "<=>", [b])
    if c is None:
        raise comparison_error(a, b)
    return (c > 0) - (c < 0)


def _block_compare(blk, a, b):
    c = blk.call(a, b)
    if c is None:
        raise comparison_error(a, b)
    return (c > 0) - (c < 0)


def _text(s):
    return s.s


def sort_values(values, blk=None):
    """A new sorted list of `values`; host sorting when they are all numbers,
    all strings or all symbols.  The host's sort asks "later < earlier?";
    comparing earlier with later instead hands the operands to `<=>` and to
    the block in the order CRuby's sort mostly does (its errors name them)."""
    if blk is not None:
        return sorted(values, key=cmp_to_key(lambda a, b: -_block_compare(blk, b, a)))
    if values:
        t = type(values[0])
        if t is int or t is float:
            if all(type(x) in _NUMBER for x in values):
                return sorted(values)
        elif t is RString:
            if all(type(x) is RString for x in values):
                return sorted(values, key=_text)
        elif t is str and all(type(x) is str for x in values):
            return sorted(values)
    return sorted(values, key=cmp_to_key(lambda a, b: -compare(b, a)))


def sort_by_values(values, blk):
    keys = [blk.call(x) for x in values]
    return [values[i] for i in _argsort(keys)]


def _argsort(keys):
    indexes = list(range(len(keys)))
    if keys and all(type(k) in _NUMBER for k in keys):
        return sorted(indexes, key=keys.__getitem__)
    if keys and all(type(k) is RString for k in keys):
        return sorted(indexes, key=lambda i: keys[i].s)
    return sorted(indexes, key=cmp_to_key(lambda i, j: -compare(keys[j], keys[i])))


def nmin(values, n, cmp, keys=None, rev=False):
    """The n smallest values (the n largest with rev), in order: CRuby's
    rb_nmin_run, whose order for equal elements this keeps.  It buffers up
    to 4n candidates, cuts them to the n best with a quickselect partition
    whenever the buffer fills (later values no better than the cut's pivot
    are dropped), then sorts the rest (stably, as glibc's qsort_r) and, for
    rev, reverses them.  cmp(a, b) compares two keys (the values
    themselves when keys is None)."""
    if n == 0:
        return []
    sign = -1 if rev else 1
    buf = []                    # [key, value] pairs
    limit = []

    def cut():
        if len(buf) <= n:
            return
        left, right = 0, len(buf) - 1
        while True:
            pivot = left + (right - left) // 2
            buf[pivot], buf[right] = buf[right], buf[pivot]
            pivot = right
            pivots = 1
            store = i = left
            while i <= right - pivots:
                c = sign * cmp(buf[i][0], buf[pivot][0])
                if c == 0:
                    buf[i], buf[right - pivots] = buf[right - pivots], buf[i]
                    pivots += 1
                    continue
                if c < 0:
                    buf[i], buf[store] = buf[store], buf[i]
                    store += 1
                i += 1
            j = store
            for i in range(right, right - pivots, -1):
                if j <= i:
                    buf[j], buf[i] = buf[i], buf[j]
                    j += 1
            if store <= n <= store + pivots:
                break
            if n < store:
                right = store - 1
            else:
                left = store + pivots
        limit[:] = [buf[store][0]]
        del buf[n:]

    for i, x in enumerate(values):
        k = x if keys is None else keys[i]
        if limit and sign * cmp(k, limit[0]) >= 0:
            continue
        buf.append([k, x])
        if len(buf) == 4 * n:
            cut()
    cut()
    buf.sort(key=cmp_to_key(lambda a, b: cmp(a[0], b[0])))
    out = [x for _, x in buf]
    return out[::-1] if rev else out


def extreme(values, blk, sign):
    """The minimum (sign -1) or maximum (sign 1) of values (nil when empty);
    the first of equal ones."""
    if not values:
        return None
    if blk is None:
        if all(type(x) in _NUMBER for x in values):
            return min(values) if sign < 0 else max(values)
        cmp = compare
    else:
        def cmp(a, b):
            return _block_compare(blk, a, b)
    best = values[0]
    for x in values[1:]:
        if cmp(x, best) == sign:
            best = x
    return best


def extreme_by(values, blk, sign):
    best = best_key = None
    for i, x in enumerate(values):
        k = blk.call(x)
        if i == 0 or compare(k, best_key) == sign:
            best, best_key = x, k
    return best


def sum_values(values, init=0, blk=None):
    """Array#sum as CRuby computes it: Integers exactly, then, from the first
    Float on, Kahan-Babuska compensated summation; anything else with `+`."""
    acc = init
    i, n = 0, len(values)
    if type(acc) in _NUMBER:
        while i < n:                       # exact part
            x = values[i] if blk is None else blk.call(values[i])
            if type(x) is int and type(acc) is int:
                acc += x
                i += 1
                continue
            if type(x) in _NUMBER:
                return _float_sum(values, i, x, float(acc), blk)
            acc = send(acc, "+", [x])
            i += 1
            break
        else:
            return acc
    while i < n:
        x = values[i] if blk is None else blk.call(values[i])
        acc = send(acc, "+", [x])
        i += 1
    return acc


def _float_sum(values, i, x, f, blk):
    c = 0.0
    n = len(values)
    while True:
        x = float(x)
        if f != f:                          # NaN stays
            pass
        elif x != x or x in (float("inf"), float("-inf")):
            f = float("nan") if (f in (float("inf"), float("-inf")) and
                                 (x < 0) != (f < 0) and x == x) else x
        elif f not in (float("inf"), float("-inf")):
            t = f + x
            c += (f - t) + x if abs(f) >= abs(x) else (x - t) + f
            f = t
        i += 1
        if i >= n:
            return f + c
        x = values[i] if blk is None else blk.call(values[i])
        if type(x) not in _NUMBER:
            acc = f + c
            while True:
                acc = send(acc, "+", [x])
                i += 1
                if i >= n:
                    return acc
                x = values[i] if blk is None else blk.call(values[i])


def to_int(v):
    if type(v) is int:
        return v
    if type(v) is float:
        return int(v)
    raise rb_error("TypeError", f"no implicit conversion of {_type_name(v)} into Integer")


def _type_name(v):
    return "nil" if v is None else "true" if v is True else "false" if v is False \
        else real_class(v).name


def to_list(v):
    """An argument that must be an Array (Array#+, concat, ...)."""
    if type(v) is list or isinstance(v, list):
        return v
    raise rb_error("TypeError", f"no implicit conversion of {_type_name(v)} into Array")


def _need_count(n, message="negative array size"):
    n = to_int(n)
    if n < 0:
        raise rb_error("ArgumentError", message)
    return n


def check_frozen(a):
    """FrozenError when a frozen Array is about to change."""
    if frozen_values and id(a) in frozen_values:
        from .format import inspect
        raise rb_error("FrozenError", f"can't modify frozen Array: {inspect(a)}")


def pattern_test(blk, pattern):
    """What all?/any?/none?/one? ask of each element."""
    if pattern:
        return lambda x: truthy(send(pattern[0], "===", [x]))
    if blk is not None:
        return lambda x: truthy(blk.call(x))
    return truthy


# -- making arrays ------------------------------------------------------------------------
@builtin("Array", "new", block=True, singleton=True)
def array_new(cls, blk, size=None, value=None):
    if size is None:
        return []
    if type(size) is list:
        return list(size)
    size = _need_count(size)
    if blk is not None:
        return [blk.call(i) for i in range(size)]
    return [value] * size


@builtin("Array", "[]", singleton=True)
def array_literal(cls, *items):
    return list(items)


# -- reading ----------------------------------------------------------------------------
@builtin("Array", "[]", "slice")
def aref(a, index, length=None):
    t = type(index)
    if length is None:
        if t is int:
            if -len(a) <= index < len(a):
                return a[index]
            return None
        if t is RRange:
            span = range_span(index, len(a))
            if span is None:
                return None
            return a[span[0]:span[0] + span[1]]
        index = to_int(index)
        return a[index] if -len(a) <= index < len(a) else None
    start, length, n = to_int(index), to_int(length), len(a)
    if start < 0:
        start += n
    if start < 0 or start > n or length < 0:
        return None
    return a[start:start + length]


@builtin("Array", "at")
def at(a, index):
    index = to_int(index)
    return a[index] if -len(a) <= index < len(a) else None


@builtin("Array", "dig")
def dig(a, index, *rest):
    v = aref(a, index)
    if not rest or v is None:
        return v
    return send(v, "dig", list(rest))


@builtin("Array", "fetch", block=True)
def fetch(a, blk, index, *default):
    i = to_int(index)
    if -len(a) <= i < len(a):
        return a[i]
    if blk is not None:
        return blk.call(index)
    if default:
        return default[0]
    raise rb_error("IndexError", f"index {i} outside of array bounds: {-len(a)}...{len(a)}")


@builtin("Array", "first")
def first(a, n=None):
    if n is None:
        return a[0] if a else None
    return a[:_need_count(n)]


@builtin("Array", "last")
def last(a, n=None):
    if n is None:
        return a[-1] if a else None
    n = _need_count(n)
    return a[max(len(a) - n, 0):]


@builtin("Array", "values_at")
def values_at(a, *indexes):
    out = []
    for i in indexes:
        v = aref(a, i)
        if type(i) is RRange:
            out.extend(v or [])
        else:
            out.append(v)
    return out


@builtin("Array", "length", "size")
def length(a):
    return len(a)


@builtin("Array", "empty?")
def is_empty(a):
    return not a


@builtin("Array", "to_a", "entries", "to_ary")
def to_a(a):
    return a


@builtin("Array", "to_s", "inspect")
def array_inspect(a):
    from .format import inspect
    return RString(inspect(a if type(a) is list else list(a)))


@builtin("Array", "to_h", block=True)
def to_h(a, blk):
    out = RHash()
    for x in a:
        pair = blk.call(x) if blk is not None else x
        if type(pair) is not list:
            raise rb_error("TypeError", f"wrong element type {_type_name(pair)} "
                                        f"(expected array)")
        if len(pair) != 2:
            raise rb_error("ArgumentError", f"element has wrong array length "
                                            f"(expected 2, was {len(pair)})")
        out[hash_key(pair[0])] = pair[1]
    return out


# -- writing ----------------------------------------------------------------------------
@builtin("Array", "[]=")
def aset(a, index, *rest):
    check_frozen(a)
    n = len(a)
    if len(rest) == 1:
        value = rest[0]
        if type(index) is int:
            if -n <= index < n:
                a[index] = value
                return value
            if index < 0:
                raise rb_error("IndexError", f"index {index} too small for array; "
                                             f"minimum: -{n}")
            a.extend([None] * (index - n))
            a.append(value)
            return value
        if type(index) is not RRange:
            return aset(a, to_int(index), value)
        start, stop = index.first, index.last
        start = 0 if start is None else to_int(start)
        if start < 0:
            start += n
            if start < 0:
                from .format import inspect
                raise rb_error("RangeError", f"{inspect(index)} out of range")
        if stop is None:
            count = max(n - start, 0)
        else:
            stop = to_int(stop)
            if stop < 0:
                stop += n
            count = max(stop - start + (0 if index.exclusive else 1), 0)
    else:
        start, count = to_int(index), to_int(rest[0])
        value = rest[1]
        if start < 0:
            start += n
            if start < 0:
                raise rb_error("IndexError", f"index {start - n} too small for array; "
                                             f"minimum: -{n}")
        if count < 0:
            raise rb_error("IndexError", f"negative length ({count})")
    if start > n:
        a.extend([None] * (start - n))
    a[start:start + count] = value if type(value) is list else [value]
    return value


@builtin("Array", "push", "append")
def push(a, *items):
    check_frozen(a)
    a.extend(items)
    return a


@builtin("Array", "<<")
def append(a, item):
    check_frozen(a)
    a.append(item)
    return a


@builtin("Array", "pop")
def pop(a, n=None):
    check_frozen(a)
    if n is None:
        return a.pop() if a else None
    n = _need_count(n)
    out = a[max(len(a) - n, 0):]
    del a[len(a) - len(out):]
    return out


@builtin("Array", "shift")
def shift(a, n=None):
    check_frozen(a)
    if n is None:
        return a.pop(0) if a else None
    n = _need_count(n)
    out = a[:n]
    del a[:n]
    return out


@builtin("Array", "unshift", "prepend")
def unshift(a, *items):
    check_frozen(a)
    a[0:0] = items
    return a


@builtin("Array", "insert")
def insert(a, index, *items):
    check_frozen(a)
    index = to_int(index)
    if not items:
        return a
    n = len(a)
    if index < 0:
        index += n + 1
        if index < 0:
            raise rb_error("IndexError", f"index {index - n - 1} too small for array; "
                                         f"minimum: -{n + 1}")
    if index > n:
        a.extend([None] * (index - n))
    a[index:index] = items
    return a


@builtin("Array", "concat")
def concat(a, *others):
    check_frozen(a)
    for other in [list(to_list(o)) for o in others]:
        a.extend(other)
    return a


@builtin("Array", "delete", block=True)
def delete(a, blk, value):
    check_frozen(a)
    kept = [x for x in a if not rb_equal(x, value)]
    if len(kept) == len(a):
        return blk.call(value) if blk is not None else None
    a[:] = kept
    return value


@builtin("Array", "delete_at")
def delete_at(a, index):
    check_frozen(a)
    index = to_int(index)
    if -len(a) <= index < len(a):
        return a.pop(index)
    return None


def _filter_in_place(a, blk, keep_when, name, nil_if_unchanged):
    check_frozen(a)
    if blk is None:
        return make_enumerator(a, name, [])
    kept = [x for x in a if truthy(blk.call(x)) is keep_when]
    changed = len(kept) != len(a)
    a[:] = kept
    return None if nil_if_unchanged and not changed else a


@builtin("Array", "delete_if", block=True)
def delete_if(a, blk):
    return _filter_in_place(a, blk, False, "delete_if", False)


@builtin("Array", "reject!", block=True)
def reject_bang(a, blk):
    return _filter_in_place(a, blk, False, "reject!", True)


@builtin("Array", "select!", "filter!", block=True)
def select_bang(a, blk):
    return _filter_in_place(a, blk, True, "select!", True)


@builtin("Array", "keep_if", block=True)
def keep_if(a, blk):
    return _filter_in_place(a, blk, True, "keep_if", False)


@builtin("Array", "slice!")
def slice_bang(a, index, length=None):
    check_frozen(a)
    out = aref(a, index, length)
    if out is None:
        return None
    if length is None and type(index) is not RRange:
        a.pop(to_int(index))
        return out
    if type(index) is RRange:
        start = range_span(index, len(a))[0]
    else:
        start = to_int(index) + (len(a) if to_int(index) < 0 else 0)
    del a[start:start + len(out)]
    return out


@builtin("Array", "clear")
def clear(a):
    check_frozen(a)
    a.clear()
    return a


@builtin("Array", "replace")
def replace(a, other):
    check_frozen(a)
    a[:] = to_list(other)
    return a


@builtin("Array", "fill", block=True)
def fill(a, blk, *args):
    check_frozen(a)
    if blk is None:
        if not args:
            raise rb_error("ArgumentError", "wrong number of arguments (given 0, expected 1..3)")
        value, args = args[0], args[1:]
    start = to_int(args[0]) if args and args[0] is not None else 0
    if start < 0:
        start = max(start + len(a), 0)
    stop = start + to_int(args[1]) if len(args) > 1 else len(a)
    if stop > len(a):
        a.extend([None] * (stop - len(a)))
    for i in range(start, stop):
        a[i] = blk.call(i) if blk is not None else value
    return a


# -- operators and comparisons --------------------------------------------------------------
@builtin("Array", "+")
def plus(a, other):
    return a + to_list(other)


@builtin("Array", "-", "difference")
def minus(a, *others):
    drop = {hash_key(x) for o in others for x in to_list(o)}
    return [x for x in a if hash_key(x) not in drop]


@builtin("Array", "*")
def times(a, n):
    if type(n) is RString:
        return join(a, n)
    return a * _need_count(n, "negative argument")


@builtin("Array", "&", "intersection")
def intersection(a, *others):
    out = uniq(a, None)
    for o in others:
        keep = {hash_key(x) for x in to_list(o)}
        out = [x for x in out if hash_key(x) in keep]
    return out


@builtin("Array", "intersect?")
def intersects(a, other):
    return bool(intersection(a, other))


@builtin("Array", "|", "union")
def union(a, *others):
    return uniq(a + [x for o in others for x in to_list(o)], None)


@builtin("Array", "==")
def equals(a, other):
    if type(other) is not list and not isinstance(other, list):
        return False
    if len(a) != len(other):
        return False
    for x, y in zip(a, other):
        if x is not y and not rb_equal(x, y):
            return False
    return True


@builtin("Array", "eql?")
def eql(a, other):
    return (isinstance(other, list) and len(a) == len(other)
            and all(rb_eql(x, y) for x, y in zip(a, other)))


@builtin("Array", "hash")
def array_hash(a):
    return rb_hash(a)


@builtin("Array", "<=>")
def spaceship(a, other):
    if not isinstance(other, list):
        return None
    for x, y in zip(a, other):
        ta, tb = type(x), type(y)
        if (ta is int or ta is float) and (tb is int or tb is float):
            c = (x > y) - (x < y)
        else:
            c = send(x, "<=>", [y])
        if c != 0:
            return c
    return (len(a) > len(other)) - (len(a) < len(other))


# -- searching ---------------------------------------------------------------------------
def index_of(a, value):
    t = type(value)
    if t is int or t is RString or t is str or t is float:
        try:
            i = a.index(value)             # host equality, checked below for true == 1
        except ValueError:
            return None
        if type(a[i]) is not bool:
            return i
    for i, x in enumerate(a):
        if rb_equal(x, value):
            return i
    return None


@builtin("Array", "include?", "member?")
def include(a, value):
    return index_of(a, value) is not None


@builtin("Array", "index", "find_index", block=True)
def index(a, blk, *value):
    if value:
        return index_of(a, value[0])
    if blk is None:
        return make_enumerator(a, "index", [])
    for i, x in enumerate(a):
        if truthy(blk.call(x)):
            return i
    return None


@builtin("Array", "rindex", block=True)
def rindex(a, blk, *value):
    if blk is None and not value:
        return make_enumerator(a, "rindex", [])
    for i in range(len(a) - 1, -1, -1):
        if truthy(rb_equal(a[i], value[0]) if value else blk.call(a[i])):
            return i
    return None


@builtin("Array", "count", block=True)
def count(a, blk, *value):
    if value:
        return sum(1 for x in a if rb_equal(x, value[0]))
    if blk is None:
        return len(a)
    return sum(1 for x in a if truthy(blk.call(x)))


@builtin("Array", "find", "detect", block=True)
def find(a, blk, if_none=None):
    if blk is None:
        return make_enumerator(a, "find", [])
    for x in a:
        if truthy(blk.call(x)):
            return x
    return None


@builtin("Array", "assoc")
def assoc(a, key):
    for x in a:
        if type(x) is list and x and rb_equal(x[0], key):
            return x
    return None


@builtin("Array", "rassoc")
def rassoc(a, value):
    for x in a:
        if type(x) is list and len(x) > 1 and rb_equal(x[1], value):
            return x
    return None


@builtin("Array", "bsearch", block=True)
def bsearch(a, blk):
    if blk is None:
        return make_enumerator(a, "bsearch", [])
    lo, hi, found = 0, len(a), None
    while lo < hi:
        mid = (lo + hi) // 2
        r = blk.call(a[mid])
        if r is True or (type(r) in _NUMBER and r == 0):
            if r is not True:
                return a[mid]              # find-any mode: this one
            found, hi = a[mid], mid
        elif r is False or r is None:
            lo = mid + 1
        elif type(r) in _NUMBER:
            if r < 0:
                hi = mid
            else:
                lo = mid + 1
        else:
            raise rb_error("TypeError", f"wrong argument type {_type_name(r)} "
                                        f"(must be numeric, true, false or nil)")
    return found


@builtin("Array", "all?", block=True)
def all_(a, blk, *pattern):
    test = pattern_test(blk, pattern)
    for x in a:
        if not test(x):
            return False
    return True


@builtin("Array", "any?", block=True)
def any_(a, blk, *pattern):
    test = pattern_test(blk, pattern)
    for x in a:
        if test(x):
            return True
    return False


@builtin("Array", "none?", block=True)
def none(a, blk, *pattern):
    return not any_(a, blk, *pattern)


@builtin("Array", "one?", block=True)
def one(a, blk, *pattern):
    test = pattern_test(blk, pattern)
    found = 0
    for x in a:
        if test(x):
            found += 1
            if found > 1:
                return False
    return found == 1


# -- iterating ---------------------------------------------------------------------------
@builtin("Array", "each", block=True)
def each(a, blk):
    if blk is None:
        return make_enumerator(a, "each", [])
    call = blk.call
    for x in a:                 # by index with the live length, as Ruby iterates
        call(x)
    return a


@builtin("Array", "each_index", block=True)
def each_index(a, blk):
    if blk is None:
        return make_enumerator(a, "each_index", [])
    i = 0
    while i < len(a):
        blk.call(i)
        i += 1
    return a


@builtin("Array", "each_with_index", block=True)
def each_with_index(a, blk):
    if blk is None:
        return make_enumerator(a, "each_with_index", [])
    call = blk.call
    i = 0
    for x in a:
        call(x, i)
        i += 1
    return a


@builtin("Array", "reverse_each", block=True)
def reverse_each(a, blk):
    if blk is None:
        return make_enumerator(a, "reverse_each", [])
    for x in a[::-1]:
        blk.call(x)
    return a


@builtin("Array", "each_with_object", block=True)
def each_with_object(a, blk, memo):
    if blk is None:
        return make_enumerator(a, "each_with_object", [memo])
    for x in a:
        blk.call(x, memo)
    return memo


@builtin("Array", "each_slice", block=True)
def each_slice(a, blk, n):
    n = to_int(n)
    if n <= 0:
        raise rb_error("ArgumentError", "invalid slice size")
    if blk is None:
        return make_enumerator(a, "each_slice", [n])
    for i in range(0, len(a), n):
        blk.call(a[i:i + n])
    return a


@builtin("Array", "each_cons", block=True)
def each_cons(a, blk, n):
    n = to_int(n)
    if n <= 0:
        raise rb_error("ArgumentError", "invalid size")
    if blk is None:
        return make_enumerator(a, "each_cons", [n])
    for i in range(len(a) - n + 1):
        blk.call(a[i:i + n])
    return a


@builtin("Array", "cycle", block=True)
def cycle(a, blk, n=None):
    if blk is None:
        return make_enumerator(a, "cycle", [] if n is None else [n])
    if n is None:
        while a:
            for x in a:
                blk.call(x)
        return None
    for _ in range(to_int(n)):
        for x in a:
            blk.call(x)
    return None


@builtin("Array", "combination", block=True)
def combination(a, blk, n):
    if blk is None:
        return make_enumerator(a, "combination", [n])
    n = to_int(n)
    if 0 <= n <= len(a):
        for c in combinations(list(a), n):
            blk.call(list(c))
    return a


@builtin("Array", "permutation", block=True)
def permutation(a, blk, n=None):
    if blk is None:
        return make_enumerator(a, "permutation", [] if n is None else [n])
    n = len(a) if n is None else to_int(n)
    if 0 <= n <= len(a):
        for c in permutations(list(a), n):
            blk.call(list(c))
    return a


@builtin("Array", "repeated_combination", block=True)
def repeated_combination(a, blk, n):
    if blk is None:
        return make_enumerator(a, "repeated_combination", [n])
    from itertools import combinations_with_replacement
    for c in combinations_with_replacement(list(a), to_int(n)):
        blk.call(list(c))
    return a


@builtin("Array", "product", block=True)
def product(a, blk, *others):
    out = [list(c) for c in cartesian_product(a, *[to_list(o) for o in others])]
    if blk is None:
        return out
    for c in out:
        blk.call(c)
    return a


# -- making new arrays ------------------------------------------------------------------------
@builtin("Array", "map", "collect", block=True)
def map_(a, blk):
    if blk is None:
        return make_enumerator(a, "map", [])
    call = blk.call
    return [call(x) for x in a]


@builtin("Array", "map!", "collect!", block=True)
def map_bang(a, blk):
    check_frozen(a)
    if blk is None:
        return make_enumerator(a, "map!", [])
    a[:] = [blk.call(x) for x in a]
    return a


@builtin("Array", "flat_map", "collect_concat", block=True)
def flat_map(a, blk):
    if blk is None:
        return make_enumerator(a, "flat_map", [])
    out = []
    for x in a:
        v = blk.call(x)
        if type(v) is list:
            out.extend(v)
        else:
            out.append(v)
    return out


@builtin("Array", "select", "filter", "find_all", block=True)
def select(a, blk):
    if blk is None:
        return make_enumerator(a, "select", [])
    call = blk.call
    return [x for x in a if truthy(call(x))]


@builtin("Array", "reject", block=True)
def reject(a, blk):
    if blk is None:
        return make_enumerator(a, "reject", [])
    call = blk.call
    return [x for x in a if not truthy(call(x))]


@builtin("Array", "filter_map", block=True)
def filter_map(a, blk):
    if blk is None:
        return make_enumerator(a, "filter_map", [])
    out = []
    for x in a:
        v = blk.call(x)
        if v is not None and v is not False:
            out.append(v)
    return out


@builtin("Array", "partition", block=True)
def partition(a, blk):
    if blk is None:
        return make_enumerator(a, "partition", [])
    yes, no = [], []
    for x in a:
        (yes if truthy(blk.call(x)) else no).append(x)
    return [yes, no]


@builtin("Array", "group_by", block=True)
def group_by(a, blk):
    if blk is None:
        return make_enumerator(a, "group_by", [])
    out = RHash()
    for x in a:
        k = hash_key(blk.call(x))
        group = out.get(k)
        if group is None:
            out[k] = [x]
        else:
            group.append(x)
    return out


@builtin("Array", "tally")
def tally(a):
    out = RHash()
    for x in a:
        k = hash_key(x)
        out[k] = out.get(k, 0) + 1
    return out


def _split_between(a, blk, split_when):
    if not a:
        return []
    out = [[a[0]]]
    for prev, x in zip(a, a[1:]):
        if truthy(blk.call(prev, x)) is split_when:
            out.append([x])
        else:
            out[-1].append(x)
    return out


@builtin("Array", "chunk_while", block=True)
def chunk_while(a, blk):
    return make_enumerator(_split_between(a, blk, False), "each", [])


@builtin("Array", "slice_when", block=True)
def slice_when(a, blk):
    return make_enumerator(_split_between(a, blk, True), "each", [])


def _slicer(name, after):
    """slice_before / slice_after: a new slice starts before (ends after)
    each element that `pattern === x` (or the block) accepts."""
    def method(a, blk, *pattern):
        if len(pattern) > 1 or (blk is None) is (not pattern):
            raise rb_error("ArgumentError", f"wrong number of arguments (given {len(pattern)}, "
                                            f"expected {0 if blk is not None else 1})")
        out = []
        for x in a:
            hit = truthy(send(pattern[0], "===", [x]) if pattern else blk.call(x))
            if not out or (hit and not after):
                out.append([x])
            else:
                out[-1].append(x)
            if hit and after:
                out.append([])
        if out and not out[-1]:
            out.pop()
        return make_enumerator(out, "each", [])
    method.__name__ = name
    return method


builtin("Array", "slice_before", block=True)(_slicer("slice_before", False))
builtin("Array", "slice_after", block=True)(_slicer("slice_after", True))


@builtin("Array", "chunk", block=True)
def chunk(a, blk):
    """Runs of consecutive elements with the same block value, as [value, run]
    pairs; nil and :_separator drop the element, :_alone makes a run of one."""
    if blk is None:
        return make_enumerator(a, "chunk", [])
    out = []
    prev = None
    for x in a:
        k = blk.call(x)
        if k is None or k == "_separator":
            prev = None
            continue
        if type(k) is str and k.startswith("_") and k != "_alone":
            raise rb_error("RuntimeError", "symbols beginning with an underscore are reserved")
        if prev is not None and k != "_alone" and rb_equal(k, prev[0]):
            prev[1].append(x)
        else:
            prev = [k, [x]]
            out.append(prev)
    return make_enumerator(out, "each", [])


def _grep(a, blk, pattern, keep):
    out = []
    for x in a:
        if truthy(send(pattern, "===", [x])) is keep:
            out.append(x if blk is None else blk.call(x))
    return out


@builtin("Array", "grep", block=True)
def grep(a, blk, pattern):
    return _grep(a, blk, pattern, True)


@builtin("Array", "grep_v", block=True)
def grep_v(a, blk, pattern):
    return _grep(a, blk, pattern, False)


@builtin("Array", "zip", block=True)
def zip_(a, blk, *others):
    others = [values_of(o) if not isinstance(o, list) else o for o in others]
    out = [[x, *[o[i] if i < len(o) else None for o in others]] for i, x in enumerate(a)]
    if blk is None:
        return out
    for t in out:
        blk.call(t)
    return None


@builtin("Array", "transpose")
def transpose(a):
    if not a:
        return []
    rows = [to_list(r) for r in a]
    width = len(rows[0])
    for r in rows:
        if len(r) != width:
            raise rb_error("IndexError", f"element size differs ({len(r)} should be {width})")
    return [list(col) for col in zip(*rows)]


@builtin("Array", "take")
def take(a, n):
    return a[:_need_count(n, "attempt to take negative size")]


@builtin("Array", "drop")
def drop(a, n):
    return a[_need_count(n, "attempt to drop negative size"):]


@builtin("Array", "take_while", block=True)
def take_while(a, blk):
    if blk is None:
        return make_enumerator(a, "take_while", [])
    for i, x in enumerate(a):
        if not truthy(blk.call(x)):
            return a[:i]
    return list(a)


@builtin("Array", "drop_while", block=True)
def drop_while(a, blk):
    if blk is None:
        return make_enumerator(a, "drop_while", [])
    for i, x in enumerate(a):
        if not truthy(blk.call(x)):
            return a[i:]
    return []


@builtin("Array", "compact")
def compact(a):
    return [x for x in a if x is not None]


@builtin("Array", "compact!")
def compact_bang(a):
    check_frozen(a)
    kept = compact(a)
    if len(kept) == len(a):
        return None
    a[:] = kept
    return a


def _flatten(a, depth, out):
    changed = False
    for x in a:
        if type(x) is list and depth != 0:
            _flatten(x, depth - 1, out)
            changed = True
        else:
            out.append(x)
    return changed


@builtin("Array", "flatten")
def flatten(a, depth=None):
    out = []
    _flatten(a, -1 if depth is None else to_int(depth), out)
    return out


@builtin("Array", "flatten!")
def flatten_bang(a, depth=None):
    check_frozen(a)
    out = []
    if not _flatten(a, -1 if depth is None else to_int(depth), out):
        return None
    a[:] = out
    return a


@builtin("Array", "uniq", block=True)
def uniq(a, blk):
    seen = set()
    out = []
    for x in a:
        k = hash_key(x if blk is None else blk.call(x))
        if k not in seen:
            seen.add(k)
            out.append(x)
    return out


@builtin("Array", "uniq!", block=True)
def uniq_bang(a, blk):
    check_frozen(a)
    out = uniq(a, blk)
    if len(out) == len(a):
        return None
    a[:] = out
    return a


@builtin("Array", "reverse")
def reverse(a):
    return a[::-1]


@builtin("Array", "reverse!")
def reverse_bang(a):
    check_frozen(a)
    a.reverse()
    return a


@builtin("Array", "rotate")
def rotate(a, n=1):
    if not a:
        return []
    n = to_int(n) % len(a)
    return a[n:] + a[:n]


@builtin("Array", "rotate!")
def rotate_bang(a, n=1):
    check_frozen(a)
    a[:] = rotate(a, n)
    return a


@builtin("Array", "sort", block=True)
def sort(a, blk):
    return sort_values(a, blk)


@builtin("Array", "sort!", block=True)
def sort_bang(a, blk):
    check_frozen(a)
    a[:] = sort_values(a, blk)
    return a


@builtin("Array", "sort_by", block=True)
def sort_by(a, blk):
    if blk is None:
        return make_enumerator(a, "sort_by", [])
    return sort_by_values(a, blk)


@builtin("Array", "sort_by!", block=True)
def sort_by_bang(a, blk):
    check_frozen(a)
    if blk is None:
        return make_enumerator(a, "sort_by!", [])
    a[:] = sort_by_values(a, blk)
    return a


def _nmin_values(a, blk, n, rev):
    n = _need_count(n, f"negative size ({n})")
    return nmin(a, n, compare if blk is None else
                (lambda x, y: _block_compare(blk, x, y)), rev=rev)


def _nmin_by(a, blk, n, rev):
    n = _need_count(n, f"negative size ({n})")
    return nmin(a, n, compare, [blk.call(x) for x in a], rev)


@builtin("Array", "min", block=True)
def min_(a, blk, n=None):
    if n is not None:
        return _nmin_values(a, blk, n, False)
    return extreme(a, blk, -1)


@builtin("Array", "max", block=True)
def max_(a, blk, n=None):
    if n is not None:
        return _nmin_values(a, blk, n, True)
    return extreme(a, blk, 1)


@builtin("Array", "min_by", block=True)
def min_by(a, blk, n=None):
    if blk is None:
        return make_enumerator(a, "min_by", [] if n is None else [n])
    if n is not None:
        return _nmin_by(a, blk, n, False)
    return extreme_by(a, blk, -1)


@builtin("Array", "max_by", block=True)
def max_by(a, blk, n=None):
    if blk is None:
        return make_enumerator(a, "max_by", [] if n is None else [n])
    if n is not None:
        return _nmin_by(a, blk, n, True)
    return extreme_by(a, blk, 1)


@builtin("Array", "minmax", block=True)
def minmax(a, blk):
    return [extreme(a, blk, -1), extreme(a, blk, 1)]


@builtin("Array", "minmax_by", block=True)
def minmax_by(a, blk):
    if blk is None:
        return make_enumerator(a, "minmax_by", [])
    if not a:
        return [None, None]
    keys = [blk.call(x) for x in a]         # the block once per element, as CRuby
    lo = hi = 0
    for i in range(1, len(a)):
        if compare(keys[i], keys[lo]) < 0:
            lo = i
        if compare(keys[i], keys[hi]) > 0:
            hi = i
    return [a[lo], a[hi]]


@builtin("Array", "sum", block=True)
def sum_(a, blk, init=0):
    if blk is None and type(init) is int and all(type(x) is int for x in a):
        return init + sum(a)
    return sum_values(a, init, blk)


@builtin("Array", "inject", "reduce", block=True)
def inject(a, blk, *args):
    if len(args) == 2:
        acc, op, values = args[0], args[1], a
    elif len(args) == 1 and blk is None:
        op = args[0]
        if not a:
            return None
        acc, values = a[0], a[1:]
    else:
        op = None
        if args:
            acc, values = args[0], a
        elif not a:
            return None
        else:
            acc, values = a[0], a[1:]
    if op is None:
        call = blk.call
        for x in values:
            acc = call(acc, x)
        return acc
    if type(op) is RString:
        op = op.s
    if op == "+" and type(acc) is int and all(type(x) is int for x in values):
        return acc + sum(values)
    for x in values:
        acc = send(acc, op, [x])
    return acc


@builtin("Array", "join")
def join(a, sep=None):
    sep = "" if sep is None else sep.s
    return RString(sep.join(_join_parts(a, sep)))


def _join_parts(a, sep, depth=0):
    from .format import to_s
    if depth > 100:
        raise rb_error("ArgumentError", "recursive array join")
    parts = []
    for x in a:
        t = type(x)
        if t is RString:
            parts.append(x.s)
        elif t is list:
            parts.append(sep.join(_join_parts(x, sep, depth + 1)))
        else:
            parts.append(to_s(x))
    return parts


@builtin("Array", "sample")
def sample(a, n=None):
    if n is None:
        return random.choice(a) if a else None
    return random.sample(a, min(_need_count(n, "negative sample number"), len(a)))


@builtin("Array", "shuffle")
def shuffle(a, *random_kw):
    out = list(a)
    random.shuffle(out)
    return out


@builtin("Array", "shuffle!")
def shuffle_bang(a, *random_kw):
    check_frozen(a)
    random.shuffle(a)
    return a
