"""jsish's console.log: node's util.inspect (default options) and util.format.

    format_log(args)   the line console.log(...args) prints (without the newline)
    inspect(value)     util.inspect(value): depth 2, breakLength 80, compact 3,
                       no colours

The layout follows node v20's observable behaviour: entries joined on one line
when they fit, otherwise one per line indented by two spaces; arrays of more
than six entries grouped into aligned columns; `<ref *1>` / `[Circular *1]`
for cycles; `[Object]`, `[Array]`, `[Foo]` below depth 2.

Nothing here runs guest code.  Where node would call a guest function (a
user-defined toString for %s, valueOf for %d, toJSON for %j), format_log takes
optional hooks; without them it uses the built-in behaviour.
"""
from __future__ import annotations

import math
import re

from .numconv import number_to_string, parse_float, parse_int, string_to_number
from .values import (
    MISSING, UNDEFINED, Accessor, BoundFunction, FUNCTION_TYPES, JSArguments, JSArray,
    JSTypedArray,
    JSBox, JSFunction, JSMap, JSObject, JSSet, REALM, is_array_index,
)

_ARRAY, _ARRAY_EXTRAS, _OBJECT = 1, 2, 0     # node's kArrayType, kArrayExtrasType, kObjectType

_MIN_LINE_WIDTH = 16
_KEY_RE = re.compile(r"[a-zA-Z_][a-zA-Z_0-9]*\Z")
_NULL = None                                  # a constructor name of null (no prototype)


def _len(s):
    """A string's length in UTF-16 code units, as JavaScript counts it."""
    if s.isascii():
        return len(s)
    return len(s) + sum(1 for c in s if ord(c) > 0xFFFF)


class _Ctx:
    __slots__ = ("depth", "break_length", "compact", "max_array_length", "max_string_length",
                 "show_hidden", "indentation", "seen", "circular", "current_depth")

    def __init__(self, depth=2, show_hidden=False, break_length=80, compact=3):
        self.depth = depth                    # None: unlimited
        self.show_hidden = show_hidden
        self.break_length = break_length
        self.compact = compact
        self.max_array_length = 100
        self.max_string_length = 10000
        self.indentation = 0
        self.seen = []
        self.circular = None                  # id(object) -> reference number
        self.current_depth = 0


def inspect(value, depth=2, show_hidden=False, break_length=80, compact=3) -> str:
    """util.inspect(value, {depth, showHidden, breakLength, compact}); depth None
    means unlimited."""
    return _format_value(_Ctx(depth, show_hidden, break_length, compact), value, 0)


# -- primitives -------------------------------------------------------------------
_META = {i: "\\x%02X" % i for i in list(range(0x20)) + list(range(0x7F, 0xA0))}
_META.update({8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r", 39: "\\'", 92: "\\\\"})


def _escape_chars(s, quote_code):
    out = []
    last = 0
    n = len(s)
    i = 0
    while i < n:
        point = ord(s[i])
        if point == quote_code or point == 92 or point < 32 or 126 < point < 160:
            out.append(s[last:i])
            out.append(_META[point])
            last = i + 1
        elif 0xD800 <= point <= 0xDFFF:
            if point <= 0xDBFF and i + 1 < n and 0xDC00 <= ord(s[i + 1]) <= 0xDFFF:
                i += 2
                continue
            out.append(s[last:i])
            out.append("\\u%x" % point)
            last = i + 1
        i += 1
    out.append(s[last:])
    return "".join(out)


def str_escape(s) -> str:
    """A string as node quotes it: single quotes, else double quotes when it
    contains a single quote (and no double quote), else backticks."""
    quote = "'"
    if "'" in s:
        if '"' not in s:
            quote = '"'
        elif "`" not in s and "${" not in s:
            quote = "`"
    code = 39 if quote == "'" else -1
    return quote + _escape_chars(s, code) + quote


def format_number(x) -> str:
    if type(x) is float and x == 0 and math.copysign(1.0, x) < 0:
        return "-0"
    return number_to_string(x)


def _format_primitive(ctx, value):
    t = type(value)
    if t is str:
        trailer = ""
        if len(value) > ctx.max_string_length:
            remaining = len(value) - ctx.max_string_length
            value = value[:ctx.max_string_length]
            trailer = f"... {remaining} more character{'s' if remaining > 1 else ''}"
        n = _len(value)
        if (ctx.compact is not True and n > _MIN_LINE_WIDTH
                and n > ctx.break_length - ctx.indentation - 4):
            lines = re.split(r"(?<=\n)", value)
            if lines and lines[-1] == "" and len(lines) > 1:
                lines.pop()
            return (" +\n" + " " * (ctx.indentation + 2)).join(
                str_escape(line) for line in lines) + trailer
        return str_escape(value) + trailer
    if t is bool:
        return "true" if value else "false"
    if t is int or t is float:
        return format_number(value)
    if value is UNDEFINED:
        return "undefined"
    if value is None:
        return "null"
    return str(value)          # not a guest value


# -- property access without running guest code ----------------------------------------
def _own(obj, key):
    """An own property's stored value or Accessor, or MISSING (never creating a
    function's lazy prototype)."""
    if key == "prototype" and isinstance(obj, JSFunction):
        return obj.props.get(key, MISSING)
    if isinstance(obj, BoundFunction) and key == "name" and key not in obj.props:
        return obj.name
    return obj.get_own(key)


def _get(obj, key):
    """obj[key] for data properties (a getter reads as undefined)."""
    o = obj
    while o is not None:
        v = _own(o, key)
        if v is not MISSING:
            return UNDEFINED if isinstance(v, Accessor) else v
        o = o.proto
    return UNDEFINED


def _has(obj, key):
    o = obj
    while o is not None:
        if _own(o, key) is not MISSING:
            return True
        o = o.proto
    return False


def _chain(obj):
    o = obj.proto
    while o is not None:
        yield o
        o = o.proto


def _instance_of(obj, ctor):
    if isinstance(ctor, BoundFunction):
        ctor = ctor.target
    proto = _own(ctor, "prototype")
    if not isinstance(proto, JSObject):
        return False
    return any(o is proto for o in _chain(obj))


def _get_name(fn):
    return _get(fn, "name")


def _to_display_string(v):
    """String(v) for the values node converts without calling guest code."""
    if type(v) is str:
        return v
    if isinstance(v, JSObject):
        return _default_to_string(v)
    return _format_primitive_plain(v)


def _format_primitive_plain(v):
    t = type(v)
    if t is bool:
        return "true" if v else "false"
    if t is int or t is float:
        return number_to_string(v)
    if v is UNDEFINED:
        return "undefined"
    if v is None:
        return "null"
    return str(v)


# -- constructor names ---------------------------------------------------------------
def _constructor_name(obj, ctx, recurse_times):
    """node's getConstructorName: the name of the first function found as an own
    "constructor" along the chain (starting at obj) that obj is an instance of;
    None for an object without any prototype."""
    tmp = obj
    first_proto = MISSING
    o = obj
    while o is not None:
        c = _own(o, "constructor")
        if isinstance(c, FUNCTION_TYPES):
            name = _get_name(c)
            if name != "" and name is not UNDEFINED and _instance_of(tmp, c):
                return _to_display_string(name)
        o = o.proto
        if first_proto is MISSING:
            first_proto = o
    if first_proto is None:
        return _NULL
    res = tmp.class_name
    if ctx.depth is not None and recurse_times > ctx.depth:
        return f"{res} <Complex prototype>"
    proto_constr = _constructor_name(first_proto, ctx, recurse_times + 1)
    if proto_constr is _NULL:
        inner = _Ctx(-1, ctx.show_hidden, ctx.break_length, ctx.compact)
        return f"{res} <{_format_value(inner, first_proto, 0)}>"
    return f"{res} <{proto_constr}>"


def _regexp_or_date(value):
    """A RegExp prints as its literal, a Date as its ISO time."""
    if value.class_name == "RegExp":
        return str(value)
    from .operators import call, get_property
    try:
        return call(get_property(value, "toISOString"), value, [])
    except Exception:
        return "Invalid Date"


def _prefix(constructor, tag, fallback, size=""):
    if constructor is _NULL:
        if tag != "" and fallback != tag:
            return f"[{fallback}{size}: null prototype] [{tag}] "
        return f"[{fallback}{size}: null prototype] "
    if tag != "" and constructor != tag:
        return f"{constructor}{size} [{tag}] "
    return f"{constructor}{size} "


# -- keys --------------------------------------------------------------------------
def _keys(obj, ctx):
    if ctx.show_hidden:
        keys = list(obj.own_keys())
        if isinstance(obj, FUNCTION_TYPES):
            # node's order: length, name, (arguments, caller), prototype, the rest
            first = ("length", "name", "arguments", "caller", "prototype")
            keys = ([k for k in first if k in ("length", "name") or k in obj.props]
                    + [k for k in keys if k not in first])
        return keys
    return [k for k in obj.own_keys() if obj.is_enumerable(k)]


def _is_error(obj):
    if obj.class_name == "Error":
        return True
    err_proto = REALM.protos.get("Error")
    for o in _chain(obj):
        if o is err_proto:
            return True
        c = o.props.get("constructor", MISSING)
        if (isinstance(c, FUNCTION_TYPES) and getattr(c, "name", None) == "Error"
                and _own(c, "prototype") is o):
            return True
    return False


def _is_class(fn):
    return isinstance(fn, JSFunction) and fn.kind in ("class", "derived")


# -- objects -----------------------------------------------------------------------
def _format_value(ctx, value, recurse_times):
    if not isinstance(value, JSObject):
        return _format_primitive(ctx, value)
    for o in ctx.seen:
        if o is value:
            if ctx.circular is None:
                ctx.circular = {}
            index = ctx.circular.get(id(value))
            if index is None:
                index = len(ctx.circular) + 1
                ctx.circular[id(value)] = index
            return f"[Circular *{index}]"
    return _format_raw(ctx, value, recurse_times)


def _format_raw(ctx, value, recurse_times):
    constructor = _constructor_name(value, ctx, recurse_times)
    tag = ""
    base = ""
    formatter = None
    extras = _OBJECT
    braces = None
    if isinstance(value, JSArray) and (value.class_name == "Array" or
                                       isinstance(value, JSTypedArray)):
        prefix = (_prefix(constructor, tag, "Array", f"({len(value.items)})")
                  if constructor != "Array" else "")
        keys = _keys(value, ctx)
        if ctx.show_hidden:
            keys = ["length"] + [k for k in keys if not is_array_index(k)]
        else:
            keys = keys[len(value.items):]
        braces = [f"{prefix}[", "]"]
        if not value.items and not keys:
            return f"{braces[0]}]"
        extras = _ARRAY_EXTRAS
        formatter = _format_array
    elif isinstance(value, (JSSet, JSMap)):
        is_set = isinstance(value, JSSet)
        kind = "Set" if is_set else "Map"
        if constructor is not _NULL:
            tag = kind
        size = len(value.entries)
        prefix = _prefix(constructor, tag, kind, f"({size})")
        keys = _keys(value, ctx)
        formatter = _format_set if is_set else _format_map
        if size == 0 and not keys:
            return f"{prefix}{{}}"
        braces = [f"{prefix}{{", "}"]
    if braces is None:
        keys = _keys(value, ctx)
        braces = ["{", "}"]
        if isinstance(value, FUNCTION_TYPES):
            base = _function_base(value, constructor, tag)
            if not keys:
                return base
        elif constructor == "Object" and not _is_error(value) and not isinstance(value, JSBox):
            if isinstance(value, JSArguments):
                braces[0] = "[Arguments] {"
            if not keys:
                return f"{braces[0]}}}"
        elif _is_error(value):
            base = _format_error(value, constructor, tag, ctx, keys)
            if not keys:
                return base
        elif isinstance(value, JSBox):
            base = _boxed_base(value, ctx, keys, constructor, tag)
            if not keys:
                return base
        elif value.class_name in ("RegExp", "Date"):
            keys = [k for k in keys if k != "lastIndex"]
            base = _regexp_or_date(value)
            if not keys:
                return base
        else:
            if not keys:
                return f"{_prefix(constructor, tag, 'Object')}{{}}"
            braces[0] = f"{_prefix(constructor, tag, 'Object')}{{"

    if ctx.depth is not None and recurse_times > ctx.depth:
        name = _prefix(constructor, tag, "Object")[:-1]
        if constructor is not _NULL:
            name = f"[{name}]"
        return name
    recurse_times += 1
    ctx.seen.append(value)
    ctx.current_depth = recurse_times
    output = formatter(ctx, value, recurse_times) if formatter else []
    for key in keys:
        output.append(_format_property(ctx, value, recurse_times, key, extras))
    if ctx.circular is not None:
        index = ctx.circular.get(id(value))
        if index is not None:
            reference = f"<ref *{index}>"
            if ctx.compact is not True:
                base = reference if base == "" else f"{reference} {base}"
            else:
                braces[0] = f"{reference} {braces[0]}"
    ctx.seen.pop()
    return _reduce_to_single_string(ctx, output, base, braces, extras, recurse_times, value)


def _function_base(fn, constructor, tag):
    if _is_class(fn):
        name = fn.get_own("name")
        if not isinstance(name, str) or not name:
            name = "(anonymous)"
        base = f"class {name}"
        if constructor != "Function" and constructor is not _NULL:
            base += f" [{constructor}]"
        if tag != "" and constructor != tag:
            base += f" [{tag}]"
        if constructor is not _NULL:
            parent = fn.proto
            if isinstance(parent, FUNCTION_TYPES):
                super_name = _get_name(parent)
                if super_name and super_name is not UNDEFINED:
                    base += f" extends {_to_display_string(super_name)}"
        else:
            base += " extends [null prototype]"
        return f"[{base}]"
    kind = getattr(fn, "kind", "")
    type_ = "Function"
    if "generator" in kind:
        type_ = "Generator" + type_
    if "async" in kind:
        type_ = "Async" + type_
    base = f"[{type_}"
    if constructor is _NULL:
        base += " (null prototype)"
    name = _get_name(fn)
    if name == "":
        base += " (anonymous)"
    else:
        base += f": {_to_display_string(name)}"
    base += "]"
    if constructor != type_ and constructor is not _NULL:
        base += f" {constructor}"
    if tag != "" and constructor != tag:
        base += f" [{tag}]"
    return base


def _boxed_base(box, ctx, keys, constructor, tag):
    v = box.value
    if type(v) is str:
        type_ = "String"
        n = len(v)
        keys[:] = [k for k in keys if not (is_array_index(k) and int(k) < n)]
    elif type(v) is bool:
        type_ = "Boolean"
    else:
        type_ = "Number"
    base = f"[{type_}"
    if type_ != constructor:
        base += " (null prototype)" if constructor is _NULL else f" ({constructor})"
    base += f": {_format_primitive(ctx, v)}]"
    if tag != "" and tag != constructor:
        base += f" [{tag}]"
    return base


def _error_to_string(err):
    name = _get(err, "name")
    name = "Error" if name is UNDEFINED else _to_display_string(name)
    msg = _get(err, "message")
    msg = "" if msg is UNDEFINED else _to_display_string(msg)
    if name == "":
        return msg
    if msg == "":
        return name
    return f"{name}: {msg}"


def _truthy(v):
    if v is UNDEFINED or v is None or v is False:
        return False
    if type(v) in (int, float):
        return v == v and v != 0
    if type(v) is str:
        return v != ""
    return True


def _format_error(err, constructor, tag, ctx, keys):
    name = _get(err, "name")
    name = "Error" if name is None or name is UNDEFINED else _to_display_string(name)
    stack = _get(err, "stack")
    stack = _to_display_string(stack) if _truthy(stack) else _error_to_string(err)
    if not ctx.show_hidden and keys:
        for k in ("name", "message", "stack"):
            if k in keys and _to_display_string(_get(err, k)) in stack:
                keys.remove(k)
    if _has(err, "cause") and "cause" not in keys:
        keys.append("cause")
    errors = _get(err, "errors")
    if (isinstance(errors, JSArray) and not isinstance(errors, JSArguments)
            and "errors" not in keys):
        keys.append("errors")
    stack = _improve_stack(stack, constructor, name, tag)
    message = _get(err, "message")
    pos = -1
    if _truthy(message):
        message = _to_display_string(message)
        pos = stack.find(message) or -1
        if pos != -1:
            pos += len(message)
    start = stack.find("\n    at", max(pos, 0))
    if start == -1:
        stack = f"[{stack}]"
    if ctx.indentation:
        stack = stack.replace("\n", "\n" + " " * ctx.indentation)
    return stack


def _improve_stack(stack, constructor, name, tag):
    n = len(name)
    if constructor is _NULL or (name.endswith("Error") and stack.startswith(name)
                                and (len(stack) == n or stack[n] in (":", "\n"))):
        fallback = "Error"
        if constructor is _NULL:
            m = (re.match(r"([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)", stack)
                 or re.fullmatch(r"([a-z_A-Z0-9-]*Error)", stack))
            fallback = (m and m.group(1)) or ""
            n = len(fallback)
            fallback = fallback or "Error"
        prefix = _prefix(constructor, tag, fallback)[:-1]
        if name != prefix:
            if name in prefix:
                if n == 0:
                    stack = f"{prefix}: {stack}"
                else:
                    stack = f"{prefix}{stack[n:]}"
            else:
                stack = f"{prefix} [{name}]{stack[n:]}"
    return stack


def _remaining_text(remaining):
    return f"... {remaining} more item{'s' if remaining > 1 else ''}"


def _format_array(ctx, value, recurse_times):
    items = value.items
    length = min(max(0, ctx.max_array_length), len(items))
    remaining = len(items) - length
    output = []
    for i in range(length):
        ctx.indentation += 2
        output.append(_format_value(ctx, items[i], recurse_times))
        ctx.indentation -= 2
    if remaining > 0:
        output.append(_remaining_text(remaining))
    return output


def _format_set(ctx, value, recurse_times):
    entries = list(value.entries.values())
    length = min(max(0, ctx.max_array_length), len(entries))
    remaining = len(entries) - length
    output = []
    ctx.indentation += 2
    for v in entries[:length]:
        output.append(_format_value(ctx, v, recurse_times))
    if remaining > 0:
        output.append(_remaining_text(remaining))
    ctx.indentation -= 2
    return output


def _format_map(ctx, value, recurse_times):
    entries = list(value.entries.values())
    length = min(max(0, ctx.max_array_length), len(entries))
    remaining = len(entries) - length
    output = []
    ctx.indentation += 2
    for k, v in entries[:length]:
        output.append(f"{_format_value(ctx, k, recurse_times)} => "
                      f"{_format_value(ctx, v, recurse_times)}")
    if remaining > 0:
        output.append(_remaining_text(remaining))
    ctx.indentation -= 2
    return output


def _own_for_display(obj, key):
    v = _own(obj, key)
    return UNDEFINED if v is MISSING else v


def _format_property(ctx, value, recurse_times, key, type_):
    v = _own_for_display(value, key)
    if isinstance(v, Accessor):
        has_get = v.get is not UNDEFINED and v.get is not None
        has_set = v.set is not UNDEFINED and v.set is not None
        if has_get:
            s = "[Getter/Setter]" if has_set else "[Getter]"
        elif has_set:
            s = "[Setter]"
        else:
            s = "undefined"
    else:
        ctx.indentation += 2
        s = _format_value(ctx, v, recurse_times)
        ctx.indentation -= 2
    if type_ == _ARRAY:
        return s
    if key == "__proto__":
        name = "['__proto__']"
    elif not _is_enumerable(value, key):
        name = f"[{_escape_chars(key, -1)}]"
    elif _KEY_RE.match(key):
        name = key
    else:
        name = str_escape(key)
    return f"{name}: {s}"


def _is_enumerable(obj, key):
    if isinstance(obj, JSArray) and key == "length":
        return False
    if isinstance(obj, FUNCTION_TYPES) and key in ("name", "length") and key not in obj.props:
        return False
    return obj.is_enumerable(key)


# -- layout ------------------------------------------------------------------------
def _is_below_break_length(ctx, output, start, base):
    total = len(output) + start
    if total + len(output) > ctx.break_length:
        return False
    for entry in output:
        total += _len(entry)
        if total > ctx.break_length:
            return False
    return base == "" or "\n" not in base


def _reduce_to_single_string(ctx, output, base, braces, extras, recurse_times, value):
    if ctx.compact is not True:
        if type(ctx.compact) is int and ctx.compact >= 1:
            entries = len(output)
            if extras == _ARRAY_EXTRAS and entries > 6:
                output = _group_array_elements(ctx, output, value)
            if ctx.current_depth - recurse_times < ctx.compact and entries == len(output):
                start = len(output) + ctx.indentation + _len(braces[0]) + _len(base) + 10
                if _is_below_break_length(ctx, output, start, base):
                    joined = ", ".join(output)
                    if "\n" not in joined:
                        return f"{base + ' ' if base else ''}{braces[0]} {joined} {braces[1]}"
        indentation = "\n" + " " * ctx.indentation
        return (f"{base + ' ' if base else ''}{braces[0]}{indentation}  "
                f"{(',' + indentation + '  ').join(output)}{indentation}{braces[1]}")
    if _is_below_break_length(ctx, output, 0, base):
        return f"{braces[0]}{' ' + base if base else ''} {', '.join(output)} {braces[1]}"
    indentation = " " * ctx.indentation
    ln = " " if base == "" and len(braces[0]) == 1 else \
        f"{' ' + base if base else ''}\n{indentation}  "
    return f"{braces[0]}{ln}{(',' + chr(10) + indentation + '  ').join(output)} {braces[1]}"


def _js_round(x):
    return math.floor(x + 0.5)


def _group_array_elements(ctx, output, value):
    total_length = 0
    max_length = 0
    output_length = len(output)
    if ctx.max_array_length < len(output):
        output_length -= 1          # leave out "... n more items"
    separator_space = 2
    data_len = [0] * output_length
    for i in range(output_length):
        n = _len(output[i])
        data_len[i] = n
        total_length += n + separator_space
        if max_length < n:
            max_length = n
    actual_max = max_length + separator_space
    if (actual_max * 3 + ctx.indentation < ctx.break_length
            and (total_length / actual_max > 5 or max_length <= 6)):
        approx_char_heights = 2.5
        average_bias = math.sqrt(actual_max - total_length / len(output))
        biased_max = max(actual_max - 3 - average_bias, 1)
        columns = min(
            _js_round(math.sqrt(approx_char_heights * biased_max * output_length) / biased_max),
            (ctx.break_length - ctx.indentation) // actual_max,
            ctx.compact * 4,
            15,
        )
        if columns <= 1:
            return output
        tmp = []
        max_line_length = []
        for i in range(columns):
            line_length = 0
            for j in range(i, output_length, columns):
                if data_len[j] > line_length:
                    line_length = data_len[j]
            max_line_length.append(line_length + separator_space)
        pad_start = True
        if value is not None:
            items = value.items
            for i in range(len(output)):
                v = items[i] if i < len(items) else UNDEFINED
                if type(v) not in (int, float):
                    pad_start = False
                    break
        for i in range(0, output_length, columns):
            max_i = min(i + columns, output_length)
            parts = []
            j = i
            while j < max_i - 1:
                cell = output[j] + ", "
                fill = " " * (max_line_length[j - i] - data_len[j] - 2)
                parts.append(fill + cell if pad_start else cell + fill)
                j += 1
            if pad_start:
                parts.append(" " * (max_line_length[j - i] - separator_space - data_len[j])
                             + output[j])
            else:
                parts.append(output[j])
            tmp.append("".join(parts))
        if ctx.max_array_length < len(output):
            tmp.append(output[output_length])
        output = tmp
    return output


# -- console.log -----------------------------------------------------------------------
def _default_to_string(v):
    """String(object) for the built-in toString methods."""
    if isinstance(v, JSBox):
        return _to_display_string(v.value)
    if isinstance(v, JSArray) and not isinstance(v, JSArguments):
        return ",".join("" if x is None or x is UNDEFINED else _to_display_string(x)
                        for x in v.items)
    if isinstance(v, FUNCTION_TYPES):
        name = _get_name(v)
        name = name if isinstance(name, str) else ""
        if _is_class(v):
            return f"class {name} {{ }}"
        return f"function {name}() {{ [native code] }}"
    if _is_error(v):
        return _error_to_string(v)
    if isinstance(v, JSArguments):
        return "[object Arguments]"
    return f"[object {v.class_name if v.class_name in ('Map', 'Set') else 'Object'}]"


def _default_to_number(v):
    if isinstance(v, JSObject):
        if isinstance(v, JSBox):
            return _default_to_number(v.value)
        return string_to_number(_default_to_string(v))
    t = type(v)
    if t is bool:
        return 1 if v else 0
    if t is int or t is float:
        return v
    if t is str:
        return string_to_number(v)
    if v is None:
        return 0
    return float("nan")


def _has_builtin_to_string(v):
    """node's hasBuiltInToString: the toString found on the chain belongs to a
    built-in prototype (its constructor is not written in JavaScript)."""
    ts = _own(v, "toString")
    if ts is not MISSING:
        return not isinstance(_get(v, "toString"), FUNCTION_TYPES)
    if not isinstance(_get(v, "toString"), FUNCTION_TYPES):
        return True
    for o in _chain(v):
        if _own(o, "toString") is not MISSING:
            c = _own(o, "constructor")
            return isinstance(c, FUNCTION_TYPES) and not isinstance(c, JSFunction)
    return True


_JSON_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n",
                 "\r": "\\r", "\t": "\\t"}


def _json_quote(s):
    out = ['"']
    n = len(s)
    i = 0
    while i < n:
        c = s[i]
        o = ord(c)
        if c in _JSON_ESCAPES:
            out.append(_JSON_ESCAPES[c])
        elif o < 0x20:
            out.append("\\u%04x" % o)
        elif 0xD800 <= o <= 0xDFFF:
            if o <= 0xDBFF and i + 1 < n and 0xDC00 <= ord(s[i + 1]) <= 0xDFFF:
                out.append(c + s[i + 1])
                i += 2
                continue
            out.append("\\u%04x" % o)
        else:
            out.append(c)
        i += 1
    out.append('"')
    return "".join(out)


class _Circular(Exception):
    pass


def json_stringify(value):
    """JSON.stringify(value) without toJSON methods or getters: a str, or
    UNDEFINED; raises ValueError for a cyclic structure."""
    stack = []

    def ser(v):
        if isinstance(v, JSBox):
            v = v.value if type(v.value) is bool else (
                v.value if type(v.value) is str else _default_to_number(v))
        if v is None:
            return "null"
        t = type(v)
        if t is bool:
            return "true" if v else "false"
        if t is str:
            return _json_quote(v)
        if t is int or t is float:
            return number_to_string(v) if math.isfinite(v) else "null"
        if not isinstance(v, JSObject) or isinstance(v, FUNCTION_TYPES):
            return UNDEFINED
        if any(o is v for o in stack):
            raise _Circular
        stack.append(v)
        if isinstance(v, JSArray) and not isinstance(v, JSArguments):
            parts = []
            for x in v.items:
                s = ser(x)
                parts.append("null" if s is UNDEFINED else s)
            out = "[" + ",".join(parts) + "]"
        else:
            parts = []
            for k in v.own_keys():
                if not v.is_enumerable(k):
                    continue
                x = v.get_own(k)
                if isinstance(x, Accessor):
                    continue
                s = ser(x)
                if s is not UNDEFINED:
                    parts.append(_json_quote(k) + ":" + s)
            out = "{" + ",".join(parts) + "}"
        stack.pop()
        return out

    try:
        return ser(value)
    except _Circular:
        raise ValueError("Converting circular structure to JSON") from None


def _try_stringify(v, hook):
    if hook is not None:
        return hook(v)
    try:
        return json_stringify(v)
    except ValueError:
        return "[Circular]"


def format_log(args, to_string=None, to_number=None, stringify=None) -> str:
    """The text console.log(...args) writes, without the newline: node's
    util.format, with %s %d %i %f %j %o %O %c and %% in a first string argument.

    Optional hooks for conversions that would run guest code:
      to_string(value) -> str      String(value) for an object (%s with a user
                                   toString, %i, %f)
      to_number(value) -> number   Number(value) for an object (%d)
      stringify(value) -> str      JSON.stringify for %j ('[Circular]' on cycles;
                                   UNDEFINED prints "undefined")
    """
    to_str = to_string or _to_display_string
    to_num = to_number or _default_to_number

    def string_of(v):
        return to_str(v) if isinstance(v, JSObject) else _to_display_string(v)

    def number_of(v):
        return to_num(v) if isinstance(v, JSObject) else _default_to_number(v)

    args = list(args)
    first = args[0] if args else UNDEFINED
    a = 0
    out = []
    join = ""
    if type(first) is str:
        if len(args) == 1:
            return first
        last_pos = 0
        i = 0
        n = len(first)
        while i < n - 1:
            if first[i] == "%":
                i += 1
                next_char = first[i]
                if a + 1 != len(args):
                    if next_char == "s":
                        a += 1
                        arg = args[a]
                        if type(arg) in (int, float):
                            temp = format_number(arg)
                        elif not isinstance(arg, JSObject) or isinstance(arg, FUNCTION_TYPES):
                            temp = string_of(arg) if isinstance(arg, JSObject) \
                                else _to_display_string(arg)
                        elif not _has_builtin_to_string(arg):
                            temp = string_of(arg)
                        else:
                            temp = inspect(arg, depth=0)
                    elif next_char == "j":
                        a += 1
                        temp = _try_stringify(args[a], stringify)
                        if temp is UNDEFINED:
                            temp = "undefined"
                    elif next_char == "d":
                        a += 1
                        temp = format_number(number_of(args[a]))
                    elif next_char == "O":
                        a += 1
                        temp = inspect(args[a])
                    elif next_char == "o":
                        a += 1
                        temp = inspect(args[a], depth=4, show_hidden=True)
                    elif next_char == "i":
                        a += 1
                        temp = format_number(parse_int(string_of(args[a]), 0))
                    elif next_char == "f":
                        a += 1
                        temp = format_number(parse_float(string_of(args[a])))
                    elif next_char == "c":
                        a += 1
                        temp = ""
                    elif next_char == "%":
                        out.append(first[last_pos:i])
                        last_pos = i + 1
                        i += 1
                        continue
                    else:
                        i += 1
                        continue
                    if last_pos != i - 1:
                        out.append(first[last_pos:i - 1])
                    out.append(temp)
                    last_pos = i + 1
                elif next_char == "%":
                    out.append(first[last_pos:i])
                    last_pos = i + 1
            i += 1
        if last_pos != 0:
            a += 1
            join = " "
            if last_pos < len(first):
                out.append(first[last_pos:])
    while a < len(args):
        value = args[a]
        out.append(join)
        out.append(value if type(value) is str else inspect(value))
        join = " "
        a += 1
    return "".join(out)
