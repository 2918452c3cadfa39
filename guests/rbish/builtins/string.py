"""String, Symbol, and Regexp with MatchData.

A String is an RString (mutable, `.s` the host text); every method returning
a string makes a new RString.  A Symbol is a host str.  A Regexp is an
RRegexp: Ruby's pattern translated to a host `re` pattern once, when made.
"""
from __future__ import annotations

import re

from .. import objects
from ..objects import (HOST_TYPES, RString, RHash, RRange, NativeProc, builtin,
                       on_new_realm, send, rb_error, check_frozen, real_class, BUILTINS)
from ..calls import KwArgs
from .format import to_s, inspect as rb_inspect, string_inspect, symbol_inspect, sprintf, \
    module_name


def _enumerator(recv, name, args):
    from .enumerable import make_enumerator
    return make_enumerator(recv, name, args)


def _str_arg(v) -> str:
    """The text of a String argument; TypeError for anything else."""
    if type(v) is RString:
        return v.s
    raise rb_error("TypeError", f"no implicit conversion of {_type_name(v)} into String")


def _type_name(v):
    if v is None:
        return "nil"
    if v is True or v is False:
        return str(v).lower()
    return module_name(real_class(v))


def _int_arg(v) -> int:
    if type(v) is int:
        return v
    if type(v) is float:
        return int(v)
    raise rb_error("TypeError", f"no implicit conversion of {_type_name(v)} into Integer")


def _set_last_match(m):
    """$~ (and through it $1...): the last match of =~, match, sub, gsub, scan."""
    objects.R.gvars["$~"] = m


# -- Regexp -----------------------------------------------------------------------------------
class RRegexp:
    """A Ruby Regexp: its source and option letters, and the host pattern."""

    __slots__ = ("source", "options", "pattern")

    def __init__(self, source: str, options: str = ""):
        self.source = source
        self.options = "".join(c for c in "mix" if c in options)
        flags = re.MULTILINE            # Ruby's ^ and $ always match at line ends
        if "i" in options:
            flags |= re.IGNORECASE
        if "m" in options:
            flags |= re.DOTALL
        if "x" in options:
            flags |= re.VERBOSE
        try:
            self.pattern = re.compile(translate_regexp(source), flags)
        except re.error as e:
            raise rb_error("RegexpError", f"{e}: /{source}/") from None

    def __eq__(self, other):
        return type(other) is RRegexp and other.source == self.source \
            and other.options == self.options

    def __hash__(self):
        return hash(self.source)


_POSIX_CLASSES = {"alpha": "a-zA-Z", "digit": "0-9", "alnum": "a-zA-Z0-9", "upper": "A-Z",
                  "lower": "a-z", "space": r"\s", "xdigit": "0-9a-fA-F", "word": r"\w",
                  "punct": r"!-/:-@\[-`{-~", "blank": r" \t", "cntrl": r"\x00-\x1f",
                  "print": r"\x20-\x7e", "graph": r"\x21-\x7e"}
_ESCAPES = {"h": "[0-9a-fA-F]", "H": "[^0-9a-fA-F]", "z": r"\Z", "Z": r"(?=\n?\Z)",
            "e": r"\x1b"}


def translate_regexp(source: str) -> str:
    """Ruby (Onigmo) pattern syntax to the host's: named groups and
    backreferences, \\h, \\z and \\Z, POSIX bracket classes.  A pattern with
    named groups captures only those (its plain groups do not capture), as
    in Ruby."""
    out = []
    i, n = 0, len(source)
    in_class = False
    named = False           # a named group: Onigmo then captures only named groups
    plain_groups = []       # where in `out` each plain "(" is
    while i < n:
        c = source[i]
        if c == "\\" and i + 1 < n:
            d = source[i + 1]
            if d in _ESCAPES and not (in_class and d in "zZ"):
                out.append(_ESCAPES[d] if not in_class or d == "e" else _ESCAPES[d][1:-1])
                i += 2
                continue
            if d == "k" and source.startswith("<", i + 2):
                end = source.index(">", i)
                out.append(f"(?P={source[i + 3:end]})")
                i = end + 1
                continue
            if d == "/":
                out.append("/")
                i += 2
                continue
            out.append(source[i:i + 2])
            i += 2
            continue
        if in_class:
            if source.startswith("[:", i):
                end = source.find(":]", i)
                name = source[i + 2:end]
                if end > 0 and name.lstrip("^") in _POSIX_CLASSES:
                    out.append(_POSIX_CLASSES[name.lstrip("^")])
                    i = end + 2
                    continue
            if c == "]":
                in_class = False
            elif c == "[":
                out.append("\\[")
                i += 1
                continue
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append(c)
            if source.startswith("^", i + 1):
                out.append("^")
                i += 1
            if source.startswith("]", i + 1):      # a leading ] is a literal
                out.append("\\]")
                i += 1
            i += 1
            continue
        if source.startswith("(?<", i) and i + 3 < n and source[i + 3] not in "=!":
            out.append("(?P<")
            named = True
            i += 3
            continue
        if source.startswith("(?'", i) and "'" in source[i + 3:]:
            end = source.index("'", i + 3)
            out.append(f"(?P<{source[i + 3:end]}>")
            named = True
            i = end + 1
            continue
        if c == "(" and not source.startswith("?", i + 1):
            plain_groups.append(len(out))
        out.append(c)
        i += 1
    if named:
        for k in plain_groups:
            out[k] = "(?:"
    return "".join(out)


class RMatch:
    """A MatchData: the host match and the string it was made from."""

    __slots__ = ("m", "string")

    def __init__(self, m, string):
        self.m = m
        self.string = string


def _pattern(p):
    """The host pattern of a Regexp or String argument (a String matches
    literally)."""
    if type(p) is RRegexp:
        return p.pattern
    return re.compile(re.escape(_str_arg(p)))


def _match_at(pattern, s, pos=0):
    m = pattern.search(s, pos)
    return RMatch(m, s) if m is not None else None


def _group(m, i):
    g = m.group(i)
    return RString(g) if g is not None else None


@builtin("Regexp", "new", "compile", singleton=True)
def regexp_new(cls, source, options=None):
    if type(source) is RRegexp:
        return source
    if options is True or (type(options) is int and options & 1):
        flags = "i"
    elif type(options) is RString:
        flags = options.s
    else:
        flags = ""
    if type(options) is int:
        flags += ("x" if options & 2 else "") + ("m" if options & 4 else "")
    return RRegexp(_str_arg(source), flags)


@builtin("Regexp", "escape", "quote", singleton=True)
def regexp_escape(cls, s):
    text = s if type(s) is str else _str_arg(s)
    return RString(re.sub(r"([.*?+^$|()\[\]{}\\/\-])", r"\\\1", text)
                   .replace("\n", "\\n").replace("\t", "\\t").replace(" ", "\\ "))


@builtin("Regexp", "union", singleton=True)
def regexp_union(cls, *patterns):
    if len(patterns) == 1 and type(patterns[0]) is list:
        patterns = patterns[0]
    parts = [p.source if type(p) is RRegexp else regexp_escape(cls, p).s for p in patterns]
    return RRegexp("|".join(parts))


@builtin("Regexp", "match")
def regexp_match(rx, s, pos=0):
    if s is None:
        _set_last_match(None)
        return None
    m = _match_at(rx.pattern, to_s(s), pos)
    _set_last_match(m)
    return m


@builtin("Regexp", "match?")
def regexp_match_p(rx, s, pos=0):
    return s is not None and rx.pattern.search(to_s(s), pos) is not None


@builtin("Regexp", "=~")
def regexp_match_index(rx, s):
    m = regexp_match(rx, s)
    return m.m.start() if m is not None else None


@builtin("Regexp", "===")
def regexp_case_eq(rx, s):
    if type(s) is not RString and type(s) is not str:
        return False
    return regexp_match(rx, s) is not None


@builtin("Regexp", "source")
def regexp_source(rx):
    return RString(rx.source)


@builtin("Regexp", "to_s")
def regexp_to_s(rx):
    off = "".join(c for c in "mix" if c not in rx.options)
    return RString(f"(?{rx.options}{'-' + off if off else ''}:{rx.source})")


@builtin("Regexp", "inspect")
def regexp_inspect(rx):
    return RString(f"/{rx.source}/{rx.options}")


@builtin("Regexp", "options")
def regexp_options(rx):
    return ("i" in rx.options) | ("x" in rx.options) * 2 | ("m" in rx.options) * 4


@builtin("Regexp", "==", "eql?")
def regexp_eq(rx, other):
    return rx == other


@builtin("Regexp", "hash")
def regexp_hash(rx):
    return hash(rx)


@builtin("Regexp", "names")
def regexp_names(rx):
    return [RString(name) for name in rx.pattern.groupindex]


# -- MatchData ------------------------------------------------------------------------------
def _group_index(md, key):
    if type(key) is int:
        return key
    name = key if type(key) is str else _str_arg(key)
    if name not in md.m.re.groupindex:
        raise rb_error("IndexError", f"undefined group name reference: {name}")
    return name


@builtin("MatchData", "[]")
def match_aref(md, key, length=None):
    if length is not None:
        return match_to_a(md)[key:key + length]
    if type(key) is int:
        n = md.m.re.groups + 1
        if key < 0:
            key += n
        if not 0 <= key < n:
            return None
    return _group(md.m, _group_index(md, key))


@builtin("MatchData", "to_a")
def match_to_a(md):
    return [_group(md.m, i) for i in range(md.m.re.groups + 1)]


@builtin("MatchData", "captures")
def match_captures(md):
    return [_group(md.m, i) for i in range(1, md.m.re.groups + 1)]


@builtin("MatchData", "named_captures")
def match_named_captures(md):
    return RHash({RString(name, True): _group(md.m, name) for name in md.m.re.groupindex})


@builtin("MatchData", "names")
def match_names(md):
    return [RString(name) for name in md.m.re.groupindex]


@builtin("MatchData", "pre_match")
def match_pre(md):
    return RString(md.string[:md.m.start()])


@builtin("MatchData", "post_match")
def match_post(md):
    return RString(md.string[md.m.end():])


@builtin("MatchData", "begin")
def match_begin(md, i):
    start = md.m.start(_group_index(md, i))
    return start if start >= 0 else None


@builtin("MatchData", "end")
def match_end(md, i):
    end = md.m.end(_group_index(md, i))
    return end if end >= 0 else None


@builtin("MatchData", "offset")
def match_offset(md, i):
    return [match_begin(md, i), match_end(md, i)]


@builtin("MatchData", "to_s")
def match_to_s(md):
    return RString(md.m.group(0))


@builtin("MatchData", "size", "length")
def match_size(md):
    return md.m.re.groups + 1


@builtin("MatchData", "values_at")
def match_values_at(md, *indexes):
    return [match_aref(md, i) for i in indexes]


@builtin("MatchData", "string")
def match_string(md):
    return RString(md.string, True)


@builtin("MatchData", "inspect")
def match_inspect(md):
    names = {i: name for name, i in md.m.re.groupindex.items()}
    parts = [string_inspect(md.m.group(0))]
    for i in range(1, md.m.re.groups + 1):
        g = md.m.group(i)
        parts.append(f"{names.get(i, i)}:{string_inspect(g) if g is not None else 'nil'}")
    return RString(f"#<MatchData {' '.join(parts)}>")


@on_new_realm
def _regexp_classes(realm):
    consts = realm.Regexp.consts
    consts["IGNORECASE"], consts["EXTENDED"], consts["MULTILINE"] = 1, 2, 4


HOST_TYPES[RRegexp] = "Regexp"
HOST_TYPES[RMatch] = "MatchData"


# -- String: basics ---------------------------------------------------------------------------
@builtin("String", "new", singleton=True)
def string_new(cls, s=None, kw=None):
    if type(s) is KwArgs:
        s = None
    return RString("" if s is None else _str_arg(s))


@builtin("String", "initialize", visibility="private")
def string_initialize(self, s=None, kw=None):
    if type(s) is RString:
        self.s = s.s
    return None


@builtin("String", "to_s", "to_str")
def string_to_s(self):
    return self


@builtin("String", "inspect", "dump")
def string_inspect_method(self):
    return RString(string_inspect(self.s))


@builtin("String", "==", "===", "eql?")
def string_eq(self, other):
    return type(other) is RString and other.s == self.s


@builtin("String", "!=")
def string_ne(self, other):
    return not (type(other) is RString and other.s == self.s)


@builtin("String", "hash")
def string_hash(self):
    return hash(self.s)


@builtin("String", "<=>")
def string_cmp(self, other):
    if type(other) is not RString:
        return None
    a, b = self.s, other.s
    return (a > b) - (a < b)


def _comparison_operand(self, other):
    if type(other) is not RString:
        from .numeric import comparison_failed
        raise comparison_failed(self, other)
    return other.s


@builtin("String", "<")
def string_lt(self, other):
    return self.s < _comparison_operand(self, other)


@builtin("String", "<=")
def string_le(self, other):
    return self.s <= _comparison_operand(self, other)


@builtin("String", ">")
def string_gt(self, other):
    return self.s > _comparison_operand(self, other)


@builtin("String", ">=")
def string_ge(self, other):
    return self.s >= _comparison_operand(self, other)


@builtin("String", "+")
def string_plus(self, other):
    if type(other) is RString:
        return RString(self.s + other.s)
    return RString(self.s + _str_arg(other))


@builtin("String", "*")
def string_times(self, n):
    n = _int_arg(n)
    if n < 0:
        raise rb_error("ArgumentError", "negative argument")
    return RString(self.s * n)


@builtin("String", "%")
def string_format(self, args):
    return RString(sprintf(self.s, args if type(args) is list else [args]))


@builtin("String", "<<")
def string_append(self, other):
    if self.frozen:
        check_frozen(self)
    if type(other) is RString:
        self.s += other.s
    elif type(other) is int:
        self.s += chr(other)
    else:
        self.s += _str_arg(other)
    return self


@builtin("String", "concat")
def string_concat(self, *others):
    check_frozen(self)
    self.s += "".join([chr(o) if type(o) is int else _str_arg(o) for o in others])
    return self


@builtin("String", "length", "size")
def string_length(self):
    return len(self.s)


@builtin("String", "bytesize")
def string_bytesize(self):
    return len(self.s.encode("utf-8", "surrogatepass"))


@builtin("String", "empty?")
def string_empty(self):
    return not self.s


@builtin("String", "dup", "+@", "clone")
def string_dup(self, kw=None):
    return RString(self.s)


@builtin("String", "-@", "dedup")
def string_dedup(self):
    return self if self.frozen else RString(self.s, True)


@builtin("String", "replace")
def string_replace(self, other):
    check_frozen(self)
    self.s = _str_arg(other)
    return self


@builtin("String", "clear")
def string_clear(self):
    check_frozen(self)
    self.s = ""
    return self


@builtin("String", "to_sym", "intern")
def string_to_sym(self):
    return self.s


@builtin("String", "force_encoding", "encode", "unicode_normalize", "scrub", "b")
def string_same_text(self, *args):
    return RString(self.s)


@builtin("String", "valid_encoding?")
def string_valid_encoding(self):
    return True


@builtin("String", "ascii_only?")
def string_ascii_only(self):
    return self.s.isascii()


# -- indexing ---------------------------------------------------------------------------------
def range_bounds(r, length):
    """The (start, count) a Range selects from a sequence of `length`
    items, or None when it starts outside (Ruby's rb_range_beg_len)."""
    start = 0 if r.first is None else _int_arg(r.first)
    end = length if r.last is None else _int_arg(r.last)
    if start < 0:
        start += length
        if start < 0:
            return None
    if start > length:
        return None
    if end < 0:
        end += length
    if not r.exclusive and r.last is not None:
        end += 1
    end = min(end, length)
    return start, max(end - start, 0)


@builtin("String", "[]", "slice")
def string_aref(self, index, length=None):
    s = self.s
    if type(index) is int and length is None:
        n = len(s)
        if index < 0:
            index += n
        return RString(s[index]) if 0 <= index < n else None
    span = _span(s, index, length)
    if span is None:
        return None
    if type(span) is RString:
        return span
    start, count = span
    return RString(s[start:start + count])


def _span(s, index, length):
    """What str[index] / str[index, length] selects: (start, count), None
    for nothing, or (for a regexp with a group) the RString itself."""
    n = len(s)
    if length is not None:
        if type(index) is RRegexp:
            m = index.pattern.search(s)
            _set_last_match(RMatch(m, s) if m else None)
            return _group(m, _group_index(RMatch(m, s), length)) if m else None
        start, count = _int_arg(index), _int_arg(length)
        if start < 0:
            start += n
        if start < 0 or start > n or count < 0:
            return None
        return start, min(count, n - start)
    t = type(index)
    if t is int or t is float:
        index = int(index)
        if index < 0:
            index += n
        return (index, 1) if 0 <= index < n else None
    if t is RRange:
        return range_bounds(index, n)
    if t is RString:
        i = s.find(index.s)
        return (i, len(index.s)) if i >= 0 else None
    if t is RRegexp:
        m = index.pattern.search(s)
        _set_last_match(RMatch(m, s) if m else None)
        return (m.start(), m.end() - m.start()) if m else None
    raise rb_error("TypeError", f"no implicit conversion of {_type_name(index)} into Integer")


@builtin("String", "[]=")
def string_aset(self, index, *rest):
    check_frozen(self)
    value = _str_arg(rest[-1])
    length = rest[0] if len(rest) == 2 else None
    span = _span(self.s, index, length)
    if span is None or type(span) is RString:
        if type(index) is int:
            raise rb_error("IndexError", f"index {index} out of string")
        if type(index) is RString:
            raise rb_error("IndexError", "string not matched")
        if type(index) is RRegexp:
            raise rb_error("IndexError", "regexp not matched")
        raise rb_error("RangeError", f"{rb_inspect(index)} out of range")
    start, count = span
    self.s = self.s[:start] + value + self.s[start + count:]
    return rest[-1]


@builtin("String", "slice!")
def string_slice_bang(self, index, length=None):
    check_frozen(self)
    span = _span(self.s, index, length)
    if span is None or type(span) is RString:
        return None
    start, count = span
    removed = self.s[start:start + count]
    self.s = self.s[:start] + self.s[start + count:]
    return RString(removed)


@builtin("String", "chars")
def string_chars(self):
    return [RString(c) for c in self.s]


@builtin("String", "bytes")
def string_bytes(self):
    return list(self.s.encode("utf-8", "surrogatepass"))


@builtin("String", "each_char", block=True)
def string_each_char(self, blk):
    if blk is None:
        return _enumerator(self, "each_char", [])
    call = blk.call
    for c in self.s:
        call(RString(c))
    return self


@builtin("String", "each_byte", block=True)
def string_each_byte(self, blk):
    if blk is None:
        return _enumerator(self, "each_byte", [])
    for b in self.s.encode("utf-8", "surrogatepass"):
        blk.call(b)
    return self


def _lines(s, sep="\n", chomp=False):
    if not s:
        return []
    parts = s.split(sep)
    out = [p + sep for p in parts[:-1]]
    if parts[-1]:
        out.append(parts[-1])
    if chomp:
        out = [line[:-len(sep)] if line.endswith(sep) else line for line in out]
    return out


def _line_args(args):
    sep, chomp = "\n", False
    for a in args:
        if type(a) is KwArgs:
            chomp = a.get("chomp", False) not in (None, False)
        elif a is not None:
            sep = _str_arg(a)
    return sep, chomp


@builtin("String", "lines")
def string_lines(self, *args):
    return [RString(line) for line in _lines(self.s, *_line_args(args))]


@builtin("String", "each_line", block=True)
def string_each_line(self, blk, *args):
    if blk is None:
        return _enumerator(self, "each_line", list(args))
    for line in _lines(self.s, *_line_args(args)):
        blk.call(RString(line))
    return self


@builtin("String", "ord")
def string_ord(self):
    if not self.s:
        raise rb_error("ArgumentError", "empty string")
    return ord(self.s[0])


@builtin("String", "chr")
def string_chr(self):
    return RString(self.s[:1])


# -- case and whitespace ----------------------------------------------------------------------
def _bang(name, transform):
    """String#name and String#name!: the ! form changes the receiver and
    answers nil when nothing changed."""
    def method(self, *args):
        return RString(transform(self.s, *args))

    def bang(self, *args):
        check_frozen(self)
        result = transform(self.s, *args)
        if result == self.s:
            return None
        self.s = result
        return self
    builtin("String", name)(method)
    builtin("String", name + "!")(bang)


def _capitalize(s):
    return s[:1].upper() + s[1:].lower()


def _chomp(s, suffix=None):
    if suffix is None:
        if s.endswith("\r\n"):
            return s[:-2]
        if s.endswith("\n") or s.endswith("\r"):
            return s[:-1]
        return s
    suffix = _str_arg(suffix)
    if suffix == "":
        return s.rstrip("\r\n") if s.endswith("\n") else s
    return s[:-len(suffix)] if s.endswith(suffix) else s


def _chop(s):
    return s[:-2] if s.endswith("\r\n") else s[:-1]


# Ruby strips ASCII whitespace and NUL (leading: whitespace only)
_WHITESPACE = " \t\n\v\f\r"

_bang("upcase", lambda s, *a: s.upper())
_bang("downcase", lambda s, *a: s.lower())
_bang("capitalize", lambda s, *a: _capitalize(s))
_bang("swapcase", lambda s, *a: s.swapcase())
_bang("strip", lambda s: s.lstrip(_WHITESPACE).rstrip(_WHITESPACE + "\0"))
_bang("lstrip", lambda s: s.lstrip(_WHITESPACE))
_bang("rstrip", lambda s: s.rstrip(_WHITESPACE + "\0"))
_bang("chomp", _chomp)
_bang("chop", _chop)
_bang("reverse", lambda s: s[::-1])
_bang("squeeze", lambda s, *sets: _squeeze(s, sets))
_bang("delete", lambda s, *sets: _delete(s, sets))
_bang("tr", lambda s, a, b: _tr(s, _str_arg(a), _str_arg(b)))
_bang("tr_s", lambda s, a, b: _tr_s(s, _str_arg(a), _str_arg(b)))
_bang("delete_prefix", lambda s, p: s[len(_str_arg(p)):] if s.startswith(_str_arg(p)) else s)
_bang("delete_suffix", lambda s, p: s[:-len(_str_arg(p))] if p.s and s.endswith(p.s) else s)
_bang("succ", lambda s: _succ(s))
builtin("String", "next")(BUILTINS["String"]["succ"].fn)
builtin("String", "next!")(BUILTINS["String"]["succ!"].fn)


@builtin("String", "start_with?")
def string_start_with(self, *prefixes):
    for p in prefixes:
        if type(p) is RRegexp:
            if p.pattern.match(self.s):
                return True
        elif self.s.startswith(_str_arg(p)):
            return True
    return False


@builtin("String", "end_with?")
def string_end_with(self, *suffixes):
    return any(self.s.endswith(_str_arg(p)) for p in suffixes)


@builtin("String", "include?")
def string_include(self, other):
    return _str_arg(other) in self.s


def _justify(s, width, pad, where):
    width = _int_arg(width)
    pad = _str_arg(pad) if pad is not None else " "
    if not pad:
        raise rb_error("ArgumentError", "zero width padding")
    total = width - len(s)
    if total <= 0:
        return s
    left = 0 if where == "left" else total if where == "right" else total // 2
    right = total - left
    return (pad * left)[:left] + s + (pad * right)[:right]


@builtin("String", "center")
def string_center(self, width, pad=None):
    return RString(_justify(self.s, width, pad, "center"))


@builtin("String", "ljust")
def string_ljust(self, width, pad=None):
    return RString(_justify(self.s, width, pad, "left"))


@builtin("String", "rjust")
def string_rjust(self, width, pad=None):
    return RString(_justify(self.s, width, pad, "right"))


@builtin("String", "casecmp")
def string_casecmp(self, other):
    if type(other) is not RString:
        return None
    a, b = self.s.lower(), other.s.lower()
    return (a > b) - (a < b)


@builtin("String", "casecmp?")
def string_casecmp_p(self, other):
    if type(other) is not RString:
        return None
    return self.s.casefold() == other.s.casefold()


@builtin("String", "insert")
def string_insert(self, index, other):
    check_frozen(self)
    text = _str_arg(other)
    n = len(self.s)
    at = index if index >= 0 else n + index + 1
    if not 0 <= at <= n:
        raise rb_error("IndexError", f"index {index} out of string")
    self.s = self.s[:at] + text + self.s[at:]
    return self


@builtin("String", "prepend")
def string_prepend(self, *others):
    check_frozen(self)
    self.s = "".join(_str_arg(o) for o in others) + self.s
    return self


@builtin("String", "partition")
def string_partition(self, sep):
    if type(sep) is RRegexp:
        m = sep.pattern.search(self.s)
        if m is None:
            return [RString(self.s), RString(""), RString("")]
        return [RString(self.s[:m.start()]), RString(m.group()), RString(self.s[m.end():])]
    a, found, b = self.s.partition(_str_arg(sep))
    return [RString(a), RString(found), RString(b)]


@builtin("String", "rpartition")
def string_rpartition(self, sep):
    a, found, b = self.s.rpartition(_str_arg(sep))
    return [RString(a), RString(found), RString(b)]


# -- character sets: count, delete, squeeze, tr -----------------------------------------------
def _expand_set(spec):
    """The characters of a tr-style set ("a-z0-9"), and whether it starts
    with ^ (negated)."""
    negated = len(spec) > 1 and spec[0] == "^"
    if negated:
        spec = spec[1:]
    chars = []
    i = 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            lo, hi = ord(spec[i]), ord(spec[i + 2])
            if lo > hi:
                raise rb_error("ArgumentError",
                               f'invalid range "{spec[i]}-{spec[i + 2]}" in string transliteration')
            chars.extend(chr(c) for c in range(lo, hi + 1))
            i += 3
        else:
            if spec[i] == "\\" and i + 1 < len(spec):
                i += 1
            chars.append(spec[i])
            i += 1
    return chars, negated


def _set_predicate(sets):
    """A character test for the intersection of the tr-style sets."""
    if not sets:
        raise rb_error("ArgumentError", "wrong number of arguments (given 0, expected 1+)")
    tests = []
    for spec in sets:
        chars, negated = _expand_set(_str_arg(spec))
        members = frozenset(chars)
        tests.append((members, negated))
    return lambda c: all((c in members) != negated for members, negated in tests)


def _squeeze(s, sets):
    test = _set_predicate(sets) if sets else (lambda c: True)
    out = []
    for c in s:
        if not (out and out[-1] == c and test(c)):
            out.append(c)
    return "".join(out)


def _delete(s, sets):
    test = _set_predicate(sets)
    return "".join(c for c in s if not test(c))


@builtin("String", "count")
def string_count(self, *sets):
    if len(sets) == 1 and type(sets[0]) is RString and not any(
            c in sets[0].s for c in "^-\\"):
        # plain characters (the common case): the host counts them
        return sum(self.s.count(c) for c in set(sets[0].s))
    test = _set_predicate(sets)
    return sum(1 for c in self.s if test(c))


def _tr_table(source, target):
    """String#tr's mapping: a function from a character to its replacement
    ("" when deleted), or None when the character is left alone."""
    chars, negated = _expand_set(source)
    replacement, _ = _expand_set(target) if target else ([], False)
    if negated:
        last = replacement[-1] if replacement else ""
        members = frozenset(chars)
        return lambda c: None if c in members else last
    table = {}
    for i, c in enumerate(chars):
        if c not in table:
            table[c] = (replacement[min(i, len(replacement) - 1)] if replacement else "")
    return table.get


def _tr(s, source, target):
    mapping = _tr_table(source, target)
    out = []
    for c in s:
        r = mapping(c)
        out.append(c if r is None else r)
    return "".join(out)


def _tr_s(s, source, target):
    """tr, then runs of the same replacement character made by translated
    characters squeezed to one."""
    mapping = _tr_table(source, target)
    out = []
    last = None             # the replacement the previous character became
    for c in s:
        r = mapping(c)
        if r is None:
            out.append(c)
        elif r != last:
            out.append(r)
        last = r
    return "".join(out)


# -- numbers from text ------------------------------------------------------------------------
_INT_PREFIX = {16: "0x", 8: "0o", 2: "0b"}


@builtin("String", "to_i")
def string_to_i(self, base=10):
    """The integer at the start of the string (0 if none), underscores
    allowed between digits."""
    if not (base == 0 or 2 <= base <= 36):
        raise rb_error("ArgumentError", f"invalid radix {base}")
    s = self.s.lstrip(_WHITESPACE)
    sign = 1
    if s[:1] in ("-", "+"):
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    if base == 0:
        base = _base_from_prefix(s)
    prefix = _INT_PREFIX.get(base)
    if prefix and s[:2].lower() == prefix:
        s = s[2:]
    digits = []
    prev_underscore = True
    for c in s:
        if c == "_" and not prev_underscore:
            prev_underscore = True
            continue
        d = int(c, 36) if c.isascii() and c.isalnum() else 99
        if d >= base:
            break
        digits.append(c)
        prev_underscore = False
    return sign * int("".join(digits), base) if digits else 0


def _base_from_prefix(s):
    p = s[:2].lower()
    return 16 if p == "0x" else 2 if p == "0b" else 8 if p == "0o" or p[:1] == "0" else 10


_FLOAT_PREFIX = re.compile(r"\s*[-+]?(?:\d+(?:_\d+)*)?(?:\.\d+(?:_\d+)*)?(?:[eE][-+]?\d+)?")


@builtin("String", "to_f")
def string_to_f(self):
    m = _FLOAT_PREFIX.match(self.s)
    text = m.group().replace("_", "").strip()
    try:
        return float(text)
    except ValueError:
        # a mantissa without digits ("-", ".") or a lone exponent: what is left reads as 0
        m = re.match(r"[-+]?\d+", text)
        return float(m.group()) if m else 0.0


@builtin("String", "hex")
def string_hex(self):
    return string_to_i(self, 16)


@builtin("String", "oct")
def string_oct(self):
    s = self.s.lstrip(_WHITESPACE).lstrip("+-")
    base = _base_from_prefix(s) if s[:2].lower() in ("0x", "0b", "0o") else 8
    return string_to_i(self, base)


# -- succ and upto ----------------------------------------------------------------------------
def _is_alnum(c):
    return c.isascii() and c.isalnum()


def _succ(s):
    """String#succ: the rightmost alphanumeric incremented, carrying left
    over alphanumerics only ("az" -> "ba", "zz" -> "aaa", "1.9" -> "2.0")."""
    if not s:
        return ""
    chars = list(s)
    i = len(chars) - 1
    while i >= 0 and not _is_alnum(chars[i]):
        i -= 1
    if i < 0:
        chars[-1] = chr(ord(chars[-1]) + 1)
        return "".join(chars)
    while True:
        c = chars[i]
        if c == "z":
            chars[i], carry = "a", "a"
        elif c == "Z":
            chars[i], carry = "A", "A"
        elif c == "9":
            chars[i], carry = "0", "1"
        else:
            chars[i] = chr(ord(c) + 1)
            return "".join(chars)
        j = i - 1
        while j >= 0 and not _is_alnum(chars[j]):
            j -= 1
        if j < 0:
            chars.insert(i, carry)
            return "".join(chars)
        i = j


@builtin("String", "upto", block=True)
def string_upto(self, blk, last, exclusive=False):
    if blk is None:
        return _enumerator(self, "upto", [last, exclusive])
    a, b = self.s, _str_arg(last)
    if a.isdigit() and b.isdigit() and a.isascii() and b.isascii():
        # numeric strings count as numbers, keeping the first one's width
        for i in range(int(a), int(b) + (0 if exclusive else 1)):
            blk.call(RString(str(i).rjust(len(a), "0")))
        return self
    if len(a) > len(b):
        return self
    s = a
    while True:
        if s == b:
            if not exclusive:
                blk.call(RString(s))
            break
        blk.call(RString(s))
        s = _succ(s)
        if len(s) > len(b):
            break
    return self


# -- searching and replacing -----------------------------------------------------------------
@builtin("String", "index")
def string_index(self, pattern, start=0):
    n = len(self.s)
    if start < 0:
        start += n
        if start < 0:
            return None
    if start > n:
        return None
    if type(pattern) is RRegexp:
        m = pattern.pattern.search(self.s, start)
        _set_last_match(RMatch(m, self.s) if m else None)
        return m.start() if m else None
    i = self.s.find(_str_arg(pattern), start)
    return i if i >= 0 else None


@builtin("String", "rindex")
def string_rindex(self, pattern, start=None):
    n = len(self.s)
    if start is None:
        start = n
    elif start < 0:
        start += n
        if start < 0:
            return None
    if type(pattern) is RRegexp:
        for pos in range(min(start, n), -1, -1):
            m = pattern.pattern.match(self.s, pos)
            if m:
                _set_last_match(RMatch(m, self.s))
                return pos
        return None
    i = self.s.rfind(_str_arg(pattern), 0, start + len(_str_arg(pattern)))
    return i if i >= 0 else None


@builtin("String", "=~")
def string_match_index(self, pattern):
    if type(pattern) is RString:
        raise rb_error("TypeError", "wrong argument type String (expected Regexp)")
    if type(pattern) is not RRegexp:
        return send(pattern, "=~", [self])
    m = pattern.pattern.search(self.s)
    _set_last_match(RMatch(m, self.s) if m else None)
    return m.start() if m else None


@builtin("String", "match", block=True)
def string_match(self, blk, pattern, pos=0):
    md = _match_at(_pattern(pattern), self.s, pos)
    _set_last_match(md)
    if md is not None and blk is not None:
        return blk.call(md)
    return md


@builtin("String", "match?")
def string_match_p(self, pattern, pos=0):
    return _pattern(pattern).search(self.s, pos) is not None


@builtin("String", "scan", block=True)
def string_scan(self, blk, pattern):
    pat = _pattern(pattern)
    s = self.s
    found = []
    for m in pat.finditer(s):
        if pat.groups:
            item = [_group(m, i) for i in range(1, pat.groups + 1)]
        else:
            item = RString(m.group())
        if blk is not None:
            _set_last_match(RMatch(m, s))
            blk.call(item)
        else:
            found.append(item)
    if blk is not None:
        return self
    return found


_REPLACEMENT_ESCAPE = re.compile(r"\\(\d|&|`|'|\\|k<(\w+)>)")


def _expand_replacement(template, m, s):
    """A sub/gsub replacement string: \\0 or \\& the match, \\1.. its groups,
    \\k<name> a named group, \\` and \\' the text before and after it."""
    if "\\" not in template:
        return template

    def one(e):
        code = e.group(1)
        if code.isdigit():
            i = int(code)
            return (m.group(i) or "") if i <= m.re.groups else ""
        if code == "&":
            return m.group()
        if code == "`":
            return s[:m.start()]
        if code == "'":
            return s[m.end():]
        if code == "\\":
            return "\\"
        return m.group(e.group(2)) or ""
    return _REPLACEMENT_ESCAPE.sub(one, template)


def _substitute(self, blk, args, count):
    """The text of sub (count 1) or gsub (count 0: all) with a replacement
    string, a hash, or a block; None when nothing matched."""
    if not args or len(args) > 2 or (len(args) == 1 and blk is None):
        raise rb_error("ArgumentError", f"wrong number of arguments (given {len(args)}, "
                                        f"expected {'1..2' if blk is not None else 2})")
    pat = _pattern(args[0])
    s = self.s
    replacement = args[1] if len(args) == 2 else None
    if type(replacement) is RString:
        template = replacement.s

        def replace(m):
            return _expand_replacement(template, m, s)
    elif isinstance(replacement, RHash):
        def replace(m):
            return to_s(send(replacement, "[]", [RString(m.group())]))
    elif replacement is None:
        def replace(m):
            _set_last_match(RMatch(m, s))
            return to_s(blk.call(RString(m.group())))
    else:
        template = _str_arg(replacement)

        def replace(m):
            return _expand_replacement(template, m, s)
    out = []
    pos = 0
    matched = False
    for m in pat.finditer(s):
        matched = True
        out.append(s[pos:m.start()])
        out.append(replace(m))
        pos = m.end()
        if count == 1:
            break
    if not matched:
        if replacement is not None:
            _set_last_match(None)
        return None
    out.append(s[pos:])
    return "".join(out)


@builtin("String", "sub", block=True)
def string_sub(self, blk, *args):
    result = _substitute(self, blk, args, 1)
    return RString(self.s if result is None else result)


@builtin("String", "gsub", block=True)
def string_gsub(self, blk, *args):
    if blk is None and len(args) == 1:
        return _enumerator(self, "gsub", list(args))
    result = _substitute(self, blk, args, 0)
    return RString(self.s if result is None else result)


@builtin("String", "sub!", block=True)
def string_sub_bang(self, blk, *args):
    check_frozen(self)
    result = _substitute(self, blk, args, 1)
    if result is None:
        return None
    self.s = result
    return self


@builtin("String", "gsub!", block=True)
def string_gsub_bang(self, blk, *args):
    check_frozen(self)
    result = _substitute(self, blk, args, 0)
    if result is None:
        return None
    self.s = result
    return self


# -- split ------------------------------------------------------------------------------------
@builtin("String", "split", block=True)
def string_split(self, blk, sep=None, limit=0):
    s = self.s
    limit = _int_arg(limit)
    if limit == 1:
        parts = [s] if s else []
    elif sep is None or (type(sep) is RString and sep.s == " "):
        parts = _split_whitespace(s, limit)
    elif type(sep) is RRegexp:
        parts = _split_regexp(s, sep.pattern, limit)
    else:
        text = _str_arg(sep)
        if text == "":
            parts = list(s) if limit <= 0 else [*s[:limit - 1], s[limit - 1:]] \
                if len(s) >= limit else list(s)
        else:
            parts = s.split(text, limit - 1) if limit > 0 else s.split(text)
    if not s:
        parts = []
    if limit == 0:
        while parts and parts[-1] == "":
            parts.pop()
    result = [RString(p) for p in parts]
    if blk is not None:
        for r in result:
            blk.call(r)
        return self
    return result


def _split_whitespace(s, limit):
    """awk-style: runs of whitespace separate, leading whitespace ignored."""
    if limit > 0:
        parts = s.lstrip(_WHITESPACE).split(None, limit - 1)
        # the last field keeps its text as is, trailing whitespace included
        if len(parts) == limit:
            head = s.lstrip(_WHITESPACE)
            for p in parts[:-1]:
                head = head[head.index(p) + len(p):].lstrip(_WHITESPACE)
            parts[-1] = head
        return parts
    parts = s.split()
    if limit < 0 and s and s[-1] in _WHITESPACE:
        parts.append("")
    return parts


def _split_regexp(s, pattern, limit):
    out = []
    n = len(s)
    beg = pos = 0
    while limit <= 0 or len(out) < limit - 1:
        m = pattern.search(s, pos)
        if m is None:
            break
        start, end = m.span()
        if start == end:
            if start >= n:
                break
            if start == beg:        # an empty match never ends an empty field
                pos = start + 1
                continue
        out.append(s[beg:start])
        out.extend(g for g in m.groups() if g is not None)
        beg = end
        pos = end if end > start else end
    out.append(s[beg:])
    return out


# -- Symbol -----------------------------------------------------------------------------------
@builtin("Symbol", "to_s", "id2name", "name")
def symbol_to_s(sym):
    return RString(sym)


@builtin("Symbol", "to_sym")
def symbol_to_sym(sym):
    return sym


@builtin("Symbol", "inspect")
def symbol_inspect_method(sym):
    return RString(symbol_inspect(sym))


@builtin("Symbol", "to_proc")
def symbol_to_proc(sym):
    proc = NativeProc(lambda recv, *rest: send(recv, sym, list(rest)), arity=-2)
    proc.is_lambda = True
    return proc


@builtin("Symbol", "length", "size")
def symbol_length(sym):
    return len(sym)


@builtin("Symbol", "upcase")
def symbol_upcase(sym):
    return sym.upper()


@builtin("Symbol", "downcase")
def symbol_downcase(sym):
    return sym.lower()


@builtin("Symbol", "capitalize")
def symbol_capitalize(sym):
    return _capitalize(sym)


@builtin("Symbol", "swapcase")
def symbol_swapcase(sym):
    return sym.swapcase()


@builtin("Symbol", "succ", "next")
def symbol_succ(sym):
    return _succ(sym)


@builtin("Symbol", "<=>")
def symbol_cmp(sym, other):
    if type(other) is not str:
        return None
    return (sym > other) - (sym < other)


@builtin("Symbol", "==", "===", "eql?", "equal?")
def symbol_eq(sym, other):
    return type(other) is str and sym == other


@builtin("Symbol", "hash")
def symbol_hash(sym):
    return hash(sym)


@builtin("Symbol", "[]", "slice")
def symbol_aref(sym, index, length=None):
    return string_aref(RString(sym), index, length)


@builtin("Symbol", "start_with?")
def symbol_start_with(sym, *prefixes):
    return string_start_with(RString(sym), *prefixes)


@builtin("Symbol", "end_with?")
def symbol_end_with(sym, *suffixes):
    return string_end_with(RString(sym), *suffixes)


@builtin("Symbol", "empty?")
def symbol_empty(sym):
    return not sym


@builtin("Symbol", "=~")
def symbol_match_index(sym, pattern):
    return string_match_index(RString(sym), pattern)
