"""Range: an RRange (first, last, exclusive; first or last nil for a
beginless or endless range).

Integer ranges iterate as host ranges; other ranges walk with `succ` and
compare with `<=>`, as Ruby does (String ranges included).
"""
from __future__ import annotations

import math
import sys

from ..objects import (RRange, RString, builtin, rb_error, real_class, responds_to, send,
                       truthy)
from .enumerable import make_enumerator

_NUMBER = (int, float)


def range_span(r, n):
    """The (start, length) a range selects from a sequence of length n (for
    Array#[] and String#[]), or None when it starts outside."""
    start = 0 if r.first is None else int(r.first)
    if start < 0:
        start += n
        if start < 0:
            return None
    if start > n:
        return None
    if r.last is None:
        stop = n
    else:
        stop = int(r.last)
        if stop < 0:
            stop += n
        if not r.exclusive:
            stop += 1
    return start, max(min(stop, n) - start, 0)


def int_bounds(r):
    """The host range of an Integer range (None when it is not one; an
    endless range gives an endless count)."""
    first, last = r.first, r.last
    if type(first) is not int:
        return None
    if last is None:
        return None
    if type(last) is float:
        if last == math.inf:
            return None
        top = math.floor(last)
        if r.exclusive and top == last:
            top -= 1
        return range(first, top + 1)
    elif type(last) is not int:
        return None
    return range(first, last if r.exclusive else last + 1)


def _compare(a, b):
    from .array import compare
    return compare(a, b)


def _walk(r, fn):
    """Call fn with each element of a non-Integer range (fn True stops)."""
    first, last = r.first, r.last
    if first is None or type(first) is float:
        raise rb_error("TypeError", f"can't iterate from {real_class(first).name}")
    if type(first) is int:                  # endless Integer range
        i = first
        while not fn(i):
            i += 1
        return
    if last is None:
        current = first
        while not fn(current):
            current = send(current, "succ", [])
        return
    if type(first) is RString and type(last) is RString \
            and len(first.s) == 1 and len(last.s) == 1:
        stop = ord(last.s) + (0 if r.exclusive else 1)
        for code in range(ord(first.s), stop):
            if fn(RString(chr(code))):
                return
        return
    if not responds_to(first, "succ"):
        raise rb_error("TypeError", f"can't iterate from {real_class(first).name}")
    c = _compare(first, last)
    if c > 0 or (r.exclusive and c == 0):
        return
    # CRuby's String#upto: stop at the end, or once the value outgrows it
    after_end = send(last, "succ", [])
    current = RString(first.s) if type(first) is RString else first
    while not truthy(send(current, "==", [after_end])):
        following = None
        if r.exclusive or not truthy(send(current, "==", [last])):
            following = send(current, "succ", [])
        if fn(current) or following is None:
            return
        current = following
        if r.exclusive and truthy(send(current, "==", [last])):
            return
        if type(current) is RString and (len(current.s) > len(last.s) or not current.s):
            return


def range_values(r):
    """The elements of a finite range as a list."""
    span = int_bounds(r)
    if span is not None:
        return list(span)
    if r.last is None:
        raise rb_error("RangeError", "cannot convert endless range to an array")
    out = []
    _walk(r, lambda x: out.append(x))
    return out


# -- making and showing -----------------------------------------------------------------------
@builtin("Range", "new", singleton=True)
def range_new(cls, first, last, exclusive=False):
    if first is not None and last is not None and not (
            type(first) in _NUMBER and type(last) in _NUMBER):
        if send(first, "<=>", [last]) is None:
            raise rb_error("ArgumentError", "bad value for range")
    return RRange(first, last, truthy(exclusive))


def _show(r, show):
    dots = "..." if r.exclusive else ".."
    first = "" if r.first is None else show(r.first)
    last = "" if r.last is None else show(r.last)
    if r.first is None and r.last is None:
        first = "nil"
    return f"{first}{dots}{last}"


@builtin("Range", "to_s")
def to_s(r):
    from .format import to_s as show
    return RString(_show(r, show))


@builtin("Range", "inspect")
def inspect(r):
    from .format import inspect as show
    return RString(_show(r, show))


@builtin("Range", "==", "eql?")
def equals(r, other):
    return type(other) is RRange and r.exclusive == other.exclusive and \
        truthy(send(r.first, "==", [other.first])) and truthy(send(r.last, "==", [other.last]))


@builtin("Range", "hash")
def range_hash(r):
    return hash(r)


# -- reading ----------------------------------------------------------------------------
@builtin("Range", "begin")
def begin(r):
    return r.first


@builtin("Range", "end")
def end(r):
    return r.last


@builtin("Range", "first")
def first(r, n=None):
    if n is None:
        if r.first is None:
            raise rb_error("RangeError", "cannot get the first element of beginless range")
        return r.first
    if n < 0:
        raise rb_error("ArgumentError", "negative array size (or size too big)")
    span = int_bounds(r)
    if span is not None:
        return list(span[:n])
    out = []
    if n:
        _walk(r, lambda x: out.append(x) or len(out) >= n)
    return out


@builtin("Range", "last")
def last(r, n=None):
    if r.last is None:
        raise rb_error("RangeError", "cannot get the last element of endless range")
    if n is None:
        return r.last
    values = range_values(r)
    return values[max(len(values) - n, 0):]


@builtin("Range", "exclude_end?")
def exclude_end(r):
    return r.exclusive


@builtin("Range", "size")
def size(r):
    first, last = r.first, r.last
    if type(first) not in _NUMBER:
        if first is None and type(last) in _NUMBER:
            return math.inf
        return None
    if last is None:
        return math.inf
    if type(last) not in _NUMBER:
        return None
    if type(first) is float or type(last) is float:
        n = math.floor(last - first)
        if r.exclusive and first + n == last:
            n -= 1
        return max(n + 1, 0)
    return max(last - first + (0 if r.exclusive else 1), 0)


@builtin("Range", "count", block=True)
def count(r, blk, *value):
    if blk is None and not value:
        n = size(r)
        if n is not None:
            return n
    return send(range_values(r), "count", list(value), blk)


@builtin("Range", "min", block=True)
def min_(r, blk, *n):
    if blk is None and not n and type(r.first) in _NUMBER and type(r.last) in _NUMBER:
        c = _compare(r.first, r.last)
        return None if c > 0 or (c == 0 and r.exclusive) else r.first
    return send(range_values(r), "min", list(n), blk)


@builtin("Range", "max", block=True)
def max_(r, blk, *n):
    if blk is None and not n and type(r.first) in _NUMBER and type(r.last) in _NUMBER:
        if r.exclusive and type(r.last) is not int:
            raise rb_error("TypeError", "cannot exclude non Integer end value")
        if r.exclusive and type(r.first) is not int:
            raise rb_error("TypeError", "cannot exclude end value with non Integer begin value")
        last = r.last - 1 if r.exclusive else r.last
        return None if _compare(r.first, last) > 0 else last
    return send(range_values(r), "max", list(n), blk)


@builtin("Range", "minmax", block=True)
def minmax(r, blk):
    return [min_(r, blk), max_(r, blk)]


@builtin("Range", "sum", block=True)
def sum_(r, blk, init=0):
    span = int_bounds(r)
    if blk is None and span is not None and type(init) is int:
        n = len(span)
        return init + (span.start + span.start + n - 1) * n // 2 if n else init
    from .array import sum_values
    return sum_values(range_values(r), init, blk)


def cover(r, v):
    """first <= v <= last (or < last), by <=>."""
    try:
        if r.first is not None:
            c = send(r.first, "<=>", [v])
            if c is None or c > 0:
                return False
        if r.last is not None:
            c = send(v, "<=>", [r.last])
            if c is None or c > 0 or (c == 0 and r.exclusive):
                return False
    except TypeError:
        return False
    return True


@builtin("Range", "cover?", "===")
def cover_(r, v):
    if type(v) is RRange:
        return cover(r, v.first) and (cover(r, v.last) or (
            v.exclusive and v.last == r.last))
    t = type(v)
    if (t is int or t is float) and type(r.first) is int and type(r.last) is int:
        return r.first <= v and (v < r.last if r.exclusive else v <= r.last)
    return cover(r, v)


@builtin("Range", "include?", "member?")
def include(r, v):
    first, last = r.first, r.last
    if type(first) in _NUMBER or type(last) in _NUMBER or first is None or last is None:
        return cover_(r, v)
    if type(first) is RString and type(last) is RString and \
            len(first.s) == 1 and len(last.s) == 1:
        return type(v) is RString and len(v.s) == 1 and cover(r, v)
    found = []
    _walk(r, lambda x: truthy(send(x, "==", [v])) and not found.append(x))
    return bool(found)


@builtin("Range", "to_a", "entries", "to_ary")
def to_a(r):
    return range_values(r)


# -- iterating ---------------------------------------------------------------------------
@builtin("Range", "each", block=True)
def each(r, blk):
    if blk is None:
        return make_enumerator(r, "each", [])
    span = int_bounds(r)
    if span is not None:
        call = blk.call
        for i in span:
            call(i)
        return r
    _walk(r, lambda x: blk.call(x) and False)
    return r


@builtin("Range", "reverse_each", block=True)
def reverse_each(r, blk):
    if blk is None:
        return make_enumerator(r, "reverse_each", [])
    for x in reversed(range_values(r)):
        blk.call(x)
    return r


@builtin("Range", "map", "collect", block=True)
def map_(r, blk):
    if blk is None:
        return make_enumerator(r, "map", [])
    span = int_bounds(r)
    call = blk.call
    if span is not None:
        return [call(i) for i in span]
    out = []
    _walk(r, lambda x: out.append(call(x)))
    return out


@builtin("Range", "step", "%", block=True)
def step(r, blk, n=1):
    if type(n) not in _NUMBER:
        raise rb_error("TypeError", f"no implicit conversion of {real_class(n).name} "
                                    f"into Integer")
    if n == 0:
        raise rb_error("ArgumentError", "step can't be 0")
    if n < 0:
        raise rb_error("ArgumentError", "step can't be negative")
    if blk is None:
        return make_enumerator(r, "step", [n])
    first, last = r.first, r.last
    if type(first) is float or type(n) is float or type(last) is float:
        for x in float_steps(float(first), math.inf if last is None else float(last),
                             float(n), r.exclusive):
            blk.call(x)
        return r
    if type(first) is int:
        if last is None:
            i = first
            while True:
                blk.call(i)
                i += n
        for i in range(first, last + (0 if r.exclusive else 1), n):
            blk.call(i)
        return r
    values = range_values(r)
    for x in values[::n]:
        blk.call(x)
    return r


def float_steps(first, last, unit, exclusive):
    """The values of a Float step, counted as CRuby does (ruby_float_step) so
    that rounding neither adds nor loses the last one."""
    n = (last - first) / unit
    err = (abs(first) + abs(last) + abs(last - first)) / abs(unit) * sys.float_info.epsilon
    err = min(err, 0.5)
    if exclusive:
        if n <= 0:
            return
        n = 0 if n < 1 else math.floor(n - err)
        d = (n + 1) * unit + first
        if (first < last and d < last) or (first > last and d > last):
            n += 1
    else:
        if n < 0:
            return
        n = math.floor(n + err)
    for i in range(int(n) + 1):
        d = i * unit + first
        if (last < d) if unit >= 0 else (d < last):
            d = last
        yield d
