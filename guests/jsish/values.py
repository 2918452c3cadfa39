"""jsish values: how JavaScript's values are represented on the host.

    undefined        UNDEFINED (the one instance of Undefined)
    null             None
    boolean          bool
    number           int when the value is an integer of magnitude <= 2**53
                     (and not -0), float otherwise; every operator gives the
                     IEEE double result, so the two forms are one type to a
                     program: the int form is the integer fast path
    string           str
    object           JSObject and its subclasses (JSArray, JSFunction, ...)

An object's own properties live in `props` (a dict in insertion order).  A
data property is stored as its value; an accessor property as an
`Accessor`.  Attributes other than the default (enumerable, writable,
configurable) are kept aside in `attrs`, which most objects never need.
"""
from __future__ import annotations

import types

SAFE = 2 ** 53          # ints stay ints up to this magnitude
MIN_SAFE = -SAFE        # (a name, so that a test of the range negates nothing)


class Undefined:
    __slots__ = ()

    def __repr__(self):
        return "undefined"

    def __bool__(self):
        return False


UNDEFINED = Undefined()


class Unbound:
    """A let/const/class binding before its declaration ran (the temporal
    dead zone).  Never a guest value."""

    __slots__ = ()

    def __repr__(self):
        return "<unbound>"


UNBOUND = Unbound()

#: a property lookup that found nothing (never a guest value)
MISSING = Unbound.__new__(Unbound)


def Cell(contents=UNBOUND):
    """A closure variable (the host's own cell type)."""
    return types.CellType(contents)


class Accessor:
    """A getter/setter pair stored in place of a property's value."""

    __slots__ = ("get", "set")

    def __init__(self, get=UNDEFINED, set=UNDEFINED):
        self.get, self.set = get, set


#: bits of JSObject.attrs entries (a missing entry: all set)
ENUMERABLE, WRITABLE, CONFIGURABLE = 1, 2, 4
DEFAULT_ATTRS = ENUMERABLE | WRITABLE | CONFIGURABLE
HIDDEN = WRITABLE | CONFIGURABLE        # built-in methods, class methods


class JSObject:
    __slots__ = ("proto", "props", "attrs", "extensible")

    #: what Object.prototype.toString and console.log call the object
    class_name = "Object"

    def __init__(self, proto=None, props=None):
        self.proto = proto
        self.props = {} if props is None else props
        self.attrs = None
        self.extensible = True

    # -- property attributes -------------------------------------------------
    def attr_bits(self, key) -> int:
        a = self.attrs
        return DEFAULT_ATTRS if a is None else a.get(key, DEFAULT_ATTRS)

    def set_attr_bits(self, key, bits):
        if bits == DEFAULT_ATTRS:
            if self.attrs:
                self.attrs.pop(key, None)
        else:
            if self.attrs is None:
                self.attrs = {}
            self.attrs[key] = bits

    def define_hidden(self, key, value):
        """A non-enumerable data property (methods of classes and built-ins)."""
        self.props[key] = value
        self.set_attr_bits(key, HIDDEN)

    # -- own properties, as the object kinds with special ones override ----------
    def get_own(self, key):
        """An own property's stored value (or Accessor), or MISSING."""
        return self.props.get(key, MISSING)

    def set_own(self, key, value):
        """Store an own data property (attributes already checked)."""
        self.props[key] = value

    def delete_own(self, key) -> bool:
        if key in self.props:
            if not self.attr_bits(key) & CONFIGURABLE:
                return False
            del self.props[key]
            if self.attrs:
                self.attrs.pop(key, None)
        return True

    def own_keys(self):
        """Own string keys in JavaScript's order: integer-like keys ascending,
        then the others in insertion order."""
        keys = list(self.props)
        ints = [k for k in keys if is_array_index(k)]
        if not ints:
            return keys
        ints.sort(key=int)
        return ints + [k for k in keys if not is_array_index(k)]

    def is_enumerable(self, key) -> bool:
        return bool(self.attr_bits(key) & ENUMERABLE)

    def __repr__(self):
        return f"<{type(self).__name__}>"


def is_array_index(key) -> bool:
    """A canonical numeric string below 2**32 - 1 ("0", "17"; not "01")."""
    return (type(key) is str and key.isdigit() and key.isascii()
            and (key == "0" or key[0] != "0") and int(key) < 4294967295)


class JSArray(JSObject):
    """An array: elements in `items` (a host list); other properties in props."""

    __slots__ = ("items",)
    class_name = "Array"

    def __init__(self, items=None, proto=None):
        JSObject.__init__(self, proto if proto is not None else realm_proto("Array"))
        self.items = [] if items is None else items

    def get_own(self, key):
        if type(key) is int:
            items = self.items
            return items[key] if 0 <= key < len(items) else MISSING
        if key == "length":
            return len(self.items)
        if is_array_index(key):
            return self.get_own(int(key))
        return self.props.get(key, MISSING)

    def set_own(self, key, value):
        if type(key) is str:
            if key == "length":
                set_array_length(self, value)
                return
            if not is_array_index(key):
                self.props[key] = value
                return
            key = int(key)
        items = self.items
        n = len(items)
        if key < n:
            items[key] = value
        elif key == n:
            items.append(value)
        else:
            items.extend([UNDEFINED] * (key - n))   # holes read as undefined
            items.append(value)

    def delete_own(self, key) -> bool:
        if type(key) is str and is_array_index(key):
            key = int(key)
        if type(key) is int:
            if 0 <= key < len(self.items):
                self.items[key] = UNDEFINED
            return True
        if key == "length":
            return False
        return JSObject.delete_own(self, key)

    def own_keys(self):
        return [str(i) for i in range(len(self.items))] + JSObject.own_keys(self)

    def is_enumerable(self, key) -> bool:
        if key == "length":
            return False
        if is_array_index(key):
            return True
        return JSObject.is_enumerable(self, key)


def set_array_length(array, value):
    from .operators import to_number
    n = to_number(value)
    if n != n or n < 0 or n != int(n) or n >= 2 ** 32:
        from .errors import throw
        throw("RangeError", "Invalid array length")
    n = int(n)
    items = array.items
    if n < len(items):
        del items[n:]
    else:
        items.extend([UNDEFINED] * (n - len(items)))


class JSFunction(JSObject):
    """A function written in JavaScript: a code object plus its closure.

    `kind`: "function" (constructable), "arrow", "method" (object literal and
    class methods, getters, setters), "class" (a class constructor: only with
    new), "derived" (the constructor of a class with extends)."""

    __slots__ = ("code", "closure", "name", "length", "kind", "nparams", "pad", "plain", "vm",
                 "globals", "ncells")
    class_name = "Function"

    def __init__(self, vm, code, closure, kind, globals_):
        JSObject.__init__(self, realm_proto("Function"))
        self.vm = vm
        self.code = code
        self.closure = closure
        self.kind = kind
        self.globals = globals_
        m = code.meta
        self.name = code.name
        self.length = m["length"]
        self.nparams = m["nparams"]            # locals 1..nparams are the parameters
        self.pad = m["pad"]                    # the initial values of the other locals
        self.ncells = code.ncells
        # the commonest call binds nothing: [this, *args] plus the pad are the
        # locals and the closure is the cells (no cells of its own); CALL
        # makes it from this one attribute, converting `this` first when the
        # last item says so (a sloppy-mode function that reads it)
        self.plain = (None if m["cell_init"] or m["special_args"] or code.is_generator
                      or kind in ("class", "derived")
                      else (self.nparams + 1, code, globals_, self.pad, closure,
                            m.get("sloppy_this", False)))

    def get_own(self, key):
        v = self.props.get(key, MISSING)
        if v is MISSING:
            if key == "prototype" and self.kind in ("function", "class", "derived"):
                from .realm import new_prototype_for
                v = new_prototype_for(self)
            elif key == "name":
                return self.name
            elif key == "length":
                return self.length
        return v

    def own_keys(self):
        return JSObject.own_keys(self)

    def is_enumerable(self, key) -> bool:
        if key in ("prototype", "name", "length") and key not in self.props:
            return False
        return JSObject.is_enumerable(self, key)

    # -- calls ------------------------------------------------------------------
    def call(self, this, args):
        """Call with `this` and a list of arguments (the list is not kept)."""
        if self.kind in ("class", "derived"):
            from .errors import throw
            throw("TypeError", f"Class constructor {self.name} cannot be invoked without 'new'")
        return self.invoke([this, *args])

    def invoke(self, this_args, new_target=None):
        """Run the function on [this, arg0, ...]: a fresh list that becomes
        the frame's locals.  new_target: the constructor `new` was applied to."""
        n = len(this_args)
        want = self.nparams + 1
        code = self.code
        m = code.meta
        if m.get("sloppy_this") and not isinstance(this_args[0], JSObject):
            this_args[0] = sloppy_this(this_args[0])
        if m["special_args"]:
            args = this_args[1:]
            if n > want:
                del this_args[want:]
            elif n < want:
                this_args.extend([UNDEFINED] * (want - n))
            this_args += self.pad
            slot = m["rest_slot"]
            if slot is not None:
                this_args[slot] = JSArray(args[self.nparams:])
            slot = m["arguments_slot"]
            if slot is not None:
                this_args[slot] = make_arguments(args, self)
            slot = m["new_target_slot"]
            if slot is not None:
                this_args[slot] = UNDEFINED if new_target is None else new_target
        else:
            if n != want:
                if n > want:
                    del this_args[want:]
                else:
                    this_args.extend([UNDEFINED] * (want - n))
            this_args += self.pad
        if self.ncells:
            cells = [Cell(v) for v in m["cell_init"]]
            for cell_index, local_index in m["cell_args"]:
                cells[cell_index].cell_contents = this_args[local_index]
            cells.extend(self.closure)
        else:
            cells = ()
        if code.is_generator:                   # function*: a generator object, not a run
            vm = self.vm
            return JSGenerator(vm.start_generator(vm.frame(code, this_args, cells, self.globals)),
                               realm_proto("Generator"))
        return self.vm.call_code(code, this_args, cells, self.globals)


class NativeFunction(JSObject):
    """A built-in function: `fn(this, args)` in Python, args a list."""

    __slots__ = ("fn", "name", "length", "ctor")
    class_name = "Function"

    def __init__(self, fn, name, length=0, ctor=None, proto=None):
        JSObject.__init__(self, proto if proto is not None else realm_proto("Function"))
        self.fn = fn
        self.name = name
        self.length = length
        #: for constructors: ctor(new_target, args) -> the new object
        self.ctor = ctor

    def get_own(self, key):
        v = self.props.get(key, MISSING)
        if v is MISSING:
            if key == "name":
                return self.name
            if key == "length":
                return self.length
        return v

    def is_enumerable(self, key) -> bool:
        if key in ("name", "length") and key not in self.props:
            return False
        return JSObject.is_enumerable(self, key)

    def call(self, this, args):
        return self.fn(this, args)

    def invoke(self, this_args, new_target=None):
        return self.fn(this_args[0], this_args[1:])


class BoundFunction(JSObject):
    __slots__ = ("target", "bound_this", "bound_args", "name")
    class_name = "Function"

    def __init__(self, target, bound_this, bound_args):
        JSObject.__init__(self, realm_proto("Function"))
        self.target, self.bound_this, self.bound_args = target, bound_this, bound_args
        self.name = "bound " + str(getattr(target, "name", ""))

    def call(self, this, args):
        return self.target.call(self.bound_this, self.bound_args + list(args))

    def invoke(self, this_args, new_target=None):
        return self.target.call(self.bound_this, self.bound_args + this_args[1:])


FUNCTION_TYPES = (JSFunction, NativeFunction, BoundFunction)


class JSArguments(JSArray):
    """A function's `arguments`: array-like, but not an Array."""

    __slots__ = ()
    class_name = "Arguments"

    def __init__(self, items):
        JSArray.__init__(self, items, realm_proto("Object"))


def make_arguments(args, callee):
    a = JSArguments(list(args))
    a.define_hidden("callee", callee)
    return a


class JSTypedArray(JSArray):
    """Float64Array, Int32Array, ...: an array whose elements are coerced to
    the element type on every store, and whose length is fixed."""

    __slots__ = ("coerce", "kind")

    def __init__(self, items, kind, coerce, proto):
        JSArray.__init__(self, items, proto)
        self.kind, self.coerce = kind, coerce

    @property
    def class_name(self):
        return self.kind

    def set_own(self, key, value):
        if type(key) is str:
            if not is_array_index(key):
                if key != "length":
                    self.props[key] = value
                return
            key = int(key)
        if 0 <= key < len(self.items):
            self.items[key] = self.coerce(value)

    def is_enumerable(self, key) -> bool:
        return key != "length" and JSArray.is_enumerable(self, key)


class JSBox(JSObject):
    """new Number(1), new String('a'), new Boolean(true): a wrapped primitive."""

    __slots__ = ("value",)

    def __init__(self, value, proto):
        JSObject.__init__(self, proto)
        self.value = value

    def get_own(self, key):
        v = self.value
        if type(v) is str:
            if type(key) is str and is_array_index(key):
                key = int(key)
            if type(key) is int:
                return v[key] if 0 <= key < len(v) else MISSING
            if key == "length":
                return len(v)
        return JSObject.get_own(self, key)

    def own_keys(self):
        if type(self.value) is str:
            return [str(i) for i in range(len(self.value))] + JSObject.own_keys(self)
        return JSObject.own_keys(self)

    def is_enumerable(self, key) -> bool:
        if type(self.value) is str and is_array_index(key):
            return True
        return key != "length" and JSObject.is_enumerable(self, key)

    @property
    def class_name(self):
        return {bool: "Boolean", str: "String"}.get(type(self.value), "Number")


class JSMap(JSObject):
    """Map: entries keyed by a normalised key (see map_key)."""

    __slots__ = ("entries",)
    class_name = "Map"

    def __init__(self, proto):
        JSObject.__init__(self, proto)
        self.entries = {}             # normalised key -> [key, value]


class JSSet(JSObject):
    __slots__ = ("entries",)
    class_name = "Set"

    def __init__(self, proto):
        JSObject.__init__(self, proto)
        self.entries = {}             # normalised key -> value


class JSIterator(JSObject):
    """An iterator object of a built-in (map.keys(), array.entries()): a
    host iterator, with next() for programs that call it themselves."""

    __slots__ = ("it",)
    class_name = "Iterator"

    def __init__(self, it, proto):
        JSObject.__init__(self, proto)
        self.it = it


class JSGenerator(JSObject):
    """A generator object: the host generator that runs the function's
    frame (every engine runs a generator frame as one)."""

    __slots__ = ("gen", "started", "done")
    class_name = "Generator"

    def __init__(self, gen, proto):
        JSObject.__init__(self, proto)
        self.gen, self.started, self.done = gen, False, False

    def resume(self, how, value):
        """next / throw / return: (value, done)."""
        if self.done:
            if how == "throw":
                raise value
            return (value if how == "return" else UNDEFINED), True
        try:
            if how == "next":
                v = self.gen.send(value if self.started else None)
            elif how == "throw":
                if not self.started:
                    self.done = True
                    self.gen.close()
                    raise value
                v = self.gen.throw(value)
            else:
                if not self.started:
                    self.done = True
                    self.gen.close()
                    return value, True
                v = self.gen.throw(GeneratorReturn(value))
            self.started = True
            return v, False
        except StopIteration as stop:
            self.done = True
            return (UNDEFINED if stop.value is None else stop.value), True
        except GeneratorReturn as r:
            self.done = True
            return r.value, True
        except BaseException:
            self.done = True
            raise

    def values(self):
        """The host iterator for-of and spread use."""
        while True:
            v, done = self.resume("next", UNDEFINED)
            if done:
                return
            yield v


class GeneratorReturn(BaseException):
    """generator.return(v), raised at the generator's yield: it unwinds the
    frame through its finally clauses; catch clauses pass it on (see
    errors.thrown_value), as they pass on the host's GeneratorExit."""

    def __init__(self, value):
        BaseException.__init__(self)
        self.value = value


class _BoolKey:
    """Map/Set keys true and false (the host would equate them with 1 and 0)."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


_TRUE_KEY, _FALSE_KEY = _BoolKey(True), _BoolKey(False)
_NAN_KEY = _BoolKey(None)


def map_key(value):
    """SameValueZero as a host dict key: NaN equals NaN, -0 equals 0, true
    is not 1."""
    t = type(value)
    if t is bool:
        return _TRUE_KEY if value else _FALSE_KEY
    if t is float and value != value:
        return _NAN_KEY
    return value


# -- the realm: the built-in prototypes of the running program -------------------
class _Realm:
    """The running program's intrinsics (Object.prototype, TypeError...):
    made afresh for each program, so a program that changes them affects no
    other."""

    # slots: the i-ops read them, and a compiled read of a slot is one load
    __slots__ = ("protos", "ctors", "global_object", "string_proto")

    def __init__(self):
        self.protos = {}
        self.ctors = {}
        self.global_object = None      # a sloppy-mode function's `this` without a receiver
        self.string_proto = None       # String.prototype: a string's methods


REALM = _Realm()


def realm_proto(name):
    return REALM.protos[name]


def sloppy_this(this):
    """`this` as a sloppy-mode function sees a receiver that is not an object
    (the specification's OrdinaryCallBindThis): undefined and null become the
    global object, a primitive its wrapper object."""
    if this is UNDEFINED or this is None:
        return REALM.global_object
    from .operators import to_object
    return to_object(this)
