"""The small built-in modules: Comparable, Math, Process, Time, GC, and the
top-level object `main`."""
from __future__ import annotations

import math
import os
import time

from .. import objects
from ..objects import (RObject, RString, RClass, Builtin, builtin, on_new_realm, send, rb_error,
                       new_exception, RubyError, real_class)
from . import numeric


# -- Comparable: everything through <=> ---------------------------------------------------
def compare(a, b):
    """a <=> b as an Integer; ArgumentError when they do not compare (nil)."""
    c = send(a, "<=>", [b])
    if c is None:
        raise numeric.comparison_failed(a, b)
    if type(c) is not int:
        c = -1 if send(c, "<", [0]) else 1 if send(c, ">", [0]) else 0
    return c


@builtin("Comparable", "<")
def cmp_lt(a, b):
    return compare(a, b) < 0


@builtin("Comparable", "<=")
def cmp_le(a, b):
    return compare(a, b) <= 0


@builtin("Comparable", ">")
def cmp_gt(a, b):
    return compare(a, b) > 0


@builtin("Comparable", ">=")
def cmp_ge(a, b):
    return compare(a, b) >= 0


@builtin("Comparable", "==")
def cmp_eq(a, b):
    if a is b:
        return True
    return send(a, "<=>", [b]) == 0


@builtin("Comparable", "between?")
def cmp_between(a, lo, hi):
    return compare(a, lo) >= 0 and compare(a, hi) <= 0


@builtin("Comparable", "clamp")
def cmp_clamp(a, lo, hi=None):
    from ..objects import RRange
    if type(lo) is RRange:
        lo, hi = lo.first, lo.last
    if lo is not None and hi is not None and compare(lo, hi) > 0:
        raise rb_error("ArgumentError", "min argument must be less than or equal to max argument")
    if lo is not None and compare(a, lo) < 0:
        return lo
    if hi is not None and compare(a, hi) > 0:
        return hi
    return a


# -- Math ------------------------------------------------------------------------------------
def domain_error(function):
    """Math::DomainError, worded as CRuby words it for `function` (None: the
    bare message of Integer#digits)."""
    cls = objects.R.Math.consts["DomainError"]
    text = ("out of domain" if function is None
            else f"Numerical argument is out of domain - {function}")
    return RubyError(new_exception(cls, RString(text)))


def _float_arg(x):
    t = type(x)
    if t is float:
        return x
    if t is int:
        return float(x) if abs(x) < 1 << 1000 else x    # math.* take big ints exactly
    if t is RString:
        raise rb_error("TypeError", "can't convert String into Float")
    return numeric.to_float(x)


def _math_function(name, fn, valid=lambda x: True):
    def method(mod, x):
        x = _float_arg(x)
        if not valid(x):
            raise domain_error(name)
        return fn(x)
    method.__name__ = f"math_{name}"
    builtin("Math", name, singleton=True)(method)


def _in_unit(x):
    return -1.0 <= x <= 1.0


def _sqrt(x):
    # a host int here is too big for a float; its square root may not be
    return math.sqrt(x) if type(x) is float else float(math.isqrt(x))


def _cbrt(x):
    r = math.cbrt(x)
    # the host's cbrt can miss a perfect cube by an ulp; CRuby's (the C
    # library's) is exact there
    n = round(r)
    return float(n) if n ** 3 == x else r


def _exp(x):
    try:
        return math.exp(x)
    except OverflowError:
        return math.inf


_math_function("sqrt", _sqrt, lambda x: x >= 0)
_math_function("cbrt", _cbrt)
_math_function("sin", math.sin)
_math_function("cos", math.cos)
_math_function("tan", math.tan)
_math_function("asin", math.asin, _in_unit)
_math_function("acos", math.acos, _in_unit)
_math_function("atan", math.atan)
_math_function("sinh", math.sinh)
_math_function("cosh", math.cosh)
_math_function("tanh", math.tanh)
_math_function("exp", _exp)
_math_function("log2", lambda x: math.log2(x) if x else -math.inf, lambda x: x >= 0)
_math_function("log10", lambda x: math.log10(x) if x else -math.inf, lambda x: x >= 0)
_math_function("gamma", math.gamma, lambda x: not (x <= 0 and x == int(x)))


@builtin("Math", "log", singleton=True)
def math_log(mod, x, base=None):
    x = _float_arg(x)
    if x < 0:
        raise domain_error("log")
    result = math.log(x) if x else -math.inf
    if base is not None:
        base = _float_arg(base)
        if base < 0:
            raise domain_error("log")
        result = numeric.float_divide(result, math.log(base) if base else -math.inf)
    return result


@builtin("Math", "atan2", singleton=True)
def math_atan2(mod, y, x):
    return math.atan2(_float_arg(y), _float_arg(x))


@builtin("Math", "hypot", singleton=True)
def math_hypot(mod, x, y):
    return math.hypot(_float_arg(x), _float_arg(y))


@on_new_realm
def _math_constants(realm):
    consts = realm.Math.consts
    consts["PI"] = math.pi
    consts["E"] = math.e
    domain = RClass("DomainError", realm.ArgumentError)
    domain.lexical_parent = realm.Math
    consts["DomainError"] = domain


# -- Process, GC ----------------------------------------------------------------------------
_CLOCKS = {0: time.CLOCK_REALTIME, 1: time.CLOCK_MONOTONIC, 2: time.CLOCK_PROCESS_CPUTIME_ID}
_UNITS = {"float_second": (1.0, float), "float_millisecond": (1e3, float),
          "float_microsecond": (1e6, float), "second": (1, int), "millisecond": (1000, int),
          "microsecond": (1000000, int), "nanosecond": (1000000000, int)}


@builtin("Process", "clock_gettime", singleton=True)
def process_clock_gettime(mod, clock, unit="float_second"):
    if clock not in _CLOCKS or unit not in _UNITS:
        raise rb_error("ArgumentError", f"unexpected unit: {unit}" if clock in _CLOCKS
                       else "Invalid argument - clock_gettime")
    ns = time.clock_gettime_ns(_CLOCKS[clock])
    scale, kind = _UNITS[unit]
    return ns * scale / 1e9 if kind is float else ns * scale // 1000000000


@builtin("Process", "pid", singleton=True)
def process_pid(mod):
    return os.getpid()


@on_new_realm
def _process_constants(realm):
    consts = realm.Process.consts
    consts["CLOCK_REALTIME"] = 0
    consts["CLOCK_MONOTONIC"] = 1
    consts["CLOCK_PROCESS_CPUTIME_ID"] = 2


@builtin("GC", "start", "disable", "enable", "compact", singleton=True)
def gc_nothing(mod):
    return None


# -- Time: a point in time as host seconds since the epoch --------------------------------
_SECONDS = "seconds"      # the ivar holding a Time's host float (no @: invisible to Ruby)


def new_time(seconds: float):
    t = RObject(objects.R.Time)
    t.ivars[_SECONDS] = seconds
    return t


def _seconds(t):
    return t.ivars[_SECONDS]


@on_new_realm
def _time_is_comparable(realm):
    realm.Time.includes.append(realm.Comparable)


@builtin("Time", "now", singleton=True)
def time_now(cls):
    return new_time(time.time())


@builtin("Time", "at", singleton=True)
def time_at(cls, seconds):
    return new_time(float(seconds))


@builtin("Time", "-")
def time_minus(t, other):
    if type(other) is RObject and real_class(other) is objects.R.Time:
        return _seconds(t) - _seconds(other)
    return new_time(_seconds(t) - numeric.to_float(other))


@builtin("Time", "+")
def time_plus(t, seconds):
    return new_time(_seconds(t) + numeric.to_float(seconds))


@builtin("Time", "<=>")
def time_cmp(t, other):
    if type(other) is not RObject or real_class(other) is not objects.R.Time:
        return None
    a, b = _seconds(t), _seconds(other)
    return (a > b) - (a < b)


@builtin("Time", "to_f")
def time_to_f(t):
    return _seconds(t)


@builtin("Time", "to_i")
def time_to_i(t):
    return math.floor(_seconds(t))


@builtin("Time", "usec")
def time_usec(t):
    return int(_seconds(t) * 1000000) % 1000000


def _local(t):
    return time.localtime(_seconds(t))


def _time_field(name, field):
    """Time#year and its kin: one field of the local time."""
    builtin("Time", name)(lambda t: getattr(_local(t), field))


for _name, _field in (("year", "tm_year"), ("month", "tm_mon"), ("day", "tm_mday"),
                      ("hour", "tm_hour"), ("min", "tm_min"), ("sec", "tm_sec")):
    _time_field(_name, _field)


@builtin("Time", "to_s")
def time_to_s(t):
    return RString(time.strftime("%Y-%m-%d %H:%M:%S %z", _local(t)))


@builtin("Time", "inspect")
def time_inspect(t):
    frac = f"{_seconds(t) % 1:.9f}"[1:].rstrip("0").rstrip(".")
    return RString(time.strftime(f"%Y-%m-%d %H:%M:%S{frac} %z", _local(t)))


@builtin("Time", "strftime")
def time_strftime(t, fmt):
    return RString(time.strftime(fmt.s, _local(t)))


# -- main: the top-level self ---------------------------------------------------------------
def main_to_s(obj):
    return RString("main")


@on_new_realm
def _main_object(realm):
    """`main` answers to_s and inspect with "main", from its own singleton
    class (where a top-level `def self.x` would go too)."""
    single = RClass(None, realm.Object, is_singleton=True)
    single.attached = realm.main
    realm.all_classes.append(single)
    for name in ("to_s", "inspect"):
        m = Builtin(main_to_s, name, False)
        m.owner = single
        single.methods[name] = m
    realm.main.cls = single

