"""Integer, Float and Numeric, and the conversions to numbers (Kernel#Integer,
Kernel#Float, what format's %d and %f take).

Integers are host ints (any size) and Floats host floats, so the arithmetic
is the host's wherever Ruby agrees: Integer#/ and #% floor like Python's //
and %.  What differs is spelled out: division by a float zero gives
Infinity/NaN instead of a host error, Ruby's rounding rules, the error
messages.  A `type(x) is int` test everywhere keeps true/false (host bools)
out of the arithmetic.
"""
from __future__ import annotations

import math
import re
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN

from ..objects import (RObject, RString, builtin, on_new_realm, rb_error, send, responds_to,
                       real_class, truthy)
from ..calls import KwArgs
from .format import float_to_s, inspect as rb_inspect, module_name


def _enumerator(recv, name, args):
    from .enumerable import make_enumerator
    return make_enumerator(recv, name, args)


def _is_num(v):
    t = type(v)
    return t is int or t is float


def _describe(v):
    """How coercion and comparison errors name a value: nil/true/false and
    numbers by their inspect, other objects by their class."""
    if v is None or type(v) is bool or _is_num(v):
        return rb_inspect(v)
    return module_name(real_class(v))


def _coerced(a, b, op):
    """`a op b` when b is not a number: b.coerce(a) if b has it (a user's
    numeric type), else TypeError."""
    if type(b) is RObject and responds_to(b, "coerce"):
        pair = send(b, "coerce", [a])
        return send(pair[0], op, [pair[1]])
    raise rb_error("TypeError", f"{_describe(b)} can't be coerced into "
                                f"{module_name(real_class(a))}")


def comparison_failed(a, b):
    return rb_error("ArgumentError", f"comparison of {module_name(real_class(a))} with "
                                     f"{_describe(b)} failed")


def zero_division():
    return rb_error("ZeroDivisionError", "divided by 0")


def float_divide(a, b):
    """a / b in floats: Infinity or NaN for a zero divisor, as IEEE and Ruby say."""
    if b == 0:
        if a != a or a == 0:
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


def _check_float_int(f):
    """The FloatDomainError of converting NaN or an infinity to an Integer."""
    if f != f or f in (math.inf, -math.inf):
        raise rb_error("FloatDomainError", float_to_s(f))


# -- arithmetic -----------------------------------------------------------------------------
@builtin("Integer", "+")
@builtin("Float", "+")
def num_add(a, b):
    if type(b) is int or type(b) is float:
        return a + b
    return _coerced(a, b, "+")


@builtin("Integer", "-")
@builtin("Float", "-")
def num_sub(a, b):
    if type(b) is int or type(b) is float:
        return a - b
    return _coerced(a, b, "-")


@builtin("Integer", "*")
@builtin("Float", "*")
def num_mul(a, b):
    if type(b) is int or type(b) is float:
        return a * b
    return _coerced(a, b, "*")


@builtin("Integer", "/", "div")
def int_div(a, b):
    if type(b) is int:
        if b == 0:
            raise zero_division()
        return a // b
    if type(b) is float:
        return float_divide(a, b)
    return _coerced(a, b, "/")


@builtin("Integer", "%", "modulo")
def int_mod(a, b):
    if type(b) is int:
        if b == 0:
            raise zero_division()
        return a % b
    if type(b) is float:
        return float_mod(float(a), b)
    return _coerced(a, b, "%")


@builtin("Integer", "**", "pow")
def int_pow(a, b, modulus=None):
    if modulus is not None:
        if type(b) is not int or type(modulus) is not int:
            raise rb_error("TypeError", "Integer#pow() 2nd argument not allowed unless "
                                        "all arguments are integers")
        if modulus == 0:
            raise zero_division()
        return pow(a, b, modulus)
    if type(b) is int:
        if b < 0:
            if a == 0:
                raise zero_division()
            raise rb_error("NotImplementedError", "Rational")
        return a ** b
    if type(b) is float:
        return float_pow(float(a), b)
    return _coerced(a, b, "**")


@builtin("Integer", "-@")
def int_neg(a):
    return -a


@builtin("Numeric", "+@")
def num_uplus(a):
    return a


@builtin("Integer", "~")
def int_invert(a):
    return ~a


def _int_operand(b):
    if type(b) is not int:
        if type(b) is float:
            return int(b)
        raise rb_error("TypeError", f"{_describe(b)} can't be coerced into Integer")
    return b


@builtin("Integer", "&")
def int_and(a, b):
    return a & _int_operand(b)


@builtin("Integer", "|")
def int_or(a, b):
    return a | _int_operand(b)


@builtin("Integer", "^")
def int_xor(a, b):
    return a ^ _int_operand(b)


@builtin("Integer", "<<")
def int_lshift(a, b):
    b = _int_operand(b)
    return a << b if b >= 0 else a >> -b


@builtin("Integer", ">>")
def int_rshift(a, b):
    b = _int_operand(b)
    return a >> b if b >= 0 else a << -b


@builtin("Integer", "[]")
def int_bit(a, i):
    return (a >> i) & 1 if i >= 0 else 0


# -- comparison -----------------------------------------------------------------------------
@builtin("Integer", "==", "===")
@builtin("Float", "==", "===")
def num_eq(a, b):
    if type(b) is int or type(b) is float:
        return a == b
    if type(b) is RObject:
        return truthy(send(b, "==", [a]))
    return False


@builtin("Integer", "!=")
@builtin("Float", "!=")
def num_ne(a, b):
    return not num_eq(a, b)


@builtin("Integer", "eql?")
@builtin("Float", "eql?")
def num_eql(a, b):
    return type(a) is type(b) and a == b


@builtin("Integer", "equal?")
@builtin("Float", "equal?")
def num_equal(a, b):
    return type(a) is type(b) and (a == b or (a != a and b != b))


@builtin("Integer", "hash")
@builtin("Float", "hash")
def num_hash(a):
    return hash(a)


@builtin("Integer", "<=>")
@builtin("Float", "<=>")
def num_cmp(a, b):
    if type(b) is int or type(b) is float:
        if a < b:
            return -1
        if a > b:
            return 1
        return 0 if a == b else None      # NaN compares with nothing
    return None


def _comparable(a, b):
    if type(b) is not int and type(b) is not float:
        raise comparison_failed(a, b)


@builtin("Integer", "<")
@builtin("Float", "<")
def num_lt(a, b):
    if type(b) is int or type(b) is float:
        return a < b
    raise comparison_failed(a, b)


@builtin("Integer", "<=")
@builtin("Float", "<=")
def num_le(a, b):
    if type(b) is int or type(b) is float:
        return a <= b
    raise comparison_failed(a, b)


@builtin("Integer", ">")
@builtin("Float", ">")
def num_gt(a, b):
    if type(b) is int or type(b) is float:
        return a > b
    raise comparison_failed(a, b)


@builtin("Integer", ">=")
@builtin("Float", ">=")
def num_ge(a, b):
    if type(b) is int or type(b) is float:
        return a >= b
    raise comparison_failed(a, b)


@builtin("Numeric", "between?")
def num_between(a, lo, hi):
    _comparable(a, lo)
    _comparable(a, hi)
    return lo <= a <= hi


@builtin("Numeric", "clamp")
def num_clamp(a, lo, hi=None):
    from ..objects import RRange
    if type(lo) is RRange:
        lo, hi = lo.first, lo.last
    if lo is not None and hi is not None and lo > hi:
        raise rb_error("ArgumentError", "min argument must be less than or equal to max argument")
    if lo is not None:
        _comparable(a, lo)
        if a < lo:
            return lo
    if hi is not None:
        _comparable(a, hi)
        if a > hi:
            return hi
    return a


# -- Integer --------------------------------------------------------------------------------
@builtin("Integer", "to_s", "inspect")
def int_to_s(a, base=10):
    if base == 10:
        return RString(str(a))
    if not 2 <= base <= 36:
        raise rb_error("ArgumentError", f"invalid radix {base}")
    return RString(to_base(a, base))


_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, base):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, d = divmod(n, base)
        out.append(_DIGITS[d])
    return sign + "".join(reversed(out))


@builtin("Integer", "times", block=True)
def int_times(n, blk):
    if blk is None:
        return _enumerator(n, "times", [])
    call = blk.call
    for i in range(n):
        call(i)
    return n


@builtin("Integer", "upto", block=True)
def int_upto(a, blk, b):
    if blk is None:
        return _enumerator(a, "upto", [b])
    call = blk.call
    if b == math.inf:
        i = a
        while True:
            call(i)
            i += 1
    for i in range(a, math.floor(b) + 1):
        call(i)
    return a


@builtin("Integer", "downto", block=True)
def int_downto(a, blk, b):
    if blk is None:
        return _enumerator(a, "downto", [b])
    call = blk.call
    for i in range(a, math.ceil(b) - 1, -1):
        call(i)
    return a


@builtin("Numeric", "step", block=True)
def num_step(a, blk, limit=None, step=None, kw=None):
    if type(limit) is KwArgs:
        limit, kw = None, limit
    elif type(step) is KwArgs:
        step, kw = None, step
    if kw is not None:
        limit = kw.get("to", limit)
        step = kw.get("by", step)
    if step is None:
        step = 1
    if blk is None:
        args = [limit, step] if kw is None else [KwArgs({"to": limit, "by": step})]
        return _enumerator(a, "step", args)
    if step == 0:
        raise rb_error("ArgumentError", "step can't be 0")
    call = blk.call
    if type(a) is float or type(limit) is float or type(step) is float:
        _float_step(float(a), math.inf if limit is None else float(limit), float(step), call)
        return a
    i = a
    if limit is None:
        while True:
            call(i)
            i += step
    if step > 0:
        while i <= limit:
            call(i)
            i += step
    else:
        while i >= limit:
            call(i)
            i += step
    return a


def _float_step(beg, end, unit, call):
    """Ruby's float step: the count is computed once, with a tolerance of a
    few ulps, and each value is beg + i*unit (no accumulated error)."""
    if unit in (math.inf, -math.inf) or end in (math.inf, -math.inf):
        if (unit > 0 and beg <= end) or (unit < 0 and beg >= end):
            call(beg)
            i = 1
            while end in (math.inf, -math.inf) and unit not in (math.inf, -math.inf):
                call(beg + i * unit)
                i += 1
        return
    n = (end - beg) / unit
    err = (abs(beg) + abs(end) + abs(end - beg)) / abs(unit) * sys_epsilon
    if err > 0.5:
        err = 0.5
    n = math.floor(n + err)
    for i in range(n + 1):
        d = i * unit + beg
        if (unit >= 0 and end < d) or (unit < 0 and d < end):
            d = end
        call(d)


sys_epsilon = 2.220446049250313e-16


@builtin("Integer", "succ", "next")
def int_succ(a):
    return a + 1


@builtin("Integer", "pred")
def int_pred(a):
    return a - 1


@builtin("Integer", "chr")
def int_chr(a, encoding=None):
    if encoding is None and not 0 <= a <= 255 or a < 0 or a > 0x10FFFF:
        raise rb_error("RangeError", f"{a} out of char range")
    return RString(chr(a))


@builtin("Integer", "ord", "to_i", "to_int")
def int_self(a):
    return a


@builtin("Integer", "to_f")
def int_to_f(a):
    return float(a)


@builtin("Integer", "abs", "magnitude")
def int_abs(a):
    return -a if a < 0 else a


@builtin("Integer", "divmod")
def int_divmod(a, b):
    if type(b) is int:
        if b == 0:
            raise zero_division()
        return list(divmod(a, b))
    return float_divmod(float(a), b)


@builtin("Integer", "fdiv")
@builtin("Float", "fdiv")
def num_fdiv(a, b):
    if not _is_num(b):
        return _coerced(a, b, "fdiv")
    return float_divide(float(a), float(b))


@builtin("Integer", "remainder")
def int_remainder(a, b):
    if type(b) is int:
        if b == 0:
            raise zero_division()
        r = abs(a) % abs(b)
        return -r if a < 0 else r
    return float_remainder(float(a), b)


@builtin("Integer", "gcd")
def int_gcd(a, b):
    return math.gcd(a, _int_operand(b))


@builtin("Integer", "lcm")
def int_lcm(a, b):
    b = _int_operand(b)
    return abs(a * b) // math.gcd(a, b) if a and b else 0


@builtin("Integer", "even?")
def int_even(a):
    return a & 1 == 0


@builtin("Integer", "odd?")
def int_odd(a):
    return a & 1 == 1


@builtin("Integer", "zero?")
@builtin("Float", "zero?")
def num_zero(a):
    return a == 0


@builtin("Numeric", "positive?")
def num_positive(a):
    return a > 0


@builtin("Numeric", "negative?")
def num_negative(a):
    return a < 0


@builtin("Numeric", "nonzero?")
def num_nonzero(a):
    return None if a == 0 else a


@builtin("Integer", "integer?")
def int_integer(a):
    return True


@builtin("Numeric", "integer?")
def num_integer(a):
    return False


@builtin("Integer", "finite?")
def int_finite(a):
    return True


@builtin("Integer", "infinite?")
def int_infinite(a):
    return None


@builtin("Integer", "bit_length")
def int_bit_length(a):
    return a.bit_length() if a >= 0 else (~a).bit_length()


@builtin("Integer", "digits")
def int_digits(a, base=10):
    if a < 0:
        from .misc import domain_error
        raise domain_error(None)
    if a == 0:
        return [0]
    out = []
    while a:
        a, d = divmod(a, base)
        out.append(d)
    return out


@builtin("Integer", "size")
def int_size(a):
    return 8


def _int_round_to(a, ndigits, mode):
    """Integer#round/floor/ceil/truncate with negative digits: to a multiple
    of 10**-ndigits."""
    if ndigits >= 0:
        return a
    unit = 10 ** -ndigits
    if mode == "floor":
        return a - a % unit
    if mode == "ceil":
        return a + (-a) % unit
    if mode == "truncate":
        return a - a % unit if a >= 0 else a + (-a) % unit
    q, r = divmod(abs(a), unit)
    if r * 2 > unit or (r * 2 == unit and (mode != "even" or q % 2 == 1)):
        q += 1
    return q * unit if a >= 0 else -q * unit


def _half_mode(kw):
    if kw is None:
        return "up"
    half = kw.get("half")
    if half in (None, "up"):
        return "up"
    if half in ("even", "down"):
        return half
    raise rb_error("ArgumentError", f"invalid rounding mode: {half}")


@builtin("Integer", "round")
def int_round(a, ndigits=0, kw=None):
    if type(ndigits) is KwArgs:
        ndigits, kw = 0, ndigits
    return _int_round_to(a, ndigits, "even" if _half_mode(kw) == "even" else "up")


@builtin("Integer", "floor")
def int_floor(a, ndigits=0):
    return _int_round_to(a, ndigits, "floor")


@builtin("Integer", "ceil")
def int_ceil(a, ndigits=0):
    return _int_round_to(a, ndigits, "ceil")


@builtin("Integer", "truncate")
def int_truncate(a, ndigits=0):
    return _int_round_to(a, ndigits, "truncate")


@builtin("Integer", "sqrt", singleton=True)
def int_sqrt(cls, n):
    n = to_integer(n)
    if n < 0:
        from .misc import domain_error
        raise domain_error('"isqrt"')
    return math.isqrt(n)


@builtin("Integer", "coerce")
def int_coerce(a, b):
    if type(b) is int:
        return [b, a]
    return [to_float(b), float(a)]


# -- Float ----------------------------------------------------------------------------------
@builtin("Float", "/")
def float_div(a, b):
    if type(b) is float or type(b) is int:
        return float_divide(a, b)
    return _coerced(a, b, "/")


@builtin("Float", "%", "modulo")
def float_mod(a, b):
    if not _is_num(b):
        return _coerced(a, b, "%")
    if b == 0:
        raise zero_division()
    if math.isinf(b) and math.isfinite(a):
        # Ruby keeps a when the signs agree (Python would give inf or nan)
        return a if (a >= 0) == (b > 0) or a == 0 else b
    return a % b


@builtin("Float", "**", "pow")
def float_pow(a, b):
    if not _is_num(b):
        return _coerced(a, b, "**")
    if a < 0 and type(b) is float and b != int(b) and math.isfinite(b):
        raise rb_error("NotImplementedError", "Complex")
    try:
        return math.pow(a, b)
    except OverflowError:
        return math.inf if a > 0 or b % 2 == 0 else -math.inf
    except ValueError:      # 0.0 ** negative
        return math.inf


@builtin("Float", "-@")
def float_neg(a):
    return -a


@builtin("Float", "divmod")
def float_divmod(a, b):
    if not _is_num(b):
        return _coerced(a, b, "divmod")
    if b == 0:
        raise zero_division()
    q = a / b
    _check_float_int(q)
    return [math.floor(q), float_mod(float(a), b)]


@builtin("Float", "div")
def float_int_div(a, b):
    if not _is_num(b):
        return _coerced(a, b, "div")
    if b == 0:
        raise zero_division()
    q = a / b
    _check_float_int(q)
    return math.floor(q)


@builtin("Float", "remainder")
def float_remainder(a, b):
    if not _is_num(b):
        return _coerced(a, b, "remainder")
    if b == 0:
        return math.nan
    return math.fmod(a, b)


@builtin("Float", "to_s", "inspect")
def float_to_s_method(a):
    return RString(float_to_s(a))


@builtin("Float", "to_f")
def float_self(a):
    return a


@builtin("Float", "to_i", "to_int")
def float_to_i(a):
    _check_float_int(a)
    return int(a)


@builtin("Float", "abs", "magnitude")
def float_abs(a):
    return abs(a)


@builtin("Float", "nan?")
def float_nan(a):
    return a != a


@builtin("Float", "infinite?")
def float_infinite(a):
    if a == math.inf:
        return 1
    if a == -math.inf:
        return -1
    return None


@builtin("Float", "finite?")
def float_finite(a):
    return math.isfinite(a)


@builtin("Float", "next_float")
def float_next(a):
    return math.nextafter(a, math.inf)


@builtin("Float", "prev_float")
def float_prev(a):
    return math.nextafter(a, -math.inf)


@builtin("Float", "coerce")
def float_coerce(a, b):
    return [to_float(b), a]


def round_half_away(x: float) -> float:
    """C's round(): halves away from zero."""
    r = math.floor(abs(x))
    if abs(x) - r >= 0.5:
        r += 1
    return math.copysign(r, x)


def _digits_overflow(ndigits, binexp):
    """x * 10**ndigits is already an integer: rounding leaves x alone."""
    return ndigits >= 17 - (binexp // 4 if binexp > 0 else int(binexp / 3) - 1)


def _digits_underflow(ndigits, binexp):
    """x is below the last digit kept: rounding gives zero."""
    return ndigits < -(binexp // 3 + 1 if binexp > 0 else int(binexp / 4))


@builtin("Float", "round")
def float_round(a, ndigits=0, kw=None):
    if type(ndigits) is KwArgs:
        ndigits, kw = 0, ndigits
    mode = _half_mode(kw)
    if ndigits > 0:
        if a == 0 or not math.isfinite(a):
            return a
        binexp = math.frexp(a)[1]
        if _digits_overflow(ndigits, binexp):
            return a
        if a > 0 and _digits_underflow(ndigits, binexp):
            return 0.0
        if ndigits > 14 or mode != "up":
            # 10**ndigits is inexact (or an uncommon mode): round the exact value
            rounding = ROUND_HALF_UP if mode == "up" else ROUND_HALF_EVEN
            return float(Decimal(a).quantize(Decimal(1).scaleb(-ndigits), rounding))
        s = 10.0 ** ndigits
        return _round_half_up(a, s) / s
    _check_float_int(a)
    if ndigits == 0:
        if mode == "even":
            return round(a)
        if mode == "down":
            r = math.floor(abs(a))
            return int(math.copysign(r + 1 if abs(a) - r > 0.5 else r, a))
        return int(round_half_away(a))
    return _int_round_to(int(a), ndigits, "even" if mode == "even" else "up")


def _round_half_up(x, s):
    """Ruby's round_half_up(x, s): round(x*s), corrected when the product
    rounded the wrong way."""
    f = round_half_away(x * s)
    if x > 0 and (f + 0.5) / s <= x:
        f += 1
    elif x < 0 and (f - 0.5) / s >= x:
        f -= 1
    return f


@builtin("Float", "floor")
def float_floor(a, ndigits=0):
    if ndigits > 0:
        return _float_floor_digits(a, ndigits, math.floor, 1)
    _check_float_int(a)
    return _int_round_to(math.floor(a), ndigits, "floor")


@builtin("Float", "ceil")
def float_ceil(a, ndigits=0):
    if ndigits > 0:
        return _float_floor_digits(a, ndigits, math.ceil, -1)
    _check_float_int(a)
    return _int_round_to(math.ceil(a), ndigits, "ceil")


def _float_floor_digits(a, ndigits, direction, toward):
    """floor(n)/ceil(n) for n > 0, as Ruby: the product's floor (ceil), unless
    the next multiple still lies on the right side of a (10**n is inexact)."""
    if a == 0 or not math.isfinite(a):
        return a
    binexp = math.frexp(a)[1]
    if _digits_overflow(ndigits, binexp):
        return a
    if a > 0 and _digits_underflow(ndigits, binexp):
        return 0.0
    s = 10.0 ** ndigits
    mul = direction(a * s)
    res = (mul + toward) / s
    if (res > a) if toward > 0 else (res < a):
        res = mul / s
    return float(res)


@builtin("Float", "truncate")
def float_truncate(a, ndigits=0):
    if a > 0:
        return float_floor(a, ndigits)
    return float_ceil(a, ndigits)


# -- conversions ----------------------------------------------------------------------------
_PREFIX_BASES = {"0x": 16, "0b": 2, "0o": 8, "0d": 10}
_DIGIT_GROUPS = re.compile(r"[0-9a-zA-Z]+(?:_[0-9a-zA-Z]+)*")


def to_integer(v, base=None):
    """Kernel#Integer(v): strict conversion (a String must be an integer
    literal, underscores between digits allowed)."""
    t = type(v)
    if t is int:
        return v
    if t is float:
        _check_float_int(v)
        return int(v)
    if t is RString:
        n = parse_integer(v.s, base)
        if n is None:
            raise rb_error("ArgumentError", f"invalid value for Integer(): {rb_inspect(v)}")
        return n
    if v is None:
        raise rb_error("TypeError", "can't convert nil into Integer")
    if type(v) is RObject:
        for conv in ("to_int", "to_i"):
            if responds_to(v, conv):
                return send(v, conv, [])
    raise rb_error("TypeError", f"can't convert {_describe(v)} into Integer")


def parse_integer(text, base=None):
    """The value of an integer literal in Kernel#Integer's syntax (sign,
    0x/0b/0o/0 prefix, underscores between digits), or None."""
    s = text.strip(" \t\n\v\f\r")
    negative = s[:1] == "-"
    if s[:1] in ("-", "+"):
        s = s[1:]
    prefix_base = _PREFIX_BASES.get(s[:2].lower())
    digits = s[2:] if prefix_base else s
    if prefix_base is None and len(s) > 1 and s[0] == "0":
        prefix_base = 8
    if base is None:
        base = prefix_base or 10
    elif prefix_base is not None and prefix_base != base and digits is not s:
        return None
    if not _DIGIT_GROUPS.fullmatch(digits):
        return None
    try:
        n = int(digits.replace("_", ""), base)
    except ValueError:
        return None
    return -n if negative else n


_FLOAT_TEXT = re.compile(r"\s*[-+]?(\d+(_\d+)*)?(\.\d+(_\d+)*)?([eE][-+]?\d+)?\s*")


def to_float(v):
    """Kernel#Float(v)."""
    t = type(v)
    if t is float:
        return v
    if t is int:
        return float(v)
    if t is RString:
        m = _FLOAT_TEXT.fullmatch(v.s)
        if m is None or not (m.group(1) or m.group(3)):
            n = parse_integer(v.s) if m is None else None
            if n is not None:
                return float(n)
            raise rb_error("ArgumentError", f"invalid value for Float(): {rb_inspect(v)}")
        return float(v.s.replace("_", ""))
    if v is None:
        raise rb_error("TypeError", "can't convert nil into Float")
    if type(v) is RObject and responds_to(v, "to_f"):
        return send(v, "to_f", [])
    raise rb_error("TypeError", f"can't convert {_describe(v)} into Float")


@on_new_realm
def _float_constants(realm):
    consts = realm.Float.consts
    consts["INFINITY"] = math.inf
    consts["NAN"] = math.nan
    consts["EPSILON"] = sys_epsilon
    consts["MAX"] = 1.7976931348623157e+308
    consts["MIN"] = 2.2250738585072014e-308
    consts["DIG"] = 15
