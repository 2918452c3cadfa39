"""Regular expressions for jsish: JavaScript patterns run by the host's `re`.

A JavaScript pattern is translated once, when the RegExp is made: the
syntax the two share passes through, and what differs is rewritten (named
groups, `$` without the m flag, `[^]`, `\\d` `\\w` `\\b` as ASCII classes,
`\\/`).  Matching, lastIndex with the g and y flags, exec's result array and
the String methods that take a pattern (match, matchAll, replace,
replaceAll, split, search) follow the specification.
"""
from __future__ import annotations

import re

from . import operators as ops
from .errors import throw
from .values import (FUNCTION_TYPES, REALM, UNDEFINED, JSArray, JSIterator, JSObject)


class JSRegExp(JSObject):
    __slots__ = ("source", "flags", "pattern")
    class_name = "RegExp"

    def __init__(self, source, flags, proto):
        JSObject.__init__(self, proto)
        self.source, self.flags = source, flags
        self.pattern = compile_pattern(source, flags)
        self.props["lastIndex"] = 0
        self.set_attr_bits("lastIndex", 2)       # writable, not enumerable

    def __str__(self):
        return f"/{self.source or '(?:)'}/{self.flags}"


_cache: dict = {}


def compile_pattern(source, flags):
    key = (source, flags)
    pat = _cache.get(key)
    if pat is None:
        bad = set(flags) - set("dgimsuy")
        if bad or len(set(flags)) != len(flags):
            throw("SyntaxError", f"Invalid flags supplied to RegExp constructor '{flags}'")
        options = 0
        if "i" in flags:
            options |= re.IGNORECASE
        if "m" in flags:
            options |= re.MULTILINE
        if "s" in flags:
            options |= re.DOTALL
        try:
            pat = re.compile(translate(source, "m" in flags), options)
        except re.error as e:
            throw("SyntaxError", f"Invalid regular expression: /{source}/{flags}: {e}")
        _cache[key] = pat
    return pat


def translate(src, multiline):
    out, i, n, in_class = [], 0, len(src), False
    while i < n:
        c = src[i]
        if c == "\\" and i + 1 < n:
            d = src[i + 1]
            if d == "d":
                out.append("[0-9]")
            elif d == "D":
                out.append("[^0-9]")
            elif d == "w":
                out.append("[A-Za-z0-9_]")
            elif d == "W":
                out.append("[^A-Za-z0-9_]")
            elif d == "/":
                out.append("/")
            elif d == "u" and i + 2 < n and src[i + 2] == "{":
                end = src.index("}", i)
                out.append("\\U%08x" % int(src[i + 3:end], 16))
                i = end + 1
                continue
            elif d == "k" and i + 2 < n and src[i + 2] == "<":
                end = src.index(">", i)
                out.append(f"(?P={src[i + 3:end]})")
                i = end + 1
                continue
            elif d == "c" and i + 2 < n:
                out.append("\\x%02x" % (ord(src[i + 2]) % 32))
                i += 3
                continue
            else:
                out.append(c + d)
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            elif c == "[":
                out.append("\\[")
                i += 1
                continue
            out.append(c)
        elif c == "[":
            if src.startswith("[^]", i):
                out.append("[\\s\\S]")
                i += 3
                continue
            if src.startswith("[]", i):
                out.append("(?!)")
                i += 2
                continue
            in_class = True
            out.append(c)
        elif c == "(" and src.startswith("(?<", i) and i + 3 < n and src[i + 3] not in "=!":
            out.append("(?P<")
            i += 3
            continue
        elif c == "$" and not multiline:
            out.append("\\Z")                # end of input only, not before a final newline
        else:
            out.append(c)
        i += 1
    return "".join(out)


def regexp_constructor(b):
    proto = REALM.protos["RegExp"] = JSObject(REALM.protos["Object"])

    def construct(new_target, args):
        args = args or []
        pattern, flags = (args + [UNDEFINED, UNDEFINED])[:2]
        if isinstance(pattern, JSRegExp):
            source = pattern.source
            flags = pattern.flags if flags is UNDEFINED else ops.to_string(flags)
        else:
            source = "(?:)" if pattern is UNDEFINED else ops.to_string(pattern)
            flags = "" if flags is UNDEFINED else ops.to_string(flags)
        return JSRegExp(source, flags, ops.object_proto_of(new_target) if new_target else proto)

    R = b.constructor("RegExp", lambda this, a: construct(None, a), construct, 2, proto)

    def this_re(this):
        if type(this) is not JSRegExp:
            throw("TypeError", "RegExp method called on incompatible receiver")
        return this

    b.methods(proto, {
        "exec": (lambda this, a: exec_(this_re(this), ops.to_string(a[0] if a else UNDEFINED)), 1),
        "test": (lambda this, a: exec_(this_re(this), ops.to_string(a[0] if a else UNDEFINED),
                                       want_array=False), 1),
        "toString": (lambda this, a: str(this_re(this)), 0),
    })
    for name, get in (("source", lambda r: r.source), ("flags", lambda r: r.flags),
                      ("global", lambda r: "g" in r.flags),
                      ("ignoreCase", lambda r: "i" in r.flags),
                      ("multiline", lambda r: "m" in r.flags),
                      ("sticky", lambda r: "y" in r.flags)):
        b.getter(proto, name, lambda this, a, get=get: get(this_re(this)))
    return R


def new_regexp(source, flags):
    return JSRegExp(source, flags, REALM.protos["RegExp"])


def _match_at(rx, s, start):
    if "y" in rx.flags:
        return rx.pattern.match(s, start)
    return rx.pattern.search(s, start)


def exec_(rx, s, want_array=True):
    """RegExp.prototype.exec (test when want_array is False)."""
    moving = "g" in rx.flags or "y" in rx.flags
    start = int(ops.to_integer(ops.get_property(rx, "lastIndex"))) if moving else 0
    if start > len(s):
        ops.set_property(rx, "lastIndex", 0)
        return None if want_array else False
    m = _match_at(rx, s, start)
    if m is None:
        if moving:
            ops.set_property(rx, "lastIndex", 0)
        return None if want_array else False
    if moving:
        ops.set_property(rx, "lastIndex", m.end())
    return match_array(m, s) if want_array else True


def match_array(m, s):
    a = JSArray([m.group(0)] + [UNDEFINED if g is None else g for g in m.groups()])
    a.props["index"] = m.start()
    a.props["input"] = s
    names = m.re.groupindex
    if names:
        groups = JSObject(None)
        for name in names:
            v = m.group(name)
            groups.props[name] = UNDEFINED if v is None else v
        a.props["groups"] = groups
    else:
        a.props["groups"] = UNDEFINED
    return a


# -- the String methods that take a pattern -------------------------------------------------
def string_match(s, rx):
    if "g" not in rx.flags:
        return exec_(rx, s)
    found = [m.group(0) for m in rx.pattern.finditer(s)]
    ops.set_property(rx, "lastIndex", 0)
    return JSArray(found) if found else None


def string_match_all(s, rx):
    if "g" not in rx.flags:
        throw("TypeError", "String.prototype.matchAll called with a non-global RegExp argument")
    return JSIterator((match_array(m, s) for m in rx.pattern.finditer(s)),
                      REALM.protos["Iterator"])


def string_search(s, rx):
    m = rx.pattern.search(s)
    return -1 if m is None else m.start()


def string_replace(s, rx, replacement, all_=False):
    if all_ and "g" not in rx.flags:
        throw("TypeError", "replaceAll must be called with a global RegExp")
    count = 0 if "g" in rx.flags else 1
    if isinstance(replacement, FUNCTION_TYPES):
        def expand(m):
            args = [m.group(0)] + [UNDEFINED if g is None else g for g in m.groups()]
            args += [m.start(), s]
            return ops.to_string(ops.call(replacement, UNDEFINED, args))
    else:
        template = ops.to_string(replacement)

        def expand(m):
            return substitute(template, m, s)
    result = rx.pattern.sub(expand, s, count=count)
    if "g" in rx.flags:
        ops.set_property(rx, "lastIndex", 0)
    return result


def substitute(template, m, s):
    """GetSubstitution: $$, $&, $`, $', $1..$99, $<name>."""
    if "$" not in template:
        return template
    out, i, n = [], 0, len(template)
    ngroups = len(m.groups())
    while i < n:
        c = template[i]
        if c != "$" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = template[i + 1]
        if d == "$":
            out.append("$")
            i += 2
        elif d == "&":
            out.append(m.group(0))
            i += 2
        elif d == "`":
            out.append(s[:m.start()])
            i += 2
        elif d == "'":
            out.append(s[m.end():])
            i += 2
        elif d.isdigit():
            two = template[i + 1:i + 3]
            if len(two) == 2 and two.isdigit() and 1 <= int(two) <= ngroups:
                out.append(m.group(int(two)) or "")
                i += 3
            elif 1 <= int(d) <= ngroups:
                out.append(m.group(int(d)) or "")
                i += 2
            else:
                out.append("$" + d)
                i += 2
        elif d == "<" and m.re.groupindex:
            end = template.find(">", i)
            if end < 0:
                out.append("$<")
                i += 2
            else:
                out.append(m.group(template[i + 2:end]) or "")
                i = end + 1
        else:
            out.append("$")
            i += 1
    return "".join(out)


def string_split(s, rx, limit):
    """String.prototype.split with a pattern: the specification's
    SplitMatcher loop (an empty match never splits at the piece's start)."""
    size = len(s)
    if size == 0:
        return JSArray([] if rx.pattern.match(s) else [s])
    parts, p, q = [], 0, 0
    while q < size:
        m = rx.pattern.search(s, q)
        if m is None or m.start() >= size:
            break
        q, e = m.start(), m.end()
        if e == p:
            q += 1
            continue
        parts.append(s[p:q])
        parts.extend(UNDEFINED if g is None else g for g in m.groups())
        p = q = e
    parts.append(s[p:])
    return JSArray(parts[:limit])
