"""What the jsish i-ops call beyond their fast paths: elements, iteration,
literals, functions and classes, variables.  (Operators and conversions are
in operators.py; the built-in library in realm.py.)"""
from __future__ import annotations

import types

from hostvm.code import CodeObject

from . import operators as ops
from .errors import JSThrow, make_error, throw
from .values import (FUNCTION_TYPES, HIDDEN, MISSING, REALM, UNDEFINED, Accessor, JSArguments,
                     JSArray, JSFunction, JSGenerator, JSIterator, JSMap, JSObject, JSSet,
                     Unbound, Undefined)

#: MAKE_FUNCTION's operand: the kind of function made
FUNCTION_KINDS = ("function", "arrow", "method", "class", "derived")

#: the types of every value a jsish program can put on the operand stack
#: (the checked stack's admission list), most frequent first
VALUE_TYPES = (int, float, str, JSObject, bool, type(None), Undefined, types.CellType,
               CodeObject, tuple, BaseException)

#: host objects of the VM itself that must never reach a guest stack
INTERNAL_TYPES = (Unbound,)


# -- variables ------------------------------------------------------------------------
def unbound_local(code, index):
    return _tdz_error(code.varnames[index])


def unbound_cell(code, index):
    return _tdz_error(code.cellnames[index])


def _tdz_error(name):
    return JSThrow(make_error("ReferenceError", f"Cannot access '{name}' before initialization"))


def load_global(globals_, name, must_exist):
    value = globals_.get(name, MISSING)
    if value is MISSING:
        if must_exist:
            throw("ReferenceError", f"{name} is not defined")
        return UNDEFINED
    if type(value) is Accessor:
        return UNDEFINED if value.get is UNDEFINED else value.get.call(UNDEFINED, [])
    return value


def assign_to_const(name):
    throw("TypeError", "Assignment to constant variable.")


# -- elements ---------------------------------------------------------------------------
def get_element(owner, key):
    """owner[key] for any owner and key."""
    t = type(key)
    if t is float and key.is_integer() and key >= 0:
        key = int(key)
    elif t is not int and t is not str:
        if owner is None or owner is UNDEFINED:
            throw("TypeError", f"Cannot read properties of {ops.to_string(owner)} "
                               f"(reading '{ops.safe_to_string(key)}')")
        key = ops.to_property_key(key)
    if type(key) is int and key < 0:
        key = str(key)
    if type(owner) is JSObject and type(key) is int:
        key = str(key)
    return ops.get_property(owner, key)


def set_element(owner, key, value):
    key = ops.to_property_key(key)
    if type(key) is int and not isinstance(owner, JSArray):
        key = str(key)
    ops.set_property(owner, key, value)


# -- iteration ---------------------------------------------------------------------------
def get_iterator(value):
    """The host iterator behind for-of, spread and array destructuring."""
    t = type(value)
    if t is JSArray or t is JSArguments:
        return _array_values(value)
    if t is str:
        return iter(value)
    if t is JSMap:
        return (JSArray([k, v]) for k, v in list(value.entries.values()))
    if t is JSSet:
        return iter(list(value.entries.values()))
    if t is JSIterator:
        return value.it
    if t is JSGenerator:
        return value.values()
    if isinstance(value, JSObject):
        if isinstance(value, JSArray):
            return _array_values(value)
    throw("TypeError", f"{ops.describe(value)} is not iterable")


def _array_values(array):
    items = array.items
    i = 0
    while i < len(items):           # live: elements pushed during the loop are seen
        yield items[i]
        i += 1


def get_keys(obj):
    """for-in: the enumerable string keys of obj and its prototypes."""
    if obj is None or obj is UNDEFINED:
        return iter(())
    if type(obj) is str:
        return iter([str(i) for i in range(len(obj))])
    if not isinstance(obj, JSObject):
        return iter(())
    keys, seen = [], set()
    o = obj
    while o is not None:
        for k in o.own_keys():
            if k not in seen:
                seen.add(k)
                if o.is_enumerable(k):
                    keys.append(k)
        o = o.proto
    return _live_keys(obj, keys)


def _live_keys(obj, keys):
    for k in keys:                  # a key deleted during the loop is skipped
        if ops.has_property(obj, k):
            yield k


def delegate(iterable):
    """yield*: what the frame delegates to (a generator's own host
    generator, so next/throw/return reach it; any other iterable's values)."""
    if type(iterable) is JSGenerator:
        return iterable.gen
    return _values_then_undefined(get_iterator(iterable))


def _values_then_undefined(it):
    yield from it
    return UNDEFINED


def iter_next(iterator):
    return next(iterator, UNDEFINED)


def iter_rest(iterator):
    return JSArray(list(iterator))


# -- literals ------------------------------------------------------------------------------
def new_array(items):
    return JSArray(items)


def array_extend(array, iterable):
    array.items.extend(get_iterator(iterable))


def define_field(obj, key, value):
    key = ops.to_property_key(key)
    if type(key) is int and not isinstance(obj, JSArray):
        key = str(key)
    if type(value) is JSFunction and value.name == "" and type(key) is str:
        value.name = key
    obj.set_own(key, value)
    if obj.attrs:
        obj.attrs.pop(key, None)


def define_method(obj, key, value):
    key = ops.to_string(key) if type(key) is not str else key
    if type(value) is JSFunction:
        value.name = key
    obj.define_hidden(key, value)


def define_accessor(obj, key, getter, setter, hidden):
    key = ops.to_string(key) if type(key) is not str else key
    current = obj.props.get(key)
    acc = current if type(current) is Accessor else Accessor()
    if getter is not None:
        getter.name = "get " + key
        acc.get = getter
    if setter is not None:
        setter.name = "set " + key
        acc.set = setter
    obj.props[key] = acc
    if hidden:                      # a class's accessors are not enumerable
        obj.set_attr_bits(key, HIDDEN)


def copy_properties(obj, source):
    """Object spread: own enumerable properties of source."""
    if source is None or source is UNDEFINED:
        return
    if type(source) is str:
        for i, ch in enumerate(source):
            obj.set_own(str(i), ch)
        return
    if not isinstance(source, JSObject):
        return
    for k in source.own_keys():
        if source.is_enumerable(k):
            v = ops.get_property(source, int(k) if isinstance(source, JSArray) and k.isdigit() else k)
            define_field(obj, k, v)


def object_rest(source, excluded):
    rest = JSObject(REALM.protos["Object"])
    skip = set(excluded)
    if isinstance(source, JSObject):
        for k in source.own_keys():
            if k not in skip and source.is_enumerable(k):
                v = ops.get_property(source, int(k) if isinstance(source, JSArray) and k.isdigit() else k)
                rest.set_own(k, v)
    elif source is None or source is UNDEFINED:
        throw("TypeError", f"Cannot destructure '{ops.to_string(source)}' as it is "
                           f"{ops.to_string(source)}.")
    return rest


def new_regexp(literal):
    """A regular expression literal's RegExp: (source, flags)."""
    from .regexp import new_regexp as make
    return make(*literal)


# -- functions and classes --------------------------------------------------------------------
def make_function(vm, code, closure, kind, globals_):
    return JSFunction(vm, code, closure, FUNCTION_KINDS[kind], globals_)


def make_class(ctor, parent, has_parent):
    """Link a class constructor to its parent (when it has an extends clause)."""
    if not has_parent:
        proto_parent = REALM.protos["Object"]
    elif parent is None:
        proto_parent = None
    else:
        if not isinstance(parent, FUNCTION_TYPES):
            throw("TypeError", f"Class extends value {ops.safe_to_string(parent)} is not a "
                               f"constructor or null")
        ctor.proto = parent
        proto_parent = ops.get_property(parent, "prototype")
    proto = JSObject(proto_parent)
    proto.define_hidden("constructor", ctor)
    ctor.props["prototype"] = proto
    ctor.set_attr_bits("prototype", 0)


def super_call(cls, new_target, args):
    """super(...args) in a derived constructor: the parent constructs the
    object (so built-ins like Error and Array allocate their own kind), with
    the prototype of the class `new` was applied to."""
    parent = cls.proto
    if not isinstance(parent, FUNCTION_TYPES):
        throw("TypeError", "Super constructor is not a constructor")
    return ops.construct(parent, args, new_target)


def get_super(home, this, key):
    """super[key] in a method whose home object is `home`."""
    key = ops.to_property_key(key)
    if type(key) is int:
        key = str(key)
    return ops.get_from(home.proto, key, this)
