"""How Ruby values print: `to_s` and `inspect` of any value, Float#to_s, and
Kernel#format (sprintf).

The host types are formatted here directly, without dispatching (the common
case, and it keeps `p` of a large array cheap); objects written in Ruby
(RObject) are asked through `send`, so a user-defined to_s or inspect is used.
"""
from __future__ import annotations

import math
import re
from decimal import Decimal

from ..objects import (RString, RHash, RRange, RClass, RProc, NativeProc, send,
                       rb_error)


# -- to_s and inspect --------------------------------------------------------------------
def to_s(v) -> str:
    """The text of `v.to_s` (what puts and string interpolation show)."""
    t = type(v)
    if t is RString:
        return v.s
    if t is int or t is str:
        return str(v)
    if t is float:
        return float_to_s(v)
    if v is None:
        return ""
    if t is bool:
        return "true" if v else "false"
    if t is list or t is RHash:
        return inspect(v)
    if t is RRange:
        return f"{to_s(v.first)}{'...' if v.exclusive else '..'}{to_s(v.last)}"
    if t is RClass:
        return module_name(v)
    r = send(v, "to_s", [])
    if type(r) is RString:
        return r.s
    # Ruby falls back to the default form when to_s returns a non-String
    return default_to_s(v)


def default_to_s(v) -> str:
    """Object#to_s: `#<Foo>` (CRuby adds the address, which no test can
    compare)."""
    from ..objects import real_class
    return f"#<{module_name(real_class(v))}>"


def inspect(v) -> str:
    """The text of `v.inspect` (what p shows)."""
    return _inspect(v, set())


def _inspect(v, active):
    t = type(v)
    if t is RString:
        return string_inspect(v.s)
    if t is int:
        return str(v)
    if t is str:
        return symbol_inspect(v)
    if t is float:
        return float_to_s(v)
    if v is None:
        return "nil"
    if t is bool:
        return "true" if v else "false"
    if t is list:
        if id(v) in active:
            return "[...]"
        active.add(id(v))
        try:
            return "[" + ", ".join([_inspect(x, active) for x in v]) + "]"
        finally:
            active.discard(id(v))
    if t is RHash:
        if id(v) in active:
            return "{...}"
        active.add(id(v))
        try:
            return "{" + ", ".join([f"{_inspect(k, active)}=>{_inspect(x, active)}"
                                    for k, x in v.items()]) + "}"
        finally:
            active.discard(id(v))
    if t is RRange:
        # an endless or beginless range leaves out its nil end, unless both are nil
        first = "" if v.first is None and v.last is not None else _inspect(v.first, active)
        last = "" if v.last is None and v.first is not None else _inspect(v.last, active)
        return f"{first}{'...' if v.exclusive else '..'}{last}"
    if t is RClass:
        return module_name(v)
    if t is RProc or t is NativeProc:
        return f"#<Proc:0x{id(v):016x}{' (lambda)' if v.is_lambda else ''}>"
    r = send(v, "inspect", [])
    return r.s if type(r) is RString else to_s(r)


def module_name(cls) -> str:
    """A class's or module's name as Ruby prints it: `A::B` for a class
    defined inside A, `#<Class:Foo>` for Foo's singleton class."""
    if cls.name is None:
        if cls.is_singleton and cls.attached is not None:
            return f"#<Class:{inspect(cls.attached)}>"
        return f"#<{'Module' if cls.is_module else 'Class'}:0x{id(cls):016x}>"
    parent = cls.lexical_parent
    if parent is not None and parent.name != "Object" and "::" not in cls.name:
        return f"{module_name(parent)}::{cls.name}"
    return cls.name


_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\f": "\\f", "\v": "\\v", "\a": "\\a",
            "\b": "\\b", "\x1b": "\\e", '"': '\\"', "\\": "\\\\"}
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\]|#(?=[{$@])')


def string_inspect(s: str) -> str:
    """String#inspect: double quotes, backslash escapes, and `#` escaped where
    it would start an interpolation."""
    if not _NEEDS_ESCAPE.search(s):
        return f'"{s}"'
    return '"' + _NEEDS_ESCAPE.sub(_escape, s) + '"'


def _escape(m):
    c = m.group()
    if c == "#":
        return "\\#"
    e = _ESCAPES.get(c)
    return e if e is not None else f"\\u{ord(c):04X}"


_OPERATOR_SYMBOLS = frozenset((
    "+", "-", "*", "/", "%", "**", "==", "===", "!=", "=~", "!~", "!", "<", "<=", ">", ">=",
    "<=>", "<<", ">>", "&", "|", "^", "~", "+@", "-@", "[]", "[]=", "`"))
_PLAIN_SYMBOL = re.compile(r"(?:[@$]|@@)?[^\W\d]\w*|[^\W\d]\w*[?!=]|\$(?:[~*$?!@/\\;,.=:<>\"&`'+0]|\d+)")


def symbol_inspect(name: str) -> str:
    """Symbol#inspect: `:a`, `:+`, `:"foo bar"`."""
    if name in _OPERATOR_SYMBOLS or _PLAIN_SYMBOL.fullmatch(name):
        return ":" + name
    return ":" + string_inspect(name)


# -- Float#to_s ---------------------------------------------------------------------------
def float_to_s(f: float) -> str:
    """Float#to_s: the shortest digits that read back as `f`; fixed notation
    for 1e-4 <= |f| < 1e15, else `d.ddde+XX`."""
    if f != f:
        return "NaN"
    if f in (math.inf, -math.inf):
        return "Infinity" if f > 0 else "-Infinity"
    if f == 0.0:
        return "-0.0" if math.copysign(1.0, f) < 0 else "0.0"
    digits, decpt = _shortest_digits(abs(f))
    sign = "-" if f < 0 else ""
    if 0 < decpt < 16:
        if len(digits) <= decpt:
            return f"{sign}{digits}{'0' * (decpt - len(digits))}.0"
        return f"{sign}{digits[:decpt]}.{digits[decpt:]}"
    if -4 < decpt <= 0:
        return f"{sign}0.{'0' * -decpt}{digits}"
    return f"{sign}{digits[0]}.{digits[1:] or '0'}e{decpt - 1:+03d}"


def _shortest_digits(f: float):
    """The shortest round-tripping decimal digits of f > 0 (the host's repr)
    and the position of the decimal point: f = 0.DIGITS * 10**decpt."""
    mantissa, _, exp = repr(f).partition("e")
    whole, _, frac = mantissa.partition(".")
    digits = whole + frac
    decpt = len(whole) + (int(exp) if exp else 0)
    stripped = digits.lstrip("0")
    decpt -= len(digits) - len(stripped)
    return stripped.rstrip("0") or "0", decpt


# -- format / sprintf --------------------------------------------------------------------
_SPEC = re.compile(r"%\{(?P<braced>\w+)\}"
                   r"|%(?P<flags>[-+ 0#]*)(?:(?P<index>\d+)\$(?P<flags3>[-+ 0#]*))?"
                   r"(?:<(?P<name>\w+)>(?P<flags2>[-+ 0#]*))?"
                   r"(?P<width>\d+|\*)?(?:\.(?P<prec>\d+|\*)?)?(?P<conv>.?)", re.S)


def sprintf(fmt: str, args: list) -> str:
    """Kernel#format: the directives of Ruby's sprintf."""
    out = []
    pos = 0
    next_arg = 0
    numbered = False        # an argument was chosen by its number (%2$s)

    def take():
        nonlocal next_arg
        if numbered:
            raise rb_error("ArgumentError", f"unnumbered({next_arg + 1}) mixed with numbered")
        if next_arg >= len(args):
            raise rb_error("ArgumentError", "too few arguments")
        next_arg += 1
        return args[next_arg - 1]

    def nth(n):
        nonlocal numbered
        if next_arg:
            raise rb_error("ArgumentError", f"numbered({n}) after unnumbered({next_arg})")
        if n < 1:
            raise rb_error("ArgumentError", f"invalid index - {n}$")
        if n > len(args):
            raise rb_error("ArgumentError", "too few arguments")
        numbered = True
        return args[n - 1]

    def named(name):
        if len(args) != 1 or not isinstance(args[0], RHash):
            raise rb_error("ArgumentError", "one hash required")
        h = args[0]
        if name not in h:
            raise rb_error("KeyError", f"key<{name}> not found")
        return h[name]

    while True:
        i = fmt.find("%", pos)
        if i < 0:
            out.append(fmt[pos:])
            return "".join(out)
        out.append(fmt[pos:i])
        m = _SPEC.match(fmt, i)
        pos = m.end()
        if m.group("braced") is not None:
            out.append(to_s(named(m.group("braced"))))
            continue
        conv = m.group("conv")
        if conv == "%":
            out.append("%")
            continue
        if conv == "" or conv == "\n" or conv == "\0":
            raise rb_error("ArgumentError",
                           "incomplete format specifier; use %% (double %) instead")
        flags = m.group("flags") + (m.group("flags3") or "") + (m.group("flags2") or "")
        width = m.group("width")
        if width == "*":
            width = _int_arg(take())
            if width < 0:
                flags += "-"
                width = -width
        else:
            width = int(width) if width else 0
        prec = m.group("prec")
        if prec == "*":
            prec = _int_arg(take())
        elif prec is not None:
            prec = int(prec)
        elif m.group(0).endswith("." + conv):
            prec = 0
        arg = named(m.group("name")) if m.group("name") else None
        if m.group("index") is not None and conv in _CONVERSIONS:
            arg = nth(int(m.group("index")))
        elif m.group("name") is None and conv in _CONVERSIONS:
            arg = take()
        body = _convert(conv, arg, flags, width, prec, m.group(0))
        out.append(body)


_CONVERSIONS = frozenset("diuxXobBfeEgGaAspc")


def _convert(conv, arg, flags, width, prec, directive):
    left = "-" in flags
    if conv in "diu":
        return _pad_number(_sign(_int_arg(arg), flags), str(abs(_int_arg(arg))), "",
                           flags, width, prec)
    if conv in "xXobB":
        return _format_based(conv, _int_arg(arg), flags, width, prec)
    if conv in "feEgGaA":
        return _format_float(conv, arg, flags, width, prec)
    if conv == "s" or conv == "p":
        text = to_s(arg) if conv == "s" else inspect(arg)
        if prec is not None:
            text = text[:prec]
        return text.ljust(width) if left else text.rjust(width)
    if conv == "c":
        if type(arg) is RString:
            if len(arg.s) != 1:
                raise rb_error("ArgumentError", "%c requires a character")
            text = arg.s
        else:
            text = chr(_int_arg(arg))
        return text.ljust(width) if left else text.rjust(width)
    raise rb_error("ArgumentError", f"malformed format string - {directive}")


def _int_arg(v):
    if type(v) is int:
        return v
    from .numeric import to_integer
    return to_integer(v)


def _sign(n, flags):
    if n < 0:
        return "-"
    return "+" if "+" in flags else " " if " " in flags else ""


def _pad_number(sign, digits, prefix, flags, width, prec):
    """Sign, prefix (0x...), digits padded to `prec` digits with zeros, the
    whole padded to `width` (with zeros after the sign for the 0 flag)."""
    if prec is not None and len(digits) < prec:
        digits = digits.rjust(prec, "0")
    head = sign + prefix
    if "-" in flags:
        return (head + digits).ljust(width)
    if "0" in flags and prec is None:
        return head + digits.rjust(width - len(head), "0")
    return (head + digits).rjust(width)


_BASES = {"x": 16, "X": 16, "o": 8, "b": 2, "B": 2}
_PREFIXES = {"x": "0x", "X": "0X", "o": "0", "b": "0b", "B": "0B"}


def _format_based(conv, n, flags, width, prec):
    base = _BASES[conv]
    explicit_sign = "+" in flags or " " in flags
    if n < 0 and not explicit_sign:
        # Ruby shows a negative number as its two's complement, `..f01` for -255
        digits = ".." + _twos_complement(n, base)
        sign = ""
    else:
        digits = _digits(abs(n), base)
        sign = _sign(n, flags)
    if conv == "X":
        digits = digits.upper()
    prefix = _PREFIXES[conv] if "#" in flags and n != 0 else ""
    if conv == "o" and prefix and digits.startswith("0"):
        prefix = ""
    return _pad_number(sign, digits, prefix, flags, width, prec)


def _digits(n, base):
    if base == 16:
        return f"{n:x}"
    if base == 8:
        return f"{n:o}"
    return f"{n:b}"


def _twos_complement(n, base):
    """The digits of negative n in two's complement, with one leading
    (base-1) digit standing for the infinite run of them (-255 -> f01)."""
    k = len(_digits(-n, base)) + 1          # enough digits for n and its sign
    top = _digits(base - 1, base)
    return top + _digits(n + base ** k, base).lstrip(top)


def _format_float(conv, arg, flags, width, prec):
    if type(arg) is not float:
        from .numeric import to_float
        arg = to_float(arg) if type(arg) is not int else arg
    if prec is None:
        prec = 6
    if type(arg) is float and not math.isfinite(arg):
        body = "NaN" if arg != arg else "Inf"
        sign = "-" if arg < 0 else _sign(1, flags)
        text = sign + body
        return text.ljust(width) if "-" in flags else text.rjust(width)
    negative = arg < 0 or (type(arg) is float and math.copysign(1.0, arg) < 0)
    sign = "-" if negative else _sign(1, flags)
    mag = abs(arg)
    lower = conv.lower()
    if lower == "f":
        body = format(_decimal_for(mag, fraction_digits=prec), f".{prec}f")
        if "#" in flags and prec == 0 and type(arg) is float:
            body += "."
    elif lower == "e":
        body = _exp_notation(_decimal_for(mag, significant=prec + 1), prec, "#" in flags)
    else:
        body = _general(mag, prec or 1, "#" in flags)
    if conv.isupper():
        body = body.upper()
    if "-" in flags:
        return (sign + body).ljust(width)
    if "0" in flags:
        return sign + body.rjust(width - len(sign), "0")
    return (sign + body).rjust(width)


def _decimal_for(x, fraction_digits=None, significant=None):
    """The decimal that Ruby's sprintf rounds x from (half to even).  CRuby's
    dtoa takes a fast path in floating point when 1 to 14 significant digits
    are asked for, which rounds as if from x's 15-digit decimal form (so
    `%.2f` of 2.675 is 2.68 and of 0.105 is 0.10, where C says 2.67 and 0.11);
    otherwise it rounds x's exact binary value, as C does."""
    if type(x) is int or x == 0:
        return Decimal(x)
    if significant is None:
        significant = fraction_digits + Decimal(repr(x)).adjusted() + 1
    if 1 <= significant <= 14:
        return Decimal(f"{x:.14e}")
    return Decimal(x)


def _exp_notation(d, prec, keep_point):
    if d == 0:      # the host's Decimal gives 0e+(prec) here
        mantissa, exp = "0." + "0" * prec if prec else "0", "0"
    else:
        mantissa, _, exp = format(d, f".{prec}e").partition("e")
    if keep_point and prec == 0:
        mantissa += "."
    return f"{mantissa}e{int(exp):+03d}"


def _general(x, prec, keep_zeros):
    """%g: %e when the exponent is < -4 or >= the precision, else %f, with
    trailing zeros dropped unless the # flag."""
    if x == 0:
        exp = 0
    else:
        rounded = format(_decimal_for(x, significant=prec), f".{prec - 1}e")
        exp = int(rounded.partition("e")[2])
    if -4 <= exp < prec:
        body = format(_decimal_for(x, fraction_digits=prec - 1 - exp), f".{prec - 1 - exp}f")
        if keep_zeros and "." not in body:
            body += "."
    else:
        body = _exp_notation(_decimal_for(x, significant=prec), prec - 1, keep_zeros)
    if keep_zeros:
        return body
    mantissa, e, exp_part = body.partition("e")
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    return mantissa + e + exp_part
