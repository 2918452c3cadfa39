"""jsish number conversions: JavaScript's Number-to-string and string-to-Number.

    number_to_string(x, radix=10)   Number::toString / Number.prototype.toString
    to_fixed(x, digits)             Number.prototype.toFixed
    string_to_number(s)             StringToNumber (Number("..."), unary +)
    parse_int(s, radix)             the global parseInt
    parse_float(s)                  the global parseFloat

Numbers are represented as in values.py: an int when the value is an integer
of magnitude <= 2**53 (and not -0), a float otherwise.  The functions that
produce numbers follow the same rule.
"""
from __future__ import annotations

import math
import re
from fractions import Fraction

SAFE = 2 ** 53
NAN = float("nan")
INF = float("inf")

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

#: JavaScript's WhiteSpace and LineTerminator code points (what String.prototype.trim
#: and StringToNumber strip): TAB VT FF SP NBSP ZWNBSP, the Zs category, LF CR LS PS
WHITESPACE = ("\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
              "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff")


def number(value):
    """A host number in the canonical form: int when integral, safe and not -0."""
    if type(value) is int:
        return value if -SAFE <= value <= SAFE else float(value)
    if value.is_integer() and -SAFE <= value <= SAFE and (value or math.copysign(1.0, value) > 0):
        return int(value)
    return value


def _int_to_float(n):
    """The double nearest an arbitrary integer (Infinity when it overflows)."""
    try:
        return float(n)
    except OverflowError:
        return INF if n > 0 else -INF


# -- Number to string -----------------------------------------------------------
def number_to_string(x, radix=10) -> str:
    """ECMAScript Number::toString(x) in base `radix` (2..36)."""
    if type(x) is int:
        if -SAFE <= x <= SAFE:
            if radix == 10:
                return str(x)
            return _int_to_radix(x, radix)
        x = _int_to_float(x)
    if x != x:
        return "NaN"
    if x == INF:
        return "Infinity"
    if x == -INF:
        return "-Infinity"
    if x == 0:
        return "0"
    if radix == 10:
        return _shortest(x)
    return _double_to_radix(x, radix)


def _int_to_radix(n, radix):
    if n == 0:
        return "0"
    neg = n < 0
    n = -n if neg else n
    out = []
    while n:
        n, d = divmod(n, radix)
        out.append(DIGITS[d])
    if neg:
        out.append("-")
    return "".join(reversed(out))


def _digits_and_point(x):
    """The shortest round-trip decimal digits of abs(x) (no leading or trailing
    zeros) and n, the position of the decimal point: abs(x) = 0.digits * 10**n."""
    r = repr(abs(x))
    if "e" in r:
        mant, exp = r.split("e")
        exp = int(exp)
    else:
        mant, exp = r, 0
    if "." in mant:
        ip, fp = mant.split(".")
    else:
        ip, fp = mant, ""
    digits = ip + fp
    point = len(ip) + exp
    stripped = digits.lstrip("0")
    point -= len(digits) - len(stripped)
    return stripped.rstrip("0"), point


def _shortest(x):
    s, n = _digits_and_point(x)
    k = len(s)
    sign = "-" if x < 0 else ""
    if k <= n <= 21:
        return sign + s + "0" * (n - k)
    if 0 < n <= 21:
        return sign + s[:n] + "." + s[n:]
    if -6 < n <= 0:
        return sign + "0." + "0" * (-n) + s
    e = n - 1
    es = ("e+" if e >= 0 else "e-") + str(abs(e))
    if k == 1:
        return sign + s + es
    return sign + s[0] + "." + s[1:] + es


def _double_to_radix(value, radix):
    """Non-decimal toString of a finite nonzero double: the integer part exactly
    (digits beyond the double's precision as zeros), the fraction digits until
    they identify the double uniquely (rounding the last one half to even)."""
    negative = value < 0
    if negative:
        value = -value
    integer = math.floor(value)
    integer = float(integer)
    fraction = value - integer
    delta = 0.5 * (math.nextafter(value, INF) - value)
    delta = max(math.nextafter(0.0, 1.0), delta)
    frac_digits = []
    if fraction >= delta:
        while True:
            fraction *= radix
            delta *= radix
            digit = int(fraction)
            frac_digits.append(digit)
            fraction -= digit
            if fraction > 0.5 or (fraction == 0.5 and (digit & 1)):
                if fraction + delta > 1:
                    # round up, carrying into the digits already written
                    while True:
                        if not frac_digits:
                            integer += 1
                            break
                        d = frac_digits.pop()
                        if d + 1 < radix:
                            frac_digits.append(d + 1)
                            break
                    break
            if not fraction >= delta:
                break
    int_digits = []
    # digits below the double's precision come out as zeros
    while integer / radix >= SAFE:        # i.e. the exponent of integer/radix > 0
        integer /= radix
        int_digits.append("0")
    while True:
        remainder = math.fmod(integer, radix)
        int_digits.append(DIGITS[int(remainder)])
        integer = (integer - remainder) / radix
        if not integer > 0:
            break
    out = "".join(reversed(int_digits))
    if frac_digits:
        out += "." + "".join(DIGITS[d] for d in frac_digits)
    return ("-" + out) if negative else out


def to_fixed(x, digits) -> str:
    """Number.prototype.toFixed(digits) for digits in 0..100 (the caller checks
    the range and throws the RangeError)."""
    if type(x) is float:
        if x != x:
            return "NaN"
        if abs(x) >= 1e21:
            return number_to_string(x)
    elif abs(x) >= 10 ** 21:
        return number_to_string(x)
    sign = ""
    if x < 0:
        sign = "-"
        x = -x
    scaled = Fraction(x) * 10 ** digits
    n = math.floor(scaled + Fraction(1, 2))     # ties: the larger n
    m = str(n)
    if digits:
        k = len(m)
        if k <= digits:
            m = "0" * (digits + 1 - k) + m
            k = digits + 1
        m = m[:k - digits] + "." + m[k - digits:]
    return sign + m


# -- string to Number ----------------------------------------------------------
_DECIMAL = re.compile(r"[+-]?(?:Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")
_NON_DECIMAL = re.compile(r"0(?:([xX])([0-9a-fA-F]+)|([oO])([0-7]+)|([bB])([01]+))")


def _trim(s):
    return s.strip(WHITESPACE)


def _decimal_value(text):
    """The number a StrDecimalLiteral (already matched) denotes."""
    if text.endswith("Infinity"):
        return -INF if text[0] == "-" else INF
    return number(float(text))


def string_to_number(s):
    """ECMAScript StringToNumber: NaN (a float) for anything not a numeric literal."""
    s = _trim(s)
    if not s:
        return 0
    m = _DECIMAL.fullmatch(s)
    if m:
        return _decimal_value(s)
    m = _NON_DECIMAL.fullmatch(s)
    if m:
        if m.group(2):
            n = int(m.group(2), 16)
        elif m.group(4):
            n = int(m.group(4), 8)
        else:
            n = int(m.group(6), 2)
        return n if n <= SAFE else _int_to_float(n)
    return NAN


def parse_float(s):
    """The global parseFloat(string): the longest decimal literal prefix."""
    s = s.lstrip(WHITESPACE)
    m = _DECIMAL.match(s)
    if not m:
        return NAN
    return _decimal_value(m.group(0))


def parse_int(s, radix=0):
    """The global parseInt(string, radix): radix already converted with ToInt32
    (0 when absent)."""
    s = s.lstrip(WHITESPACE)
    negative = False
    if s[:1] in ("+", "-"):
        negative = s[0] == "-"
        s = s[1:]
    strip_prefix = True
    if radix != 0:
        if radix < 2 or radix > 36:
            return NAN
        if radix != 16:
            strip_prefix = False
    else:
        radix = 10
    if strip_prefix and s[:2] in ("0x", "0X"):
        s = s[2:]
        radix = 16
    end = 0
    n = len(s)
    while end < n:
        c = s[end]
        if "0" <= c <= "9":
            d = ord(c) - 48
        elif "a" <= c <= "z":
            d = ord(c) - 87
        elif "A" <= c <= "Z":
            d = ord(c) - 55
        else:
            break
        if d >= radix:
            break
        end += 1
    if end == 0:
        return NAN
    digits = s[:end]
    if radix == 10:
        value = float(digits)             # correctly rounded, like V8's Strtod
    elif radix & (radix - 1) == 0:
        value = _int_to_float(int(digits, radix))   # powers of 2: exact rounding
    else:
        value = _generic_radix(digits.lstrip("0"), radix)   # V8 skips leading zeros first
    if negative:
        value = -value
    return number(value)


def _generic_radix(digits, radix):
    """V8's accumulation for radixes other than 10 and powers of two: parts whose
    multiplier fits 32 bits, combined in double arithmetic (inexact above 2**53,
    as the specification allows)."""
    limit = 0xFFFFFFFF // 36
    result = 0.0
    i, n = 0, len(digits)
    while i < n:
        part, multiplier = 0, 1
        while i < n:
            m = multiplier * radix
            if m > limit:
                break
            part = part * radix + int(digits[i], 36)
            multiplier = m
            i += 1
        result = result * multiplier + part
    return result
