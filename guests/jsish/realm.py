"""The built-in library of a jsish program: the global object and the
intrinsics (Object, Array, String, Number, Math, JSON, Map, Set, errors),
plus node's console, process and require.

`new_realm()` makes all of it afresh for each program run.  Built-in
functions are Python functions of (this, args), wrapped as NativeFunction.
"""
from __future__ import annotations

import functools
import json
import math
import os
import random
import sys
import time

import re
import struct

from . import operators as ops
from . import regexp
from .regexp import JSRegExp
from .errors import JSThrow, throw
from .inspect import format_log
from .numconv import number_to_string, parse_float, parse_int, to_fixed
from .values import (FUNCTION_TYPES, HIDDEN, MISSING, REALM, SAFE, UNDEFINED, Accessor,
                     BoundFunction, JSArray, JSBox, JSFunction, JSGenerator, JSIterator, JSMap,
                     JSObject,
                     JSSet, NativeFunction, WRITABLE, ENUMERABLE, CONFIGURABLE, is_array_index,
                     map_key)

NAN = float("nan")
INF = float("inf")


def arg(args, i):
    return args[i] if i < len(args) else UNDEFINED


def new_prototype_for(fn):
    """A function's `prototype`, made on first use."""
    proto = JSObject(REALM.protos["Object"])
    proto.define_hidden("constructor", fn)
    fn.props["prototype"] = proto
    fn.set_attr_bits("prototype", WRITABLE)
    return proto


class Builder:
    """Fills prototypes and constructors with native functions."""

    def __init__(self):
        self.protos = REALM.protos

    def fn(self, name, impl, length=0, ctor=None):
        return NativeFunction(impl, name, length, ctor, self.protos["Function"])

    def methods(self, target, table):
        for name, (impl, length) in table.items():
            target.define_hidden(name, self.fn(name, impl, length))

    def getter(self, target, name, impl):
        target.props[name] = Accessor(self.fn("get " + name, impl))
        target.set_attr_bits(name, CONFIGURABLE)

    def constructor(self, name, call, construct, length, proto):
        c = self.fn(name, call, length, construct)
        c.props["prototype"] = proto
        c.set_attr_bits("prototype", 0)
        proto.define_hidden("constructor", c)
        return c


def new_realm(vm, argv, main_path):
    """Make the intrinsics and the global object; returns the globals dict
    (the global object's properties, which LOAD_GLOBAL reads)."""
    REALM.protos = protos = {}
    object_proto = protos["Object"] = JSObject(None)
    function_proto = protos["Function"] = JSObject(object_proto)
    for name in ("Array", "String", "Number", "Boolean", "Map", "Set", "Iterator", "Error",
                 "Date", "RegExp", "Generator"):
        protos[name] = JSObject(object_proto)
    protos["Array"] = JSArray([], object_proto)
    for name in ("TypeError", "RangeError", "ReferenceError", "SyntaxError", "EvalError",
                 "URIError"):
        protos[name] = JSObject(protos["Error"])
    b = Builder()
    g = JSObject(object_proto)
    G = g.props
    vm.runtime.object_proto = object_proto
    vm.runtime.global_object = REALM.global_object = g

    def define(name, value):
        G[name] = value
        g.set_attr_bits(name, HIDDEN)

    define("globalThis", g)
    define("Object", _object(b))
    define("Function", b.constructor("Function", _no_function_ctor, _no_function_ctor, 1,
                                     function_proto))
    _function_proto(b)
    define("Array", _array(b))
    define("String", _string(b))
    define("Number", _number(b, G))
    define("Boolean", _boolean(b))
    for name in ("Error", "TypeError", "RangeError", "ReferenceError", "SyntaxError",
                 "EvalError", "URIError"):
        define(name, _error_type(b, name))
    define("Map", _map(b))
    define("Set", _set(b))
    _iterator_proto(b)
    _generator_proto(b)
    define("Math", _math(b))
    define("JSON", _json(b))
    define("Date", _date(b))
    for name, ctor in _typed_arrays(b).items():
        define(name, ctor)
    from .regexp import regexp_constructor
    define("RegExp", regexp_constructor(b))
    define("console", _console(b))
    define("process", _process(b, argv, main_path))
    define("performance", _performance(b))
    define("parseInt", G["Number"].props["parseInt"])
    define("parseFloat", G["Number"].props["parseFloat"])
    define("isNaN", b.fn("isNaN", lambda this, a: ops.to_number(arg(a, 0)) != ops.to_number(arg(a, 0)), 1))
    define("isFinite", b.fn("isFinite", lambda this, a: _is_finite(ops.to_number(arg(a, 0))), 1))
    for name, impl in _uri_functions().items():
        define(name, b.fn(name, impl, 1))
    define("NaN", NAN)
    define("Infinity", INF)
    define("undefined", UNDEFINED)
    return G


def _is_finite(n):
    return type(n) is int or not (n != n or n in (INF, -INF))


def _no_function_ctor(this, args):
    throw("EvalError", "jsish does not support the Function constructor")


# -- Object -------------------------------------------------------------------------------------
def _object(b):
    proto = REALM.protos["Object"]

    def call(this, args):
        v = arg(args, 0)
        if v is None or v is UNDEFINED:
            return JSObject(proto)
        return ops.to_object(v)

    def construct(new_target, args):
        if new_target is not REALM.ctors["Object"]:
            return JSObject(ops.object_proto_of(new_target))
        return call(UNDEFINED, args or [])

    O = b.constructor("Object", call, construct, 1, proto)
    REALM.ctors["Object"] = O

    def keys(this, args):
        o = ops.to_object(arg(args, 0))
        return JSArray([k for k in o.own_keys() if o.is_enumerable(k)])

    def values(this, args):
        o = ops.to_object(arg(args, 0))
        return JSArray([_get(o, k) for k in o.own_keys() if o.is_enumerable(k)])

    def entries(this, args):
        o = ops.to_object(arg(args, 0))
        return JSArray([JSArray([k, _get(o, k)]) for k in o.own_keys() if o.is_enumerable(k)])

    def assign(this, args):
        target = ops.to_object(arg(args, 0))
        for src in args[1:]:
            if isinstance(src, JSObject):
                for k in src.own_keys():
                    if src.is_enumerable(k):
                        ops.set_property(target, _key_for(target, k), _get(src, k))
        return target

    def create(this, args):
        p = arg(args, 0)
        if p is not None and not isinstance(p, JSObject):
            throw("TypeError", f"Object prototype may only be an Object or null: "
                               f"{ops.safe_to_string(p)}")
        o = JSObject(p)
        props = arg(args, 1)
        if isinstance(props, JSObject):
            define_properties(UNDEFINED, [o, props])
        return o

    def define_property(this, args):
        o, key, desc = arg(args, 0), arg(args, 1), arg(args, 2)
        if not isinstance(o, JSObject):
            throw("TypeError", "Object.defineProperty called on non-object")
        if not isinstance(desc, JSObject):
            throw("TypeError", "Property description must be an object")
        _define_own(o, ops.to_property_key(key), desc)
        return o

    def define_properties(this, args):
        o, props = arg(args, 0), arg(args, 1)
        for k in props.own_keys():
            if props.is_enumerable(k):
                _define_own(o, k, _get(props, k))
        return o

    def get_prototype_of(this, args):
        return ops.to_object(arg(args, 0)).proto

    def set_prototype_of(this, args):
        o, p = arg(args, 0), arg(args, 1)
        if isinstance(o, JSObject):
            o.proto = p
        return o

    def freeze(this, args):
        o = arg(args, 0)
        if isinstance(o, JSObject):
            if isinstance(o, JSArray):
                for i, v in enumerate(o.items):
                    o.props[str(i)] = v             # (frozen arrays keep a copy of their items)
            for k in list(o.props):
                bits = o.attr_bits(k) & ~CONFIGURABLE
                if type(o.props[k]) is not Accessor:
                    bits &= ~WRITABLE
                o.set_attr_bits(k, bits)
            o.extensible = False
            if isinstance(o, JSArray):
                o.items = _FrozenList(o.items)
        return o

    def is_frozen(this, args):
        o = arg(args, 0)
        if not isinstance(o, JSObject):
            return True
        if isinstance(o, JSArray) and o.items and not isinstance(o.items, _FrozenList):
            return False                    # its elements are writable
        return not o.extensible and all(not o.attr_bits(k) & WRITABLE for k in o.props)

    def own_names(this, args):
        o = ops.to_object(arg(args, 0))
        names = o.own_keys()
        if isinstance(o, JSArray):
            names.append("length")
        return JSArray(names)

    def own_descriptor(this, args):
        o, key = ops.to_object(arg(args, 0)), ops.to_property_key(arg(args, 1))
        v = o.get_own(key)
        if v is MISSING:
            return UNDEFINED
        k = key if type(key) is str else str(key)
        bits = o.attr_bits(k) if k in o.props else (ENUMERABLE | WRITABLE | CONFIGURABLE)
        d = JSObject(proto)
        if type(v) is Accessor:
            d.props.update(get=v.get, set=v.set)
        else:
            d.props.update(value=v, writable=bool(bits & WRITABLE))
        d.props.update(enumerable=o.is_enumerable(k), configurable=bool(bits & CONFIGURABLE))
        return d

    def seal(this, args):
        o = prevent_extensions(this, args)
        if isinstance(o, JSObject):
            if isinstance(o, JSArray) and type(o.items) is _FixedList:
                o.items = _SealedList(o.items)
            for k in list(o.props):
                o.set_attr_bits(k, o.attr_bits(k) & ~CONFIGURABLE)
        return o

    def is_sealed(this, args):
        o = arg(args, 0)
        if not isinstance(o, JSObject):
            return True
        if isinstance(o, JSArray) and o.items and \
                not isinstance(o.items, (_FrozenList, _SealedList)):
            return False                    # its elements are configurable
        return not o.extensible and all(not o.attr_bits(k) & CONFIGURABLE for k in o.props)

    def prevent_extensions(this, args):
        o = arg(args, 0)
        if isinstance(o, JSObject):
            if isinstance(o, JSArray) and type(o.items) is list:
                o.items = _FixedList(o.items)       # no new elements
            o.extensible = False
        return o

    def is_extensible(this, args):
        o = arg(args, 0)
        return isinstance(o, JSObject) and o.extensible

    def own_descriptors(this, args):
        o = ops.to_object(arg(args, 0))
        out = JSObject(proto)
        names = o.own_keys()
        if isinstance(o, JSArray):
            names.append("length")
        for k in names:
            out.props[k] = own_descriptor(this, [o, k])
        return out

    b.methods(O, {
        "seal": (seal, 1), "isSealed": (is_sealed, 1),
        "preventExtensions": (prevent_extensions, 1), "isExtensible": (is_extensible, 1),
        "getOwnPropertyDescriptors": (own_descriptors, 1),
        "hasOwn": (lambda this, a: ops.to_object(arg(a, 0)).get_own(
            ops.to_property_key(arg(a, 1))) is not MISSING, 2),
        "keys": (keys, 1), "values": (values, 1), "entries": (entries, 1),
        "assign": (assign, 2), "create": (create, 2), "defineProperty": (define_property, 3),
        "defineProperties": (define_properties, 2), "getPrototypeOf": (get_prototype_of, 1),
        "setPrototypeOf": (set_prototype_of, 2), "freeze": (freeze, 1),
        "isFrozen": (is_frozen, 1), "getOwnPropertyNames": (own_names, 1),
        "getOwnPropertyDescriptor": (own_descriptor, 2),
        "is": (lambda this, a: ops.same_value(arg(a, 0), arg(a, 1)), 2),
        "fromEntries": (lambda this, a: _from_entries(arg(a, 0)), 1),
    })

    def has_own(this, args):
        o = ops.to_object(this)
        return o.get_own(ops.to_property_key(arg(args, 0))) is not MISSING

    def to_string(this, args):
        if this is UNDEFINED:
            return "[object Undefined]"
        if this is None:
            return "[object Null]"
        o = ops.to_object(this)
        if isinstance(o, JSArray):
            return "[object Array]"
        if isinstance(o, FUNCTION_TYPES):
            return "[object Function]"
        if o.proto is not None and o.proto is REALM.protos["Error"] or \
                _inherits(o, REALM.protos["Error"]):
            return "[object Error]"
        return "[object Object]"

    def is_prototype_of(this, args):
        v = arg(args, 0)
        return isinstance(v, JSObject) and _inherits(v, this)

    def property_is_enumerable(this, args):
        o = ops.to_object(this)
        k = ops.to_property_key(arg(args, 0))
        return o.get_own(k) is not MISSING and o.is_enumerable(str(k))

    b.methods(proto, {
        "hasOwnProperty": (has_own, 1), "toString": (to_string, 0),
        "toLocaleString": (to_string, 0), "valueOf": (lambda this, a: ops.to_object(this), 0),
        "isPrototypeOf": (is_prototype_of, 1),
        "propertyIsEnumerable": (property_is_enumerable, 1),
    })
    return O


class _FrozenList(list):
    """The items of a frozen array: stores are dropped, as in sloppy mode."""

    def __setitem__(self, i, v):
        pass

    def append(self, v):
        throw("TypeError", "Cannot add property, object is not extensible")

    extend = append


class _FixedList(list):
    """The items of a non-extensible array: they may change, not grow."""

    def append(self, v):
        throw("TypeError", "Cannot add property, object is not extensible")

    extend = append


class _SealedList(_FixedList):
    """The items of a sealed array."""


def _inherits(o, proto):
    p = o.proto
    while p is not None:
        if p is proto:
            return True
        p = p.proto
    return False


def _get(o, k):
    return ops.get_property(o, _key_for(o, k))


def _key_for(o, k):
    return int(k) if isinstance(o, JSArray) and is_array_index(k) else k


def _define_own(o, key, desc):
    def field(name):
        return ops.get_property(desc, name) if ops.has_property(desc, name) else MISSING
    getter, setter, value = field("get"), field("set"), field("value")
    k = str(key) if type(key) is int and not isinstance(o, JSArray) else key
    exists = o.get_own(k) is not MISSING
    old_bits = o.attr_bits(k) if exists and type(k) is str else 0
    bits = 0
    for name, bit in (("enumerable", ENUMERABLE), ("configurable", CONFIGURABLE),
                      ("writable", WRITABLE)):
        v = field(name)
        if v is MISSING:
            bits |= old_bits & bit
        elif ops.to_boolean(v):
            bits |= bit
    if getter is not MISSING or setter is not MISSING:
        acc = Accessor(UNDEFINED if getter is MISSING else getter,
                       UNDEFINED if setter is MISSING else setter)
        o.props[k] = acc
        bits &= ~WRITABLE
    else:
        o.set_own(k, UNDEFINED if value is MISSING and not exists else
                  (o.get_own(k) if value is MISSING else value))
    if type(k) is str and not (isinstance(o, JSArray) and k == "length"):
        o.set_attr_bits(k, bits)


def _from_entries(iterable):
    from .runtime import get_iterator
    o = JSObject(REALM.protos["Object"])
    for entry in get_iterator(iterable):
        k = ops.get_property(entry, 0) if isinstance(entry, JSArray) else UNDEFINED
        v = ops.get_property(entry, 1) if isinstance(entry, JSArray) else UNDEFINED
        key = ops.to_property_key(k)
        o.set_own(str(key) if type(key) is int else key, v)
    return o


# -- Function.prototype ------------------------------------------------------------------------
def _function_proto(b):
    proto = REALM.protos["Function"]

    def call(this, args):
        return ops.call(this, arg(args, 0), list(args[1:]))

    def apply(this, args):
        lst = arg(args, 1)
        if lst is None or lst is UNDEFINED:
            items = []
        elif isinstance(lst, JSArray):
            items = list(lst.items)
        else:
            n = ops.to_integer(ops.get_property(lst, "length"))
            items = [ops.get_property(lst, i) for i in range(int(n))]
        return ops.call(this, arg(args, 0), items)

    def bind(this, args):
        if not isinstance(this, FUNCTION_TYPES):
            throw("TypeError", "Bind must be called on a function")
        return BoundFunction(this, arg(args, 0), list(args[1:]))

    def to_string(this, args):
        name = getattr(this, "name", "")
        if type(this) is JSFunction and this.kind in ("class", "derived"):
            return f"class {name} {{ }}"
        return f"function {name}() {{ [native code] }}"

    b.methods(proto, {"call": (call, 1), "apply": (apply, 2), "bind": (bind, 1),
                      "toString": (to_string, 0)})


# -- Array -------------------------------------------------------------------------------------
def _this_array(this, name):
    """The array a method of Array.prototype works on: `this`, or a copy of
    an array-like's elements (an arguments-like object, a string, {length: n,
    0: ...}): the methods are generic, as the specification's are.  The
    methods that change the array start with a test of their own and go
    through _on_array_like, which writes the changes back."""
    if isinstance(this, JSArray):
        return this
    if this is None or this is UNDEFINED:
        throw("TypeError", f"Array.prototype.{name} called on null or undefined")
    if type(this) is str:
        return JSArray(list(this))
    obj = ops.to_object(this)
    n = int(ops.to_integer(ops.get_property(obj, "length")))
    return JSArray([ops.get_property(obj, str(i)) for i in range(max(n, 0))])


def _on_array_like(method, name, this, args):
    """A changing method of Array.prototype on an array-like: it changes a
    copy of the elements, written back after (arrays never come here: the
    common case pays one type test, not a call)."""
    copy = _this_array(this, name)
    result = method(copy, args)
    if type(this) is not str:
        obj = ops.to_object(this)
        n = int(ops.to_integer(ops.get_property(obj, "length")))
        items = copy.items
        for i, v in enumerate(items):
            ops.set_property(obj, str(i), v)
        for i in range(len(items), n):
            ops.delete_property(obj, str(i))
        ops.set_property(obj, "length", len(items))
        return obj if result is copy else result
    return result


def _callback(args, name):
    fn = arg(args, 0)
    if not isinstance(fn, FUNCTION_TYPES):
        throw("TypeError", f"{ops.describe(fn)} is not a function")
    return fn, arg(args, 1)


def _relative(v, n, default):
    """An index argument: negative counts from the end, clamped to [0, n]."""
    if v is UNDEFINED:
        return default
    i = ops.to_integer(v)
    if i < 0:
        return max(n + i, 0) if i != -INF else 0
    return min(i, n) if i != INF else n


def _array(b):
    proto = REALM.protos["Array"]

    def make(items, new_target=None):
        a = JSArray(items)
        if new_target is not None and new_target is not REALM.ctors["Array"]:
            a.proto = ops.object_proto_of(new_target)
        return a

    def call(this, args):
        if len(args) == 1 and type(args[0]) in (int, float):
            n = args[0]
            if n != int(n) or n < 0 or n >= 2 ** 32:
                throw("RangeError", "Invalid array length")
            return make([UNDEFINED] * int(n))
        return make(list(args))

    def construct(new_target, args):
        if args is None:
            return make([], new_target)
        a = call(UNDEFINED, args)
        if new_target is not REALM.ctors["Array"]:
            a.proto = ops.object_proto_of(new_target)
        return a

    A = b.constructor("Array", call, construct, 1, proto)
    REALM.ctors["Array"] = A

    def from_(this, args):
        from .runtime import get_iterator
        src, fn = arg(args, 0), arg(args, 1)
        if isinstance(src, (JSArray, JSMap, JSSet, JSIterator, JSGenerator)) or type(src) is str:
            items = list(get_iterator(src))
        elif isinstance(src, JSObject):
            n = ops.to_integer(ops.get_property(src, "length"))
            items = [ops.get_property(src, str(i)) for i in range(int(n))]
        else:
            items = []
        if fn is not UNDEFINED:
            items = [ops.call(fn, UNDEFINED, [v, i]) for i, v in enumerate(items)]
        return JSArray(items)

    b.methods(A, {"isArray": (lambda this, a: type(arg(a, 0)) is JSArray or
                              (isinstance(arg(a, 0), JSArray) and
                               arg(a, 0).class_name == "Array"), 1),
                  "from": (from_, 1), "of": (lambda this, a: JSArray(list(a)), 0)})

    def push(this, args):
        if not isinstance(this, JSArray):
            return _on_array_like(push, "push", this, args)
        items = this.items
        items.extend(args)
        return len(items)

    def pop(this, args):
        if not isinstance(this, JSArray):
            return _on_array_like(pop, "pop", this, args)
        items = this.items
        return items.pop() if items else UNDEFINED

    def shift(this, args):
        if not isinstance(this, JSArray):
            return _on_array_like(shift, "shift", this, args)
        items = this.items
        return items.pop(0) if items else UNDEFINED

    def unshift(this, args):
        if not isinstance(this, JSArray):
            return _on_array_like(unshift, "unshift", this, args)
        items = this.items
        items[0:0] = args
        return len(items)

    def slice_(this, args):
        items = _this_array(this, "slice").items
        n = len(items)
        return JSArray(items[_relative(arg(args, 0), n, 0):_relative(arg(args, 1), n, n)])

    def splice(this, args):
        if not isinstance(this, JSArray):
            return _on_array_like(splice, "splice", this, args)
        items = this.items
        n = len(items)
        start = _relative(arg(args, 0), n, 0)
        if len(args) == 0:
            count = 0
        elif len(args) == 1:
            count = n - start
        else:
            count = max(0, min(int(ops.to_integer(args[1])) if args[1] is not UNDEFINED else 0,
                               n - start))
        removed = items[start:start + count]
        items[start:start + count] = args[2:]
        return JSArray(removed)

    def concat(this, args):
        out = list(_this_array(this, "concat").items)
        for v in args:
            if isinstance(v, JSArray) and v.class_name == "Array":
                out.extend(v.items)
            else:
                out.append(v)
        return JSArray(out)

    def index_of(this, args):
        items = _this_array(this, "indexOf").items
        target = arg(args, 0)
        for i in range(_relative(arg(args, 1), len(items), 0), len(items)):
            if ops.strict_equals(items[i], target):
                return i
        return -1

    def last_index_of(this, args):
        items = _this_array(this, "lastIndexOf").items
        target = arg(args, 0)
        for i in range(len(items) - 1, -1, -1):
            if ops.strict_equals(items[i], target):
                return i
        return -1

    def includes(this, args):
        target = arg(args, 0)
        for v in _this_array(this, "includes").items:
            if ops.same_value(v, target) or ops.strict_equals(v, target):
                return True
        return False

    def join(this, args):
        items = _this_array(this, "join").items
        sep = arg(args, 0)
        sep = "," if sep is UNDEFINED else ops.to_string(sep)
        try:
            return sep.join(items)              # all strings: nothing to convert
        except TypeError:
            return sep.join("" if v is None or v is UNDEFINED else ops.to_string(v)
                            for v in items)

    def reverse(this, args):
        if not isinstance(this, JSArray):
            return _on_array_like(reverse, "reverse", this, args)
        this.items.reverse()
        return this

    def sort(this, args):
        if not isinstance(this, JSArray):
            return _on_array_like(sort, "sort", this, args)
        items = this.items
        cmp = arg(args, 0)
        present = [v for v in items if v is not UNDEFINED]
        undefs = len(items) - len(present)
        if cmp is UNDEFINED:
            keyed = sorted(((ops.utf16_key(ops.to_string(v)), v) for v in present),
                           key=lambda kv: kv[0])
            present = [v for _, v in keyed]
        else:
            if not isinstance(cmp, FUNCTION_TYPES):
                throw("TypeError", "The comparison function must be either a function or "
                                   "undefined")

            def compare(x, y):
                r = ops.to_number(ops.call(cmp, UNDEFINED, [x, y]))
                return 0 if r != r else (-1 if r < 0 else (1 if r > 0 else 0))
            present.sort(key=functools.cmp_to_key(compare))
        items[:] = present + [UNDEFINED] * undefs
        return this

    def for_each(this, args):
        a = _this_array(this, "forEach")
        fn, this_arg = _callback(args, "forEach")
        items = a.items
        n, i = len(items), 0
        while i < n and i < len(items):      # elements added by the callback are not visited
            ops.call(fn, this_arg, [items[i], i, a])
            i += 1
        return UNDEFINED

    def map_(this, args):
        a = _this_array(this, "map")
        fn, this_arg = _callback(args, "map")
        return JSArray([ops.call(fn, this_arg, [v, i, a]) for i, v in enumerate(list(a.items))])

    def filter_(this, args):
        a = _this_array(this, "filter")
        fn, this_arg = _callback(args, "filter")
        return JSArray([v for i, v in enumerate(list(a.items))
                        if ops.to_boolean(ops.call(fn, this_arg, [v, i, a]))])

    def reduce_(this, args, backwards=False):
        a = _this_array(this, "reduce")
        fn = arg(args, 0)
        if not isinstance(fn, FUNCTION_TYPES):
            throw("TypeError", f"{ops.describe(fn)} is not a function")
        order = list(range(len(a.items)))
        if backwards:
            order.reverse()
        if len(args) > 1:
            acc = args[1]
        elif not order:
            throw("TypeError", "Reduce of empty array with no initial value")
        else:
            acc = a.items[order.pop(0)]
        for i in order:
            if i < len(a.items):
                acc = ops.call(fn, UNDEFINED, [acc, a.items[i], i, a])
        return acc

    def some(this, args):
        a = _this_array(this, "some")
        fn, this_arg = _callback(args, "some")
        return any(ops.to_boolean(ops.call(fn, this_arg, [v, i, a]))
                   for i, v in enumerate(list(a.items)))

    def every(this, args):
        a = _this_array(this, "every")
        fn, this_arg = _callback(args, "every")
        return all(ops.to_boolean(ops.call(fn, this_arg, [v, i, a]))
                   for i, v in enumerate(list(a.items)))

    def find(this, args, want_index=False, backwards=False):
        a = _this_array(this, "find")
        fn, this_arg = _callback(args, "find")
        indices = range(len(a.items) - 1, -1, -1) if backwards else range(len(a.items))
        for i in indices:
            v = a.items[i] if i < len(a.items) else UNDEFINED
            if ops.to_boolean(ops.call(fn, this_arg, [v, i, a])):
                return i if want_index else v
        return -1 if want_index else UNDEFINED

    def fill(this, args):
        if not isinstance(this, JSArray):
            return _on_array_like(fill, "fill", this, args)
        items = this.items
        n = len(items)
        start, end = _relative(arg(args, 1), n, 0), _relative(arg(args, 2), n, n)
        for i in range(start, end):
            items[i] = arg(args, 0)
        return this

    def flat(this, args):
        depth = 1 if arg(args, 0) is UNDEFINED else ops.to_integer(arg(args, 0))

        def flatten(items, d):
            out = []
            for v in items:
                if isinstance(v, JSArray) and d > 0:
                    out.extend(flatten(v.items, d - 1))
                else:
                    out.append(v)
            return out
        return JSArray(flatten(_this_array(this, "flat").items, depth))

    def flat_map(this, args):
        mapped = map_(this, args)
        out = []
        for v in mapped.items:
            out.extend(v.items if isinstance(v, JSArray) else [v])
        return JSArray(out)

    def at(this, args):
        items = _this_array(this, "at").items
        i = int(ops.to_integer(arg(args, 0)))
        if i < 0:
            i += len(items)
        return items[i] if 0 <= i < len(items) else UNDEFINED

    iter_proto = REALM.protos["Iterator"]

    def values(this, args):
        from .runtime import get_iterator
        return JSIterator(get_iterator(_this_array(this, "values")), iter_proto)

    def keys(this, args):
        return JSIterator(iter(range(len(_this_array(this, "keys").items))), iter_proto)

    def entries(this, args):
        from .runtime import get_iterator
        return JSIterator((JSArray([i, v]) for i, v in
                           enumerate(get_iterator(_this_array(this, "entries")))), iter_proto)

    def copy_within(this, args):
        if not isinstance(this, JSArray):
            return _on_array_like(copy_within, "copyWithin", this, args)
        items = this.items
        n = len(items)
        target = _relative(arg(args, 0), n, 0)
        start, end = _relative(arg(args, 1), n, 0), _relative(arg(args, 2), n, n)
        count = min(end - start, n - target)
        if count > 0:
            items[target:target + count] = items[start:start + count]
        return this

    def to_reversed(this, args):
        return JSArray(_this_array(this, "toReversed").items[::-1])

    def to_sorted(this, args):
        cmp = arg(args, 0)
        if cmp is not UNDEFINED and not isinstance(cmp, FUNCTION_TYPES):
            throw("TypeError", "The comparison function must be either a function or "
                               "undefined")
        copy = JSArray(list(_this_array(this, "toSorted").items))
        sort(copy, args)
        return copy

    def to_spliced(this, args):
        copy = JSArray(list(_this_array(this, "toSpliced").items))
        splice(copy, args)
        return copy

    def with_(this, args):
        items = list(_this_array(this, "with").items)
        i = int(ops.to_integer(arg(args, 0)))
        if i < 0:
            i += len(items)
        if not 0 <= i < len(items):
            throw("RangeError", "Invalid index : " + ops.to_string(arg(args, 0)))
        items[i] = arg(args, 1)
        return JSArray(items)

    table = {
        "push": (push, 1), "pop": (pop, 0), "shift": (shift, 0), "unshift": (unshift, 1),
        "slice": (slice_, 2), "splice": (splice, 2), "concat": (concat, 1),
        "indexOf": (index_of, 1), "lastIndexOf": (last_index_of, 1), "includes": (includes, 1),
        "join": (join, 1), "reverse": (reverse, 0), "sort": (sort, 1),
        "forEach": (for_each, 1), "map": (map_, 1), "filter": (filter_, 1),
        "reduce": (reduce_, 1),
        "reduceRight": (lambda this, a: reduce_(this, a, backwards=True), 1),
        "some": (some, 1), "every": (every, 1), "find": (find, 1),
        "findIndex": (lambda this, a: find(this, a, want_index=True), 1),
        "findLast": (lambda this, a: find(this, a, backwards=True), 1),
        "findLastIndex": (lambda this, a: find(this, a, True, True), 1),
        "fill": (fill, 1), "flat": (flat, 0), "flatMap": (flat_map, 1), "at": (at, 1),
        "values": (values, 0), "keys": (keys, 0), "entries": (entries, 0),
        "toString": (lambda this, a: join(this, []), 0),
        "copyWithin": (copy_within, 2), "toReversed": (to_reversed, 0),
        "toSorted": (to_sorted, 1), "toSpliced": (to_spliced, 2), "with": (with_, 2),
    }
    b.methods(proto, table)                 # generic: see _this_array
    b.methods(proto, {"toString": (_array_to_string(table["join"][0]), 0)})
    return A


def _array_to_string(join):
    def call(this, args):
        if isinstance(this, JSArray):
            return join(this, [])
        obj = ops.to_object(this)
        fn = ops.get_property(obj, "join")
        if isinstance(fn, FUNCTION_TYPES):
            return ops.call(fn, obj, [])
        return "[object " + getattr(obj, "class_name", "Object") + "]"
    return call


# -- String ------------------------------------------------------------------------------------
def _this_string(this):
    if type(this) is str:
        return this
    if this is None or this is UNDEFINED:
        throw("TypeError", "String.prototype method called on null or undefined")
    return ops.to_string(this)


JS_WHITESPACE = " \t\n\r\x0b\x0c\xa0\ufeff\u1680\u2000\u2001\u2002\u2003\u2004\u2005" \
                "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"


def _string(b):
    proto = REALM.string_proto = REALM.protos["String"]

    def call(this, args):
        if not args:
            return ""
        return ops.to_string(args[0])

    def construct(new_target, args):
        return JSBox(call(UNDEFINED, args or []), ops.object_proto_of(new_target))

    S = b.constructor("String", call, construct, 1, proto)
    b.methods(S, {"fromCharCode": (lambda this, a: "".join(
        chr(ops.to_uint32(v) & 0xFFFF) for v in a), 1),
        "fromCodePoint": (lambda this, a: "".join(chr(int(ops.to_number(v))) for v in a), 1)})

    def char_at(this, args):
        if type(this) is str and args and type(args[0]) is int:
            i = args[0]
            return this[i] if 0 <= i < len(this) else ""
        s = _this_string(this)
        i = ops.to_integer(arg(args, 0))
        return s[int(i)] if 0 <= i < len(s) else ""

    def char_code_at(this, args):
        if type(this) is str and args and type(args[0]) is int and 0 <= args[0] < len(this):
            c = ord(this[args[0]])
            if c < 0x10000:
                return c
        s = _this_string(this)
        i = ops.to_integer(arg(args, 0))
        if not 0 <= i < len(s):
            return NAN
        c = ord(s[int(i)])
        return c if c < 0x10000 else 0xD800 + ((c - 0x10000) >> 10)

    def index_of(this, args):
        s = _this_string(this)
        start = int(min(max(ops.to_integer(arg(args, 1)), 0), len(s)))
        return s.find(ops.to_string(arg(args, 0)), start)

    def last_index_of(this, args):
        s = _this_string(this)
        return s.rfind(ops.to_string(arg(args, 0)))

    def slice_(this, args):
        s = _this_string(this)
        n = len(s)
        return s[_relative(arg(args, 0), n, 0):_relative(arg(args, 1), n, n)]

    def substring(this, args):
        s = _this_string(this)
        n = len(s)

        def clamp(v, default):
            if v is UNDEFINED:
                return default
            i = ops.to_integer(v)
            return int(min(max(i, 0), n))
        a, e = clamp(arg(args, 0), 0), clamp(arg(args, 1), n)
        return s[min(a, e):max(a, e)]

    def substr(this, args):
        s = _this_string(this)
        n = len(s)
        start = _relative(arg(args, 0), n, 0)
        length = n - start if arg(args, 1) is UNDEFINED else \
            int(min(max(ops.to_integer(arg(args, 1)), 0), n - start))
        return s[start:start + length]

    def split(this, args):
        s = _this_string(this)
        sep, limit = arg(args, 0), arg(args, 1)
        lim = 2 ** 32 - 1 if limit is UNDEFINED else ops.to_uint32(limit)
        if type(sep) is JSRegExp:
            return regexp.string_split(s, sep, lim)
        if sep is UNDEFINED:
            parts = [s]
        else:
            sep = ops.to_string(sep)
            parts = list(s) if sep == "" else s.split(sep)
            if sep == "" and s == "":
                parts = []
        return JSArray(parts[:lim])

    def replace(this, args, all_=False):
        s = _this_string(this)
        if type(arg(args, 0)) is JSRegExp:
            return regexp.string_replace(s, args[0], arg(args, 1), all_)
        pattern, replacement = ops.to_string(arg(args, 0)), arg(args, 1)
        out, start, count = [], 0, 0
        while True:
            i = s.find(pattern, start)
            if i < 0 or (count and not all_):
                break
            out.append(s[start:i])
            if isinstance(replacement, FUNCTION_TYPES):
                out.append(ops.to_string(ops.call(replacement, UNDEFINED, [pattern, i, s])))
            else:
                out.append(_substitute(ops.to_string(replacement), pattern, s, i))
            start = i + len(pattern)
            count += 1
            if pattern == "":
                if i >= len(s):
                    start = len(s) + 1
                    break
                out.append(s[i])
                start = i + 1
        if start <= len(s):
            out.append(s[start:])
        return "".join(out)

    def pad(this, args, at_start):
        s = _this_string(this)
        n = int(ops.to_integer(arg(args, 0)))
        fill = " " if arg(args, 1) is UNDEFINED else ops.to_string(arg(args, 1))
        if n <= len(s) or not fill:
            return s
        need = n - len(s)
        filler = (fill * (need // len(fill) + 1))[:need]
        return filler + s if at_start else s + filler

    def repeat(this, args):
        n = ops.to_integer(arg(args, 0))
        if n < 0 or n == INF:
            throw("RangeError", f"Invalid count value: {number_to_string(n)}")
        return _this_string(this) * int(n)

    def at(this, args):
        s = _this_string(this)
        i = int(ops.to_integer(arg(args, 0)))
        if i < 0:
            i += len(s)
        return s[i] if 0 <= i < len(s) else UNDEFINED

    def locale_compare(this, args):
        a, c = _this_string(this), ops.to_string(arg(args, 0))
        ka, kc = (a.lower(), a), (c.lower(), c)
        return -1 if ka < kc else (1 if ka > kc else 0)

    def value_of(this, args):
        return this.value if type(this) is JSBox else _this_string(this)

    def starts_with(this, args):
        s = _this_string(this)
        pos = 0 if arg(args, 1) is UNDEFINED else int(ops.to_integer(arg(args, 1)))
        return s.startswith(ops.to_string(arg(args, 0)), max(pos, 0))

    def ends_with(this, args):
        s = _this_string(this)
        end = len(s) if arg(args, 1) is UNDEFINED else int(ops.to_integer(arg(args, 1)))
        return s[:max(end, 0)].endswith(ops.to_string(arg(args, 0)))

    def normalize(this, args):
        import unicodedata
        form = "NFC" if arg(args, 0) is UNDEFINED else ops.to_string(arg(args, 0))
        if form not in ("NFC", "NFD", "NFKC", "NFKD"):
            throw("RangeError", "The normalization form should be one of NFC, NFD, NFKC, NFKD.")
        return unicodedata.normalize(form, _this_string(this))

    b.methods(proto, {
        "charAt": (char_at, 1), "charCodeAt": (char_code_at, 1),
        "codePointAt": (lambda this, a: _code_point_at(_this_string(this), a), 1),
        "indexOf": (index_of, 1), "lastIndexOf": (last_index_of, 1),
        "includes": (lambda this, a: ops.to_string(arg(a, 0)) in _this_string(this), 1),
        "startsWith": (starts_with, 1), "endsWith": (ends_with, 1),
        "slice": (slice_, 2), "substring": (substring, 2), "substr": (substr, 2),
        "split": (split, 2), "toUpperCase": (lambda this, a: _this_string(this).upper(), 0),
        "toLowerCase": (lambda this, a: _this_string(this).lower(), 0),
        "trim": (lambda this, a: _this_string(this).strip(JS_WHITESPACE), 0),
        "trimStart": (lambda this, a: _this_string(this).lstrip(JS_WHITESPACE), 0),
        "trimEnd": (lambda this, a: _this_string(this).rstrip(JS_WHITESPACE), 0),
        "trimLeft": (lambda this, a: _this_string(this).lstrip(JS_WHITESPACE), 0),
        "trimRight": (lambda this, a: _this_string(this).rstrip(JS_WHITESPACE), 0),
        "toLocaleUpperCase": (lambda this, a: _this_string(this).upper(), 0),
        "toLocaleLowerCase": (lambda this, a: _this_string(this).lower(), 0),
        "normalize": (normalize, 0),
        "replace": (replace, 2), "replaceAll": (lambda this, a: replace(this, a, True), 2),
        "repeat": (repeat, 1), "padStart": (lambda this, a: pad(this, a, True), 1),
        "padEnd": (lambda this, a: pad(this, a, False), 1),
        "concat": (lambda this, a: _this_string(this) + "".join(map(ops.to_string, a)), 1),
        "at": (at, 1), "localeCompare": (locale_compare, 1),
        "match": (lambda this, a: regexp.string_match(_this_string(this), _as_regexp(a)), 1),
        "matchAll": (lambda this, a: regexp.string_match_all(_this_string(this),
                                                             _as_regexp(a, "g")), 1),
        "search": (lambda this, a: regexp.string_search(_this_string(this), _as_regexp(a)), 1),
        "toString": (value_of, 0), "valueOf": (value_of, 0),
    })
    return S


def _as_regexp(args, flags=""):
    v = arg(args, 0)
    if type(v) is JSRegExp:
        return v
    return regexp.new_regexp(re.escape(ops.to_string(v)) if v is not UNDEFINED else "(?:)",
                             flags)


def _code_point_at(s, args):
    i = ops.to_integer(arg(args, 0))
    return ord(s[int(i)]) if 0 <= i < len(s) else UNDEFINED


def _substitute(template, matched, s, position):
    if "$" not in template:
        return template
    out, i = [], 0
    while i < len(template):
        c = template[i]
        if c == "$" and i + 1 < len(template):
            n = template[i + 1]
            if n == "$":
                out.append("$")
                i += 2
                continue
            if n == "&":
                out.append(matched)
                i += 2
                continue
            if n == "`":
                out.append(s[:position])
                i += 2
                continue
            if n == "'":
                out.append(s[position + len(matched):])
                i += 2
                continue
        out.append(c)
        i += 1
    return "".join(out)


# -- Number and Boolean ----------------------------------------------------------------------
def _this_number(this):
    if type(this) in (int, float):
        return this
    if type(this) is JSBox and type(this.value) in (int, float):
        return this.value
    throw("TypeError", "Number.prototype.valueOf requires that 'this' be a Number")


def _number(b, G):
    proto = REALM.protos["Number"]

    def call(this, args):
        return ops.to_number(args[0]) if args else 0

    def construct(new_target, args):
        return JSBox(call(UNDEFINED, args or []), ops.object_proto_of(new_target))

    N = b.constructor("Number", call, construct, 1, proto)

    def to_string(this, args):
        x = _this_number(this)
        radix = arg(args, 0)
        r = 10 if radix is UNDEFINED else int(ops.to_integer(radix))
        if not 2 <= r <= 36:
            throw("RangeError", "toString() radix must be between 2 and 36")
        return number_to_string(x, r)

    def to_fixed_(this, args):
        x = _this_number(this)
        d = ops.to_integer(arg(args, 0))
        if not 0 <= d <= 100:
            throw("RangeError", "toFixed() digits argument must be between 0 and 100")
        return to_fixed(x, int(d))

    def to_precision(this, args):
        x = _this_number(this)
        if arg(args, 0) is UNDEFINED:
            return number_to_string(x)
        p = int(ops.to_integer(arg(args, 0)))
        if not 1 <= p <= 100:
            throw("RangeError", "toPrecision() argument must be between 1 and 100")
        if x != x or x in (INF, -INF):
            return number_to_string(x)
        if x == 0:
            return "0" if p == 1 else "0." + "0" * (p - 1)
        e = math.floor(math.log10(abs(x)))
        digits = f"{abs(x):.{p - 1}e}"
        mant, exp = digits.split("e")
        e = int(exp)
        sign = "-" if x < 0 else ""
        if e < -6 or e >= p:
            return f"{sign}{mant}e{'+' if e >= 0 else '-'}{abs(e)}"
        return sign + f"{abs(x):.{max(p - 1 - e, 0)}f}"

    def to_exponential(this, args):
        x = _this_number(this)
        if x != x or x in (INF, -INF):
            return number_to_string(x)
        d = arg(args, 0)
        if d is UNDEFINED:                      # as many digits as the shortest form needs
            digits = repr(float(abs(x))).lower()
            mant = digits.split("e")[0].replace(".", "").lstrip("0").rstrip("0") or "0"
            text = f"{abs(x):.{max(len(mant) - 1, 0)}e}"
        else:
            d = int(ops.to_integer(d))
            if not 0 <= d <= 100:
                throw("RangeError", "toExponential() argument must be between 0 and 100")
            text = f"{abs(x):.{d}e}"
        mant, exp = text.split("e")
        sign = "-" if x < 0 else ""
        return f"{sign}{mant}e{'+' if int(exp) >= 0 else '-'}{abs(int(exp))}"

    b.methods(proto, {"toString": (to_string, 1), "toFixed": (to_fixed_, 1),
                      "toExponential": (to_exponential, 1),
                      "toPrecision": (to_precision, 1),
                      "valueOf": (lambda this, a: _this_number(this), 0),
                      "toLocaleString": (lambda this, a: _locale(_this_number(this)), 0)})

    def is_integer(v):
        return type(v) is int or (type(v) is float and v.is_integer())

    b.methods(N, {
        "isInteger": (lambda this, a: is_integer(arg(a, 0)), 1),
        "isSafeInteger": (lambda this, a: is_integer(arg(a, 0)) and abs(arg(a, 0)) <= SAFE - 1, 1),
        "isFinite": (lambda this, a: type(arg(a, 0)) in (int, float) and _is_finite(arg(a, 0)), 1),
        "isNaN": (lambda this, a: type(arg(a, 0)) is float and arg(a, 0) != arg(a, 0), 1),
        "parseFloat": (lambda this, a: parse_float(ops.to_string(arg(a, 0))), 1),
        "parseInt": (lambda this, a: parse_int(ops.to_string(arg(a, 0)),
                                               ops.to_int32(arg(a, 1))), 2),
    })
    for name, value in (("MAX_SAFE_INTEGER", SAFE - 1), ("MIN_SAFE_INTEGER", -(SAFE - 1)),
                        ("EPSILON", 2.0 ** -52), ("MAX_VALUE", sys.float_info.max),
                        ("MIN_VALUE", 5e-324), ("POSITIVE_INFINITY", INF),
                        ("NEGATIVE_INFINITY", -INF), ("NaN", NAN)):
        N.props[name] = value
        N.set_attr_bits(name, 0)
    return N


def _locale(x):
    if type(x) is int or (type(x) is float and x.is_integer() and abs(x) < 1e21):
        return f"{int(x):,}"
    if x != x or x in (INF, -INF):
        return number_to_string(x)
    return f"{x:,.3f}".rstrip("0").rstrip(".")


def _boolean(b):
    proto = REALM.protos["Boolean"]

    def construct(new_target, args):
        return JSBox(ops.to_boolean(arg(args or [], 0)), ops.object_proto_of(new_target))

    B = b.constructor("Boolean", lambda this, a: ops.to_boolean(arg(a, 0)), construct, 1, proto)

    def value_of(this, args):
        return this.value if type(this) is JSBox else this

    b.methods(proto, {"toString": (lambda this, a: "true" if value_of(this, a) else "false", 0),
                      "valueOf": (value_of, 0)})
    return B


# -- errors ----------------------------------------------------------------------------------
def _error_type(b, name):
    proto = REALM.protos[name]

    def construct(new_target, args):
        err = JSObject(ops.object_proto_of(new_target))
        message = arg(args or [], 0)
        if message is not UNDEFINED:
            err.define_hidden("message", ops.to_string(message))
        header = _error_header(err)
        err.define_hidden("stack", header)
        return err

    E = b.constructor(name, lambda this, a: construct(REALM.ctors[name], a), construct, 1, proto)
    REALM.ctors[name] = E
    proto.define_hidden("name", name)
    proto.define_hidden("message", "")
    if name == "Error":
        def to_string(this, args):
            return _error_header(this)
        b.methods(proto, {"toString": (to_string, 0)})
        b.methods(E, {"captureStackTrace": (lambda this, a: UNDEFINED, 1)})
    else:
        E.proto = REALM.ctors["Error"]
    return E


def _error_header(err):
    name = ops.get_property(err, "name")
    message = ops.get_property(err, "message")
    name = "Error" if name is UNDEFINED else ops.to_string(name)
    message = "" if message is UNDEFINED else ops.to_string(message)
    if not message:
        return name
    if not name:
        return message
    return f"{name}: {message}"


# -- Map and Set -------------------------------------------------------------------------------
def _map(b):
    proto = REALM.protos["Map"]
    iter_proto = REALM.protos["Iterator"]

    def construct(new_target, args):
        from .runtime import get_iterator
        m = JSMap(ops.object_proto_of(new_target))
        init = arg(args or [], 0)
        if init is not UNDEFINED and init is not None:
            for entry in get_iterator(init):
                k, v = _zero(ops.get_property(entry, 0)), ops.get_property(entry, 1)
                m.entries[map_key(k)] = [k, v]
        return m

    def this_map(this):
        if type(this) is not JSMap:
            throw("TypeError", "Method Map.prototype called on incompatible receiver")
        return this

    def set_(this, args):
        k = arg(args, 0)
        if type(k) is float and k == 0:
            k = 0
        entry = this_map(this).entries.get(map_key(k))
        if entry is None:
            this.entries[map_key(k)] = [k, arg(args, 1)]
        else:
            entry[1] = arg(args, 1)
        return this

    def get(this, args):
        entry = this_map(this).entries.get(map_key(arg(args, 0)))
        return UNDEFINED if entry is None else entry[1]

    def for_each(this, args):
        fn, this_arg = _callback(args, "forEach")
        for k, v in list(this_map(this).entries.values()):
            ops.call(fn, this_arg, [v, k, this])
        return UNDEFINED

    M = b.constructor("Map", _needs_new("Map"), construct, 0, proto)
    b.methods(proto, {
        "set": (set_, 2), "get": (get, 1),
        "has": (lambda this, a: map_key(arg(a, 0)) in this_map(this).entries, 1),
        "delete": (lambda this, a: this_map(this).entries.pop(map_key(arg(a, 0)), None)
                   is not None, 1),
        "clear": (lambda this, a: this_map(this).entries.clear() or UNDEFINED, 0),
        "forEach": (for_each, 1),
        "keys": (lambda this, a: JSIterator((e[0] for e in list(this_map(this).entries.values())),
                                            iter_proto), 0),
        "values": (lambda this, a: JSIterator((e[1] for e in
                                               list(this_map(this).entries.values())),
                                              iter_proto), 0),
        "entries": (lambda this, a: JSIterator((JSArray(list(e)) for e in
                                                list(this_map(this).entries.values())),
                                               iter_proto), 0),
    })
    b.getter(proto, "size", lambda this, a: len(this_map(this).entries))
    return M


def _set(b):
    proto = REALM.protos["Set"]
    iter_proto = REALM.protos["Iterator"]

    def construct(new_target, args):
        from .runtime import get_iterator
        s = JSSet(ops.object_proto_of(new_target))
        init = arg(args or [], 0)
        if init is not UNDEFINED and init is not None:
            for v in get_iterator(init):
                v = _zero(v)
                s.entries.setdefault(map_key(v), v)
        return s

    def this_set(this):
        if type(this) is not JSSet:
            throw("TypeError", "Method Set.prototype called on incompatible receiver")
        return this

    def add(this, args):
        v = arg(args, 0)
        if type(v) is float and v == 0:
            v = 0
        this_set(this).entries.setdefault(map_key(v), v)
        return this

    def for_each(this, args):
        fn, this_arg = _callback(args, "forEach")
        for v in list(this_set(this).entries.values()):
            ops.call(fn, this_arg, [v, v, this])
        return UNDEFINED

    def values(this, args):
        return JSIterator(iter(list(this_set(this).entries.values())), iter_proto)

    S = b.constructor("Set", _needs_new("Set"), construct, 0, proto)
    b.methods(proto, {
        "add": (add, 1),
        "has": (lambda this, a: map_key(arg(a, 0)) in this_set(this).entries, 1),
        "delete": (lambda this, a: this_set(this).entries.pop(map_key(arg(a, 0)), MISSING)
                   is not MISSING, 1),
        "clear": (lambda this, a: this_set(this).entries.clear() or UNDEFINED, 0),
        "forEach": (for_each, 1), "values": (values, 0), "keys": (values, 0),
        "entries": (lambda this, a: JSIterator((JSArray([v, v]) for v in
                                                list(this_set(this).entries.values())),
                                               iter_proto), 0),
    })
    b.getter(proto, "size", lambda this, a: len(this_set(this).entries))
    return S


def _zero(v):
    """Map and Set keys: -0 is stored as 0."""
    return 0 if type(v) is float and v == 0 else v


def _needs_new(name):
    def call(this, args):
        throw("TypeError", f"Constructor {name} requires 'new'")
    return call


def _iterator_proto(b):
    proto = REALM.protos["Iterator"]

    def next_(this, args):
        result = JSObject(REALM.protos["Object"])
        v = next(this.it, MISSING)
        result.props["value"] = UNDEFINED if v is MISSING else v
        result.props["done"] = v is MISSING
        return result

    b.methods(proto, {"next": (next_, 0)})


def _generator_proto(b):
    from .values import JSGenerator
    proto = REALM.protos["Generator"]

    def resume(how):
        def method(this, args):
            if type(this) is not JSGenerator:
                throw("TypeError", f"{how} method called on incompatible receiver")
            v = arg(args, 0)
            value, done = this.resume(how, JSThrow(v) if how == "throw" else v)
            result = JSObject(REALM.protos["Object"])
            result.props["value"] = value
            result.props["done"] = done
            return result
        return method

    b.methods(proto, {"next": (resume("next"), 1), "return": (resume("return"), 1),
                      "throw": (resume("throw"), 1)})


# -- Math, JSON, Date --------------------------------------------------------------------------
def _math_fn(f):
    integral = f in _INTEGRAL

    def call(this, args):
        x = args[0] if args else UNDEFINED
        if type(x) is not float and type(x) is not int:
            x = ops.to_number(x)
        try:
            return ops.number(f(x)) if integral else f(x)
        except (ValueError, OverflowError):
            return _math_edge(f, x)
    return call


def _round(x):
    if type(x) is int:
        return x
    if x != x or x in (INF, -INF):
        return x
    r = math.floor(x)
    if x - r >= 0.5:
        r += 1
    if r == 0 and (x < 0 or math.copysign(1, x) < 0):
        return -0.0
    return r


def _floor(x):
    if type(x) is int or x != x or x in (INF, -INF):
        return x
    if x == 0:
        return x
    return math.floor(x)


def _ceil(x):
    if type(x) is int or x != x or x in (INF, -INF):
        return x
    r = math.ceil(x)
    if r == 0 and math.copysign(1, x) < 0:
        return -0.0
    return r


def _trunc(x):
    if type(x) is int or x != x or x in (INF, -INF):
        return x
    r = math.trunc(x)
    if r == 0 and math.copysign(1, x) < 0:
        return -0.0
    return r


def _sign(x):
    if x != x or x == 0:
        return x
    return 1 if x > 0 else -1


def _sqrt(x):
    if x < 0:
        return NAN
    r = math.sqrt(x)
    return r


_INTEGRAL = {_round, _floor, _ceil, _trunc}


def _fround(x):
    """The nearest single-precision float (as a double)."""
    if x != x or x in (INF, -INF):
        return x
    try:
        return struct.unpack("f", struct.pack("f", x))[0]
    except OverflowError:                    # beyond float32's range: rounds to infinity
        return math.copysign(INF, x)


def _atanh(x):
    if x == 1 or x == -1:
        return math.copysign(INF, x)
    return math.atanh(x)


def _math_edge(f, x):
    if f is math.log:
        return -INF if x == 0 else NAN
    if f is math.exp:
        return INF
    return NAN


def _math(b):
    M = JSObject(REALM.protos["Object"])
    unary = {"floor": _floor, "ceil": _ceil, "round": _round, "trunc": _trunc,
             "sign": _sign, "sqrt": _sqrt, "cbrt": lambda x: math.copysign(abs(x) ** (1 / 3), x),
             "abs": abs, "sin": math.sin, "cos": math.cos, "tan": math.tan, "asin": math.asin,
             "acos": math.acos, "atan": math.atan, "exp": math.exp, "log": math.log,
             "log2": math.log2, "log10": math.log10, "sinh": math.sinh, "cosh": math.cosh,
             "tanh": math.tanh, "fround": _fround, "expm1": math.expm1,
             "log1p": math.log1p, "asinh": math.asinh, "acosh": math.acosh,
             "atanh": _atanh}
    for name, f in unary.items():
        M.define_hidden(name, b.fn(name, _math_fn(f), 1))

    def min_max(pick, empty):
        def call(this, args):
            result = empty
            for v in args:
                n = ops.to_number(v)
                if n != n:
                    return NAN
                if pick(n, result) or (n == result == 0 and
                                       math.copysign(1, n) != math.copysign(1, result) and
                                       pick(-math.copysign(1, result), 0)):
                    result = n
            return result
        return call

    def pow_(this, args):
        return ops.power(arg(args, 0), arg(args, 1))

    def atan2(this, args):
        return math.atan2(ops.to_number(arg(args, 0)), ops.to_number(arg(args, 1)))

    def imul(this, args):
        # the low 32 bits of the product of the two int32s, as an int32
        p = (ops.to_int32(arg(args, 0)) * ops.to_int32(arg(args, 1))) & 0xFFFFFFFF
        return p - 0x100000000 if p & 0x80000000 else p

    def clz32(this, args):
        return 32 - ops.to_uint32(arg(args, 0)).bit_length()

    def hypot(this, args):
        return ops.number(math.hypot(*[ops.to_number(v) for v in args])) \
            if all(type(ops.to_number(v)) is int for v in args) else \
            math.hypot(*[ops.to_number(v) for v in args])

    b.methods(M, {"max": (min_max(lambda n, r: n > r, -INF), 2),
                  "min": (min_max(lambda n, r: n < r, INF), 2),
                  "pow": (pow_, 2), "atan2": (atan2, 2), "hypot": (hypot, 2),
                  "imul": (imul, 2), "clz32": (clz32, 1),
                  "random": (lambda this, a: random.random(), 0)})
    for name, value in (("PI", math.pi), ("E", math.e), ("LN2", math.log(2)),
                        ("LN10", math.log(10)), ("LOG2E", 1 / math.log(2)),
                        ("LOG10E", 1 / math.log(10)), ("SQRT2", math.sqrt(2)),
                        ("SQRT1_2", math.sqrt(0.5))):
        M.props[name] = value
        M.set_attr_bits(name, 0)
    return M


def _json(b):
    J = JSObject(REALM.protos["Object"])

    def stringify(this, args):
        value, replacer, indent = arg(args, 0), arg(args, 1), arg(args, 2)
        if type(indent) is JSBox:
            indent = indent.value
        if type(indent) in (int, float):
            gap = " " * int(min(max(indent, 0), 10))
        elif type(indent) is str:
            gap = indent[:10]
        else:
            gap = ""
        fn = keys = None
        if isinstance(replacer, FUNCTION_TYPES):
            fn = replacer
        elif isinstance(replacer, JSArray):
            keys = []                        # the property list: strings and numbers, once each
            for k in replacer.items:
                if type(k) is JSBox:
                    k = k.value
                if type(k) in (int, float) or type(k) is str:
                    k = ops.to_string(k)
                    if k not in keys:
                        keys.append(k)
        state = _JsonState(gap, fn, keys)
        if fn is not None:
            holder = JSObject(REALM.protos["Object"])
            holder.props[""] = value
            out = state.property("", value, holder, "")
        else:
            out = state.property("", value, None, "")
        return UNDEFINED if out is None else out

    def parse(this, args):
        text = ops.to_string(arg(args, 0))
        try:
            data = json.loads(text, parse_constant=_reject_constant)
        except ValueError as e:
            throw("SyntaxError", f"Unexpected token in JSON at position {getattr(e, 'pos', 0)}")
        value = _from_json(data)
        reviver = arg(args, 1)
        if isinstance(reviver, FUNCTION_TYPES):
            root = JSObject(REALM.protos["Object"])
            root.props[""] = value
            return _revive(root, "", reviver)
        return value

    b.methods(J, {"stringify": (stringify, 3), "parse": (parse, 2)})
    return J


def _reject_constant(name):
    raise ValueError(f"{name} is not JSON")


def _revive(holder, key, reviver):
    """JSON.parse's InternalizeJSONProperty: children first, then the holder's
    property through the reviver (undefined deletes it)."""
    v = ops.get_property(holder, key)
    if isinstance(v, JSArray):
        for i in range(len(v.items)):
            nv = _revive(v, str(i), reviver)
            if nv is UNDEFINED:
                ops.delete_property(v, str(i))
            else:
                ops.set_property(v, str(i), nv)
    elif isinstance(v, JSObject):
        for k in v.own_keys():
            if not v.is_enumerable(k):
                continue
            nv = _revive(v, k, reviver)
            if nv is UNDEFINED:
                ops.delete_property(v, k)
            else:
                ops.set_property(v, k, nv)
    return ops.call(reviver, holder, [key, v])


class _JsonState:
    """JSON.stringify's state: the gap, the replacer function or property list,
    and the stack of objects being serialised (a cycle is a TypeError)."""

    def __init__(self, gap, fn, keys):
        self.gap, self.fn, self.keys = gap, fn, keys
        self.seen = set()

    def property(self, key, v, holder, indent):
        if isinstance(v, JSObject):
            to_json = ops.get_property(v, "toJSON")
            if isinstance(to_json, FUNCTION_TYPES):
                v = ops.call(to_json, v, [key])
        if self.fn is not None:
            v = ops.call(self.fn, holder, [key, v])
        if type(v) is JSBox:
            v = v.value
        t = type(v)
        if v is None:
            return "null"
        if t is bool:
            return "true" if v else "false"
        if t is str:
            return _json_quote(v)
        if t is int:
            return str(v)
        if t is float:
            return number_to_string(v) if _is_finite(v) else "null"
        if v is UNDEFINED or isinstance(v, FUNCTION_TYPES) or not isinstance(v, JSObject):
            return None
        if id(v) in self.seen:
            throw("TypeError", "Converting circular structure to JSON")
        self.seen.add(id(v))
        gap = self.gap
        inner = indent + gap
        if isinstance(v, JSArray):
            parts = [self.property(str(i), x, v, inner) or "null"
                     for i, x in enumerate(list(v.items))]
            open_, close = "[", "]"
        else:
            parts = []
            keys = self.keys if self.keys is not None else \
                [k for k in v.own_keys() if v.is_enumerable(k)]
            for k in keys:
                s = self.property(k, ops.get_property(v, k), v, inner)
                if s is not None:
                    parts.append(_json_quote(k) + (": " if gap else ":") + s)
            open_, close = "{", "}"
        self.seen.discard(id(v))
        if not parts:
            return open_ + close
        if not gap:
            return open_ + ",".join(parts) + close
        return open_ + "\n" + inner + (",\n" + inner).join(parts) + "\n" + indent + close


def _json_quote(s):
    out = json.dumps(s, ensure_ascii=False)
    if any(0xD800 <= ord(c) <= 0xDFFF for c in s):     # a lone surrogate: escaped
        out = "".join(f"\\u{ord(c):04x}" if 0xD800 <= ord(c) <= 0xDFFF else c for c in out)
    return out


def _json_value(v, gap, indent, seen):
    """JSON.stringify(v) without a replacer (other built-ins use it)."""
    state = _JsonState(gap, None, None)
    state.seen = seen
    return state.property("", v, None, indent)


def _from_json(data):
    if isinstance(data, dict):
        o = JSObject(REALM.protos["Object"])
        for k, v in data.items():
            o.set_own(k, _from_json(v))
        return o
    if isinstance(data, list):
        return JSArray([_from_json(v) for v in data])
    if isinstance(data, float):
        return ops.number(data)
    if isinstance(data, int) and not isinstance(data, bool):
        return data if abs(data) <= SAFE else float(data)
    return data


def _date(b):
    """Date, on UTC (the local time zone is taken to be UTC)."""
    import datetime
    proto = REALM.protos["Date"] = JSObject(REALM.protos["Object"])
    epoch = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)

    def from_parts(parts, full_year=False):
        nums = [ops.to_number(v) for v in parts]
        if any(n != n or n in (INF, -INF) for n in nums):
            return NAN
        y, mo, d, h, mi, sec, ms = (list(map(int, nums)) + [0, 1, 0, 0, 0, 0, 0][len(nums):])[:7]
        if 0 <= y <= 99 and not full_year:
            y += 1900
        y += mo // 12
        mo %= 12
        days = (datetime.date(y, mo + 1, 1) - datetime.date(1970, 1, 1)).days + d - 1
        return ((days * 24 + h) * 60 + mi) * 60000 + sec * 1000 + ms

    def parse(text):
        text = text.strip()
        try:
            if len(text) == 10:
                dt = datetime.datetime.strptime(text, "%Y-%m-%d").replace(
                    tzinfo=datetime.timezone.utc)
            else:
                dt = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
                if dt.tzinfo is None:
                    dt = dt.replace(tzinfo=datetime.timezone.utc)
        except ValueError:
            return NAN
        return int((dt - epoch).total_seconds() * 1000)

    def construct(new_target, args):
        args = args or []
        if not args:
            t = int(time.time() * 1000)
        elif len(args) == 1:
            v = ops.to_primitive(args[0])
            t = parse(v) if type(v) is str else ops.to_number(v)
        else:
            t = from_parts(args)
        return JSDate(t, ops.object_proto_of(new_target))

    def fields(this):
        if type(this) is not JSDate:
            throw("TypeError", "this is not a Date object.")
        t = this.time
        if t != t:
            return None
        return epoch + datetime.timedelta(milliseconds=t)

    def getter(pick):                      # getDate() ...: NaN for an invalid date
        return formatted(pick, NAN)

    def to_iso(this, args):
        dt = fields(this)
        if dt is None:
            throw("RangeError", "Invalid time value")
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"

    def to_string(this, args):
        dt = fields(this)
        if dt is None:
            return "Invalid Date"
        return dt.strftime("%a %b %d %Y %H:%M:%S") + " GMT+0000 (Coordinated Universal Time)"

    def set_time(this, args):
        fields(this)
        this.time = ops.to_number(arg(args, 0))
        return this.time

    def parts_of(dt):
        return [dt.year, dt.month - 1, dt.day, dt.hour, dt.minute, dt.second,
                dt.microsecond // 1000]

    def setter(first, most):
        """setFullYear(y, m, d), setMonth(m, d), ... setMilliseconds(ms): the
        fields from `first` on, at most `most` of them, from the arguments."""
        def set_(this, args):
            dt = fields(this)
            if dt is None:
                if first != 0:
                    return NAN
                dt = epoch                        # setFullYear on an invalid date
            parts = parts_of(dt)
            given = list(args[:most]) or [UNDEFINED]
            parts[first:first + len(given)] = given
            this.time = from_parts(parts, full_year=True)
            return this.time
        return set_

    def date_string(dt):
        return dt.strftime("%a %b %d %Y")

    def time_string(dt):
        return dt.strftime("%H:%M:%S") + " GMT+0000 (Coordinated Universal Time)"

    def formatted(fmt, invalid="Invalid Date"):
        def call(this, args):
            dt = fields(this)
            return invalid if dt is None else fmt(dt)
        return call

    def to_utc(this, args):
        dt = fields(this)
        if dt is None:
            return "Invalid Date"
        return dt.strftime("%a, %d %b %Y %H:%M:%S GMT")

    def locale_date(dt):
        return f"{dt.month}/{dt.day}/{dt.year}"

    def locale_time(dt):
        h = dt.hour % 12 or 12
        return f"{h}:{dt.minute:02d}:{dt.second:02d} {'AM' if dt.hour < 12 else 'PM'}"

    D = b.constructor("Date", lambda this, a: to_string(construct(None, []), []),
                      construct, 7, proto)
    b.methods(D, {"now": (lambda this, a: int(time.time() * 1000), 0),
                  "UTC": (lambda this, a: from_parts(a), 7),
                  "parse": (lambda this, a: parse(ops.to_string(arg(a, 0))), 1)})
    time_of = getter(lambda dt: int((dt - epoch).total_seconds() * 1000))
    table = {
        "getTime": time_of, "valueOf": time_of,
        "getFullYear": getter(lambda dt: dt.year), "getMonth": getter(lambda dt: dt.month - 1),
        "getDate": getter(lambda dt: dt.day), "getDay": getter(lambda dt: (dt.weekday() + 1) % 7),
        "getHours": getter(lambda dt: dt.hour), "getMinutes": getter(lambda dt: dt.minute),
        "getSeconds": getter(lambda dt: dt.second),
        "getMilliseconds": getter(lambda dt: dt.microsecond // 1000),
        "getTimezoneOffset": getter(lambda dt: 0),
        "toISOString": to_iso, "toJSON": to_iso, "toString": to_string,
        "setTime": set_time,
        "setFullYear": setter(0, 3), "setMonth": setter(1, 2), "setDate": setter(2, 1),
        "setHours": setter(3, 4), "setMinutes": setter(4, 3), "setSeconds": setter(5, 2),
        "setMilliseconds": setter(6, 1),
        "toDateString": formatted(date_string), "toTimeString": formatted(time_string),
        "toUTCString": to_utc, "toGMTString": to_utc,
        "toLocaleDateString": formatted(locale_date),
        "toLocaleTimeString": formatted(locale_time),
        "toLocaleString": formatted(lambda dt: locale_date(dt) + ", " + locale_time(dt)),
    }
    for name in list(table):
        if name.startswith(("get", "set")) and name not in ("getTime", "getTimezoneOffset",
                                                            "setTime"):
            table[name[:3] + "UTC" + name[3:]] = table[name]
    table["getYear"] = getter(lambda dt: dt.year - 1900)
    lengths = {"setFullYear": 3, "setMonth": 2, "setDate": 1, "setHours": 4, "setMinutes": 3,
               "setSeconds": 2, "setMilliseconds": 1, "setTime": 1}
    b.methods(proto, {name: (fn, lengths.get(name.replace("UTC", ""), 0))
                      for name, fn in table.items()})
    return D


class JSDate(JSObject):
    __slots__ = ("time",)
    class_name = "Date"

    def __init__(self, t, proto):
        JSObject.__init__(self, proto)
        self.time = t


# -- URI encoding ------------------------------------------------------------------------------
_URI_MARK = "-_.!~*'()"
_URI_RESERVED = ";/?:@&=+$,#"
_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _uri_functions():
    def encode(keep):
        def call(this, args):
            s = ops.to_string(arg(args, 0))
            out, i = [], 0
            while i < len(s):
                c = s[i]
                if c in keep:
                    out.append(c)
                else:
                    cp = ord(c)
                    if 0xDC00 <= cp <= 0xDFFF:
                        throw("URIError", "URI malformed")
                    if 0xD800 <= cp <= 0xDBFF:       # a surrogate pair
                        nxt = ord(s[i + 1]) if i + 1 < len(s) else 0
                        if not 0xDC00 <= nxt <= 0xDFFF:
                            throw("URIError", "URI malformed")
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (nxt - 0xDC00)
                        i += 1
                    out.extend(f"%{byte:02X}" for byte in chr(cp).encode("utf-8"))
                i += 1
            return "".join(out)
        return call

    def decode(reserved):
        def call(this, args):
            s = ops.to_string(arg(args, 0))
            out, i = [], 0
            while i < len(s):
                if s[i] != "%":
                    out.append(s[i])
                    i += 1
                    continue
                start = i
                data = bytearray()
                while i < len(s) and s[i] == "%":
                    h = s[i + 1:i + 3]
                    if len(h) < 2 or any(ch not in "0123456789abcdefABCDEF" for ch in h):
                        throw("URIError", "URI malformed")
                    data.append(int(h, 16))
                    i += 3
                    try:
                        text = data.decode("utf-8")
                    except UnicodeDecodeError as e:
                        if e.reason == "unexpected end of data" and len(data) < 4:
                            continue
                        throw("URIError", "URI malformed")
                    break
                else:
                    throw("URIError", "URI malformed")
                if len(text) == 1 and text in reserved:
                    out.append(s[start:i])              # a reserved character stays escaped
                else:
                    out.append(text)
            return "".join(out)
        return call

    def escape(this, args):
        s = ops.to_string(arg(args, 0))
        out = []
        for c in s:
            cp = ord(c)
            if c in _ALNUM or c in "@*_+-./":
                out.append(c)
            elif cp < 256:
                out.append(f"%{cp:02X}")
            elif cp > 0xFFFF:                       # as its UTF-16 surrogate pair
                cp -= 0x10000
                out.append(f"%u{0xD800 + (cp >> 10):04X}%u{0xDC00 + (cp & 0x3FF):04X}")
            else:
                out.append(f"%u{cp:04X}")
        return "".join(out)

    def unescape(this, args):
        s = ops.to_string(arg(args, 0))
        out, i, hexd = [], 0, "0123456789abcdefABCDEF"
        while i < len(s):
            c = s[i]
            if c == "%":
                if s[i + 1:i + 2] == "u" and len(s[i + 2:i + 6]) == 4 and \
                        all(h in hexd for h in s[i + 2:i + 6]):
                    out.append(chr(int(s[i + 2:i + 6], 16)))
                    i += 6
                    continue
                if len(s[i + 1:i + 3]) == 2 and all(h in hexd for h in s[i + 1:i + 3]):
                    out.append(chr(int(s[i + 1:i + 3], 16)))
                    i += 3
                    continue
            out.append(c)
            i += 1
        # a surrogate pair is one character of a host string
        return "".join(out).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")

    return {"encodeURIComponent": encode(_ALNUM + _URI_MARK),
            "encodeURI": encode(_ALNUM + _URI_MARK + _URI_RESERVED),
            "decodeURIComponent": decode(""), "decodeURI": decode(_URI_RESERVED),
            "escape": escape, "unescape": unescape}


# -- typed arrays ----------------------------------------------------------------------------
def _wrap(bits, signed):
    mask, half = (1 << bits) - 1, 1 << (bits - 1)

    def coerce(v):
        n = ops.to_int32(v) if type(v) is not int else v
        n &= mask
        return n - (mask + 1) if signed and n >= half else n
    return coerce


def _float64(v):
    n = ops.to_number(v)
    return n


def _float32(v):
    import struct
    n = ops.to_number(v)
    try:
        return ops.number(struct.unpack("f", struct.pack("f", float(n)))[0])
    except OverflowError:
        return INF if n > 0 else -INF


def _clamped(v):
    n = ops.to_number(v)
    if n != n:
        return 0
    return int(min(max(round(n), 0), 255))


TYPED_ARRAYS = {
    "Int8Array": _wrap(8, True), "Uint8Array": _wrap(8, False), "Uint8ClampedArray": _clamped,
    "Int16Array": _wrap(16, True), "Uint16Array": _wrap(16, False),
    "Int32Array": _wrap(32, True), "Uint32Array": _wrap(32, False),
    "Float32Array": _float32, "Float64Array": _float64,
}


def _typed_arrays(b):
    from .values import JSTypedArray
    base = JSObject(REALM.protos["Object"])
    array_proto = REALM.protos["Array"]
    for name in ("forEach", "reduce", "reduceRight", "indexOf", "lastIndexOf", "includes",
                 "join", "some", "every", "find", "findIndex", "reverse", "fill", "at",
                 "keys", "values", "entries", "toString"):
        base.define_hidden(name, array_proto.props[name])

    def same_kind(this, items):
        return JSTypedArray([this.coerce(v) for v in items], this.kind, this.coerce, this.proto)

    def map_(this, args):
        fn, this_arg = _callback(args, "map")
        return same_kind(this, [ops.call(fn, this_arg, [v, i, this])
                                for i, v in enumerate(this.items)])

    def slice_(this, args):
        n = len(this.items)
        return same_kind(this, this.items[_relative(arg(args, 0), n, 0):
                                          _relative(arg(args, 1), n, n)])

    def sort(this, args):
        cmp = arg(args, 0)
        if cmp is UNDEFINED:
            this.items.sort(key=lambda v: (v != v, v))
            return this
        return array_proto.props["sort"].fn(this, args)

    def set_(this, args):
        src, offset = arg(args, 0), int(ops.to_integer(arg(args, 1)))
        items = src.items if isinstance(src, JSArray) else []
        if offset < 0 or offset + len(items) > len(this.items):
            throw("RangeError", "offset is out of bounds")
        for i, v in enumerate(items):
            this.items[offset + i] = this.coerce(v)
        return UNDEFINED

    def filter_(this, args):
        fn, this_arg = _callback(args, "filter")
        return same_kind(this, [v for i, v in enumerate(this.items)
                                if ops.to_boolean(ops.call(fn, this_arg, [v, i, this]))])

    b.methods(base, {"map": (map_, 1), "slice": (slice_, 2), "subarray": (slice_, 2),
                     "sort": (sort, 1), "set": (set_, 1), "filter": (filter_, 1)})
    ctors = {}
    for name, coerce in TYPED_ARRAYS.items():
        proto = JSObject(base)

        def construct(new_target, args, name=name, coerce=coerce, proto=proto):
            from .runtime import get_iterator
            src = arg(args or [], 0)
            if type(src) in (int, float):
                if src != int(src) or src < 0:
                    throw("RangeError", "Invalid typed array length: "
                                        + number_to_string(src))
                items = [coerce(0)] * int(src)
            elif src is UNDEFINED:
                items = []
            else:
                items = [coerce(v) for v in get_iterator(src)]
            return JSTypedArray(items, name, coerce, ops.object_proto_of(new_target)
                                if new_target is not None else proto)

        ctors[name] = b.constructor(name, _needs_new(name), construct, 3, proto)
    return ctors


# -- node: console, process, performance ---------------------------------------------------------
def _console(b):
    C = JSObject(REALM.protos["Object"])

    def log(this, args):
        sys.stdout.write(format_log(args) + "\n")
        return UNDEFINED

    def error(this, args):
        sys.stdout.flush()
        sys.stderr.write(format_log(args) + "\n")
        return UNDEFINED

    b.methods(C, {"log": (log, 0), "info": (log, 0), "debug": (log, 0),
                  "error": (error, 0), "warn": (error, 0), "trace": (error, 0)})
    return C


def _process(b, argv, main_path):
    P = JSObject(REALM.protos["Object"])
    P.props["argv"] = JSArray([sys.executable, os.path.abspath(main_path), *argv])
    P.props["env"] = JSObject(REALM.protos["Object"])
    P.props["platform"] = sys.platform
    P.props["exitCode"] = UNDEFINED
    stdout = JSObject(REALM.protos["Object"])

    def write(this, args):
        sys.stdout.write(ops.to_string(arg(args, 0)))
        return True

    b.methods(stdout, {"write": (write, 1)})
    P.props["stdout"] = stdout

    def exit_(this, args):
        code = arg(args, 0)
        if code is UNDEFINED:
            code = P.props.get("exitCode", UNDEFINED)
        sys.stdout.flush()
        raise SystemExit(0 if code is UNDEFINED else int(ops.to_integer(code)))

    def hrtime(this, args):
        t = time.perf_counter_ns()
        prev = arg(args, 0)
        if isinstance(prev, JSArray) and len(prev.items) == 2:
            t -= int(prev.items[0]) * 1_000_000_000 + int(prev.items[1])
        return JSArray([t // 1_000_000_000, t % 1_000_000_000])

    b.methods(P, {"exit": (exit_, 1), "hrtime": (hrtime, 1),
                  "memoryUsage": (lambda this, a: JSObject(REALM.protos["Object"]), 0),
                  "cwd": (lambda this, a: os.getcwd(), 0)})
    return P


def _performance(b):
    P = JSObject(REALM.protos["Object"])
    start = time.perf_counter()
    b.methods(P, {"now": (lambda this, a: (time.perf_counter() - start) * 1000.0, 0)})
    return P


def format_uncaught(value) -> str:
    """node's line for an uncaught exception: the error's stack header, or
    the inspected value."""
    from .inspect import inspect
    if type(value) is str:
        return value
    if isinstance(value, JSObject) and _inherits(value, REALM.protos["Error"]):
        try:
            return _error_header(value)
        except JSThrow:
            pass
    return inspect(value)
