"""JavaScript's abstract operations and operators on jsish values.

The i-ops handle the common case in their own bodies (two small ints, two
floats, two strings, an own data property of a plain object) and call these
for everything else, so each function here is the whole of the ECMAScript
algorithm it is named after.
"""
from __future__ import annotations

import math

from .errors import JSThrow, throw
from .numconv import number_to_string, string_to_number
from .values import (FUNCTION_TYPES, MISSING, REALM, SAFE, UNBOUND, UNDEFINED, Accessor,
                     BoundFunction, JSArray, JSBox, JSFunction, JSObject, NativeFunction, WRITABLE, is_array_index)

NAN = float("nan")
INF = float("inf")


def number(x):
    """The canonical form of a numeric result: an int when it is a safe
    integer (and not -0)."""
    if type(x) is float and x.is_integer() and -SAFE <= x <= SAFE and (x or math.copysign(1, x) > 0):
        return int(x)
    return x


def int_result(r):
    """An exact integer result, rounded to a double as JavaScript would."""
    if -SAFE <= r <= SAFE:
        return r
    try:
        return float(r)
    except OverflowError:
        return INF if r > 0 else -INF


# -- type conversion ---------------------------------------------------------------
def typeof(v) -> str:
    t = type(v)
    if t is str:
        return "string"
    if t is int or t is float:
        return "number"
    if t is bool:
        return "boolean"
    if v is UNDEFINED:
        return "undefined"
    if v is None:
        return "object"
    if isinstance(v, FUNCTION_TYPES):
        return "function"
    return "object"


def to_boolean(v) -> bool:
    t = type(v)
    if t is bool:
        return v
    if t is int or t is str:
        return bool(v)
    if t is float:
        return not (v == 0 or v != v)
    if v is None or v is UNDEFINED:
        return False
    return True


def to_primitive(v, hint="default"):
    if not isinstance(v, JSObject):
        return v
    if type(v) is JSBox:
        return v.value
    order = ("toString", "valueOf") if hint == "string" else ("valueOf", "toString")
    for name in order:
        method = get_property(v, name)
        if isinstance(method, FUNCTION_TYPES):
            result = method.call(v, [])
            if not isinstance(result, JSObject):
                return result
    throw("TypeError", "Cannot convert object to primitive value")


def to_number(v):
    t = type(v)
    if t is int or t is float:
        return v
    if t is str:
        return string_to_number(v)
    if t is bool:
        return 1 if v else 0
    if v is UNDEFINED:
        return NAN
    if v is None:
        return 0
    if isinstance(v, JSObject):
        return to_number(to_primitive(v, "number"))
    throw("TypeError", f"Cannot convert {typeof(v)} to a number")


def to_string(v) -> str:
    t = type(v)
    if t is str:
        return v
    if t is int:
        return str(v)
    if t is float:
        return number_to_string(v)
    if t is bool:
        return "true" if v else "false"
    if v is UNDEFINED:
        return "undefined"
    if v is None:
        return "null"
    if isinstance(v, JSObject):
        return to_string(to_primitive(v, "string"))
    throw("TypeError", "Cannot convert value to a string")


def safe_to_string(v) -> str:
    """to_string for messages: never runs guest code, never fails."""
    if isinstance(v, JSObject):
        return "[object Object]" if not isinstance(v, FUNCTION_TYPES) else "function"
    try:
        return to_string(v)
    except JSThrow:
        return "?"


def to_integer(v):
    """ToIntegerOrInfinity, as a host int (or +-inf)."""
    n = to_number(v)
    if type(n) is int:
        return n
    if n != n:
        return 0
    if n in (INF, -INF):
        return n
    return int(n)


def to_int32(v) -> int:
    if type(v) is int:
        n = v
    else:
        n = to_number(v)
        if type(n) is float:
            if n != n or n in (INF, -INF):
                return 0
            n = int(n)
    n &= 0xFFFFFFFF
    return n - 0x100000000 if n >= 0x80000000 else n


def to_uint32(v) -> int:
    return to_int32(v) & 0xFFFFFFFF


def to_property_key(v):
    """A property key: a str, or an int for an array index."""
    t = type(v)
    if t is str:
        return v
    if t is int:
        return v if v >= 0 else str(v)
    if t is float and v.is_integer() and 0 <= v < 4294967295:
        return int(v)
    return to_string(v)


def to_object(v, action="convert"):
    if isinstance(v, JSObject):
        return v
    if v is None or v is UNDEFINED:
        throw("TypeError", "Cannot convert undefined or null to object")
    return JSBox(v, primitive_proto(v))


def primitive_proto(v):
    t = type(v)
    if t is str:
        return REALM.protos["String"]
    if t is int or t is float:
        return REALM.protos["Number"]
    if t is bool:
        return REALM.protos["Boolean"]
    return REALM.protos["Object"]


# -- properties --------------------------------------------------------------------
def get_property(owner, key):
    """owner[key] for any value; key a str or an int index."""
    if isinstance(owner, JSObject):
        obj = owner
        while obj is not None:
            if type(obj) is JSObject:              # plain objects and prototypes: no hooks
                v = obj.props.get(key, MISSING)
            else:
                v = obj.get_own(key)
            if v is not MISSING:
                if type(v) is Accessor:
                    return UNDEFINED if v.get is UNDEFINED else v.get.call(owner, [])
                return v
            obj = obj.proto
        return UNDEFINED
    t = type(owner)
    if t is str:
        if type(key) is int:
            return owner[key] if key < len(owner) else UNDEFINED
        v = REALM.protos["String"].props.get(key, MISSING)
        if v is not MISSING and type(v) is not Accessor:
            return v                            # a method of String.prototype
        if key == "length":
            return len(owner)
        if is_array_index(key):
            return get_property(owner, int(key))
    elif owner is None or owner is UNDEFINED:
        throw("TypeError", f"Cannot read properties of {to_string(owner)} "
                           f"(reading '{to_string(key)}')")
    if type(key) is int:
        key = str(key)
    return get_property(primitive_proto(owner), key)


def get_from(owner, key, receiver):
    """A property looked up from `owner` with `receiver` as a getter's this
    (super.x)."""
    obj = owner
    while obj is not None:
        v = obj.get_own(key)
        if v is not MISSING:
            if type(v) is Accessor:
                return UNDEFINED if v.get is UNDEFINED else v.get.call(receiver, [])
            return v
        obj = obj.proto
    return UNDEFINED


def set_property(owner, key, value):
    """owner[key] = value (sloppy mode: a failed store is silent)."""
    if isinstance(owner, JSObject):
        if type(owner) is JSObject and owner.attrs is None:
            props = owner.props
            current = props.get(key, MISSING)
            if current is MISSING and owner.extensible:
                # a new property: no setter or read-only one up the chain?
                proto = owner.proto
                while type(proto) is JSObject:
                    if key in proto.props:
                        break
                    proto = proto.proto
                else:
                    if proto is None:
                        props[key] = value
                        return
            elif current is not MISSING and type(current) is not Accessor:
                props[key] = value
                return
        obj = owner
        while obj is not None:
            v = obj.get_own(key)
            if v is not MISSING:
                if type(v) is Accessor:
                    if v.set is not UNDEFINED:
                        v.set.call(owner, [value])
                    return
                if obj.attrs is not None and not obj.attr_bits(key) & WRITABLE:
                    return
                break
            obj = obj.proto
        if obj is not owner and not owner.extensible:
            return
        owner.set_own(key, value)
        return
    if owner is None or owner is UNDEFINED:
        throw("TypeError", f"Cannot set properties of {to_string(owner)} "
                           f"(setting '{to_string(key)}')")
    # a store into a primitive is dropped (sloppy mode)


def delete_property(owner, key) -> bool:
    if isinstance(owner, JSObject):
        return owner.delete_own(key)
    if owner is None or owner is UNDEFINED:
        throw("TypeError", "Cannot convert undefined or null to object")
    return True


def has_property(obj, key) -> bool:
    while obj is not None:
        if obj.get_own(key) is not MISSING:
            return True
        obj = obj.proto
    return False


def op_in(key, obj) -> bool:
    if not isinstance(obj, JSObject):
        throw("TypeError", f"Cannot use 'in' operator to search for "
                           f"'{safe_to_string(key)}' in {safe_to_string(obj)}")
    return has_property(obj, key_for(obj, key))


def key_for(obj, key):
    """A property key for obj: array indices stay ints for arrays only."""
    key = to_property_key(key)
    if type(key) is int and not isinstance(obj, JSArray):
        return str(key)
    return key


def instance_of(value, ctor) -> bool:
    if not isinstance(ctor, FUNCTION_TYPES):
        throw("TypeError", "Right-hand side of 'instanceof' is not callable")
    if not isinstance(value, JSObject):
        return False
    proto = get_property(ctor, "prototype")
    obj = value.proto
    while obj is not None:
        if obj is proto:
            return True
        obj = obj.proto
    return False


# -- calls -----------------------------------------------------------------------------
def call(func, this, args):
    """func.call(this, ...args): the call path of built-ins and getters."""
    if isinstance(func, FUNCTION_TYPES):
        return func.call(this, args)
    throw("TypeError", f"{describe(func)} is not a function")


def call_this_args(func, this_args):
    """A guest call: this_args is [this, arg0, ...], a fresh list."""
    if type(func) is NativeFunction:
        return func.fn(this_args[0], this_args[1:])
    if isinstance(func, FUNCTION_TYPES):
        if type(func) is JSFunction and func.kind in ("class", "derived"):
            throw("TypeError", f"Class constructor {func.name} cannot be invoked without 'new'")
        return func.invoke(this_args)
    throw("TypeError", f"{describe(func)} is not a function")


def describe(v) -> str:
    if isinstance(v, JSObject):
        return "object" if not isinstance(v, JSArray) else "array"
    if type(v) is str:
        return f'"{v}"'
    return safe_to_string(v)


def construct(ctor, args, new_target=None):
    """new ctor(...args); new_target: the class `new` was applied to, when
    a derived constructor's super() calls its parent."""
    if new_target is None:
        new_target = ctor
    t = type(ctor)
    if t is JSFunction:
        kind = ctor.kind
        if kind == "derived":            # the parent allocates, in super()
            result = ctor.invoke([UNBOUND, *args], new_target)
            if isinstance(result, JSObject):
                return result
            throw("TypeError", "Derived constructors may only return object or undefined")
        if kind == "function" or kind == "class":
            this = JSObject(object_proto_of(new_target))
            result = ctor.invoke([this, *args], new_target)
            return result if isinstance(result, JSObject) else this
    elif t is NativeFunction and ctor.ctor is not None:
        return ctor.ctor(new_target, args)
    elif t is BoundFunction:
        return construct(ctor.target, ctor.bound_args + list(args))
    throw("TypeError", f"{getattr(ctor, 'name', '') or describe(ctor)} is not a constructor")


def object_proto_of(ctor):
    proto = get_property(ctor, "prototype")
    return proto if isinstance(proto, JSObject) else REALM.protos["Object"]


# -- operators --------------------------------------------------------------------------
def add(a, b):
    ta, tb = type(a), type(b)
    if (ta is int or ta is float) and (tb is int or tb is float):
        return int_result(a + b) if ta is int and tb is int else a + b
    if ta is str and tb is str:
        return a + b
    a, b = to_primitive(a), to_primitive(b)
    if type(a) is str or type(b) is str:
        return to_string(a) + to_string(b)
    a, b = to_number(a), to_number(b)
    return int_result(a + b) if type(a) is int and type(b) is int else float(a) + b


def subtract(a, b):
    a, b = to_number(a), to_number(b)
    return int_result(a - b) if type(a) is int and type(b) is int else float(a) - b


def multiply(a, b):
    a, b = to_number(a), to_number(b)
    if type(a) is int and type(b) is int:
        r = a * b
        if r == 0 and (a < 0 or b < 0):
            return -0.0
        return int_result(r)
    try:
        return float(a) * b
    except OverflowError:
        return math.copysign(INF, a) * math.copysign(1, b)


def divide(a, b):
    a, b = to_number(a), to_number(b)
    try:
        return a / b if type(a) is int and type(b) is int else float(a) / b
    except ZeroDivisionError:
        if a != a or a == 0:
            return NAN
        negative = (a < 0) != (math.copysign(1, b) < 0)
        return -INF if negative else INF
    except OverflowError:           # huge int / tiny int
        return float(a) / float(b)


def remainder(a, b):
    a, b = to_number(a), to_number(b)
    if type(a) is int and type(b) is int:
        if b == 0:
            return NAN
        r = abs(a) % abs(b)
        if a < 0:
            return -r if r else -0.0
        return r
    try:
        r = math.fmod(a, b)
    except ValueError:              # x % 0, Infinity % x
        return NAN
    return r


def power(a, b):
    a, b = to_number(a), to_number(b)
    if b != b:
        return NAN
    if (a == 1 or a == -1) and b in (INF, -INF):
        return NAN
    if a == 0 and b < 0:
        odd = b == int(b) and int(b) % 2 == 1
        return -INF if odd and math.copysign(1, a) < 0 else INF
    if type(a) is int and type(b) is int and b >= 0:
        if abs(a) < 2 or b < 1100:
            return int_result(a ** b)
    try:
        r = math.pow(a, b)
    except ZeroDivisionError:
        return INF if not (a == 0 and math.copysign(1, a) < 0 and b == int(b) and int(b) % 2) \
            else -INF
    except OverflowError:
        neg = a < 0 and b == int(b) and int(b) % 2
        return -INF if neg else INF
    except ValueError:
        return NAN
    return r


def negate(v):
    v = to_number(v)
    if type(v) is int:
        return -v if v else -0.0
    return -v


def plus(v):
    return to_number(v)


def bit_not(v):
    return ~to_int32(v)


def bit_and(a, b):
    return to_int32(a) & to_int32(b)


def bit_or(a, b):
    return to_int32(a) | to_int32(b)


def bit_xor(a, b):
    return to_int32(a) ^ to_int32(b)


def shift_left(a, b):
    return to_int32(to_int32(a) << (to_uint32(b) & 31))


def shift_right(a, b):
    return to_int32(a) >> (to_uint32(b) & 31)


def shift_right_unsigned(a, b):
    return to_uint32(a) >> (to_uint32(b) & 31)


def less_than(a, b, swap=False):
    """a < b by ECMAScript's IsLessThan; None stands for undefined (NaN)."""
    if swap:
        b = to_primitive(b, "number")
        a = to_primitive(a, "number")
    else:
        a = to_primitive(a, "number")
        b = to_primitive(b, "number")
    if type(a) is str and type(b) is str:
        return utf16_key(a) < utf16_key(b)
    a, b = to_number(a), to_number(b)
    if a != a or b != b:
        return None
    return a < b


def utf16_key(s):
    if s.isascii() or max(s) < "\U00010000":
        return s
    return s.encode("utf-16-be")


def lt(a, b):
    return less_than(a, b) is True


def gt(a, b):
    return less_than(b, a, swap=True) is True


def le(a, b):
    return less_than(b, a, swap=True) is False


def ge(a, b):
    return less_than(a, b) is False


def strict_equals(a, b) -> bool:
    ta, tb = type(a), type(b)
    if ta is tb:
        return a is b if ta not in _VALUE_TYPES else a == b
    if (ta is int and tb is float) or (ta is float and tb is int):
        return a == b
    return False


_VALUE_TYPES = {int, float, str, bool}


def loose_equals(a, b) -> bool:
    ta, tb = type(a), type(b)
    if ta is tb or ((ta is int or ta is float) and (tb is int or tb is float)):
        return strict_equals(a, b)
    a_nullish = a is None or a is UNDEFINED
    b_nullish = b is None or b is UNDEFINED
    if a_nullish or b_nullish:
        return a_nullish and b_nullish
    a_obj, b_obj = isinstance(a, JSObject), isinstance(b, JSObject)
    if a_obj and b_obj:
        return a is b
    if ta is bool:
        return loose_equals(1 if a else 0, b)
    if tb is bool:
        return loose_equals(a, 1 if b else 0)
    if a_obj:
        return loose_equals(to_primitive(a), b)
    if b_obj:
        return loose_equals(a, to_primitive(b))
    # number and string
    return to_number(a) == to_number(b)


def same_value(a, b) -> bool:
    """Object.is."""
    if type(a) in (int, float) and type(b) in (int, float):
        if a != a and b != b:
            return True
        if a == 0 and b == 0:
            return math.copysign(1, a) == math.copysign(1, b)
        return a == b
    return strict_equals(a, b)
