"""The methods every object has (BasicObject, Object, Kernel's object-level
ones), Method objects, and Module/Class: making instances, names, ancestry,
defining methods at run time (attr_*, define_method, alias_method,
visibility), constants and class variables.

Also the value equality and hashing the collections share: `rb_equal`
(Ruby's `==`), `rb_eql` (`eql?`, what Hash keys use) and `rb_hash`.
"""
from __future__ import annotations

import copy

from .. import objects
from ..objects import (HOST_TYPES, AttrReader, AttrWriter, Builtin, NativeProc, ProcMethod,
                       RClass, RHash, RMethod, RObject, RProc, RRange, RString, UNDEFINED,
                       builtin, call_method, class_of, methods_changed,
                       on_new_realm, rb_error, real_class, send, truthy)


# -- equality and hashing ---------------------------------------------------------------------
def rb_equal(a, b):
    """a == b, with host comparisons for the built-in value types."""
    if a is b:
        return True
    t = type(a)
    if t is int or t is float:
        tb = type(b)
        return (tb is int or tb is float) and a == b
    if t is RString:
        return type(b) is RString and a.s == b.s
    if t is str:
        return type(b) is str and a == b
    if a is None or t is bool:
        return False
    if t is list and isinstance(b, list):
        return len(a) == len(b) and all(x is y or rb_equal(x, y) for x, y in zip(a, b))
    return truthy(send(a, "==", [b]))


def rb_eql(a, b):
    """a.eql?(b): == without converting between Integer and Float."""
    t = type(a)
    if t is int or t is float:
        return type(b) is t and a == b
    if isinstance(a, list):
        return (isinstance(b, list) and len(a) == len(b)
                and all(rb_eql(x, y) for x, y in zip(a, b)))
    if t is RObject:
        return a is b or truthy(send(a, "eql?", [b]))
    return rb_equal(a, b)


def rb_hash(v):
    """v.hash: equal for eql? values (Arrays and Hashes by content)."""
    if isinstance(v, list):
        return hash(tuple(rb_hash(x) for x in v))
    if type(v) is RHash:
        return hash(frozenset((rb_hash(k), rb_hash(x)) for k, x in v.items()))
    return hash(v)


class _ReceiverProc:
    """A host function `fn(receiver, *args)` dressed as the block of a
    define_method (see host_hashed_method)."""

    __slots__ = ("fn", "arity")
    is_lambda = True

    class code:                             # what Proc#parameters and super look at
        meta = {"params": (), "def_id": None}

    def __init__(self, fn, arity):
        self.fn, self.arity = fn, arity

    def call_with_block(self, args, blk, self_value=None):
        return self.fn(self_value, *args)


def host_hashed_method(cls, name, fn, arity):
    """Install fn as the `hash` or `eql?` of a built-in class whose instances
    are RObjects (Struct, Set), in the form of a method made by
    define_method.  RObject.__hash__/__eq__ (objects.py), which Hash keys,
    uniq, tally... rely on, take any Builtin `hash`/`eql?` for Kernel's
    identity ones, but call a define_method one."""
    cls.methods[name] = ProcMethod(name, _ReceiverProc(fn, arity), cls)


def _identical(a, b):
    """equal?: identity, which for the host's immediate values is equality."""
    t = type(a)
    if t in (int, float, str, bool):
        return type(b) is t and a == b
    return a is b


# -- frozen state ------------------------------------------------------------------------------
#: id -> value for frozen Arrays and objects, whose host types have no flag
frozen_values = {}


@on_new_realm
def _forget_frozen(realm):
    frozen_values.clear()


def is_frozen(v):
    t = type(v)
    if t is RString or t is RHash:
        return v.frozen
    if t is list or t is RObject or t is RClass:
        return id(v) in frozen_values
    return True                 # numbers, symbols, nil, true, false, ranges


@builtin("Kernel", "freeze")
def freeze(v):
    t = type(v)
    if t is RString or t is RHash:
        v.frozen = True
    elif t is list or t is RObject or t is RClass:
        frozen_values[id(v)] = v
    return v


@builtin("Kernel", "frozen?")
def frozen_p(v):
    return is_frozen(v)


# -- singleton classes -------------------------------------------------------------------------
def singleton_class_of(v):
    """v's own class, made on first use: an object's sits between it and its
    class; a class's is its metaclass."""
    t = type(v)
    if t is RClass:
        return v.meta
    if t is not RObject:
        raise rb_error("TypeError", "can't define singleton")
    if not v.cls.is_singleton:
        sc = RClass(None, v.cls, is_singleton=True)
        sc.attached = v
        objects.R.all_classes.append(sc)
        v.cls = sc
    return v.cls


def symbol_name(v):
    """A method or variable name given as a Symbol or a String."""
    if type(v) is str:
        return v
    if type(v) is RString:
        return v.s
    from .format import inspect
    raise rb_error("TypeError", f"{inspect(v)} is not a symbol nor a string")


# -- BasicObject / Object ---------------------------------------------------------------------
@builtin("BasicObject", "initialize", visibility="private")
def initialize(obj):
    return None


@builtin("BasicObject", "==", "equal?")
def same(a, b):
    return _identical(a, b)


@builtin("Kernel", "eql?")
def eql(a, b):
    return _identical(a, b)


@builtin("BasicObject", "!=")
def not_equal(a, b):
    return not truthy(send(a, "==", [b]))


@builtin("BasicObject", "!")
def not_(v):
    return v is None or v is False


@builtin("Kernel", "hash")
def object_hash(v):
    if type(v) is RObject or type(v) is RClass:
        return id(v) >> 4
    return rb_hash(v)


@builtin("Kernel", "class")
def class_(v):
    return real_class(v)


@builtin("Kernel", "singleton_class")
def singleton_class(v):
    return singleton_class_of(v)


def _need_module(cls):
    if type(cls) is not RClass:
        raise rb_error("TypeError", "class or module required")
    return cls


@builtin("Kernel", "is_a?", "kind_of?")
def is_a(v, cls):
    return _need_module(cls) in class_of(v).ancestors()


@builtin("Kernel", "instance_of?")
def instance_of(v, cls):
    return real_class(v) is _need_module(cls)


@builtin("Kernel", "respond_to?")
def respond_to(v, name, include_all=False):
    name = symbol_name(name)
    m = class_of(v).lookup(name)
    if m is not None:
        return truthy(include_all) or m.visibility == "public"
    hook = class_of(v).lookup("respond_to_missing?")
    if hook is not None and type(hook) is not Builtin:
        return truthy(call_method(hook, v, "respond_to_missing?", [name, include_all], None))
    return False


@builtin("Kernel", "respond_to_missing?", visibility="private")
def respond_to_missing(v, name, include_all=False):
    return False


@builtin("Kernel", "send", "__send__", block=True)
def send_(v, blk, name, *args):
    return send(v, symbol_name(name), list(args), blk)


@builtin("Kernel", "public_send", block=True)
def public_send(v, blk, name, *args):
    return send(v, symbol_name(name), list(args), blk, private_ok=False)


@builtin("Kernel", "nil?")
def is_nil(v):
    return v is None


@builtin("Kernel", "itself")
def itself(v):
    return v


@builtin("Kernel", "tap", block=True)
def tap(v, blk):
    blk.call(v)
    return v


@builtin("Kernel", "then", "yield_self", block=True)
def then(v, blk):
    return blk.call(v)


@builtin("Kernel", "===")
def case_equal(a, b):
    return _identical(a, b) or truthy(send(a, "==", [b]))


@builtin("Kernel", "=~")
def match(a, b):
    return None


@builtin("Kernel", "!~")
def not_match(a, b):
    return not truthy(send(a, "=~", [b]))


@builtin("Kernel", "enum_for", "to_enum")
def enum_for(v, name="each", *args):
    from .enumerable import make_enumerator
    return make_enumerator(v, symbol_name(name), args)


@builtin("Kernel", "<=>")
def spaceship(a, b):
    return 0 if _identical(a, b) or truthy(send(a, "==", [b])) else None


#: the values format.py shows without asking their methods
_FORMATTED = frozenset((int, float, str, bool, type(None), RString, list, RHash, RRange, RClass))


@builtin("Kernel", "to_s")
def to_s(v):
    if v is objects.R.main:
        return RString("main")
    if type(v) in _FORMATTED:
        from .format import to_s as text
        return RString(text(v))
    return RString(f"#<{real_class(v).name}>")


_inspecting = set()


@builtin("Kernel", "inspect")
def inspect(v):
    if v is objects.R.main:
        return RString("main")
    if type(v) is not RObject:
        if type(v) in _FORMATTED or type(v) in (RProc, NativeProc):
            from .format import inspect as text
            return RString(text(v))
        return send(v, "to_s", [])
    name = real_class(v).name
    ivars = [(k, x) for k, x in v.ivars.items() if k[0] == "@"]
    if not ivars:
        return RString(f"#<{name}>")
    if id(v) in _inspecting:
        return RString(f"#<{name} ...>")
    from .format import inspect as inspect_value
    _inspecting.add(id(v))
    try:
        shown = ", ".join(f"{k}={inspect_value(x)}" for k, x in ivars)
    finally:
        _inspecting.discard(id(v))
    return RString(f"#<{name} {shown}>")


def _copy_value(v, keep_state):
    t = type(v)
    if t is RObject:
        out = RObject(v.cls if keep_state else real_class(v))
        out.ivars = dict(v.ivars)
    elif t is RString:
        out = RString(v.s, v.frozen and keep_state)
        return out
    elif t is list:
        out = list(v)
    elif t is RHash:
        out = RHash(v)
        out.default, out.default_proc = v.default, v.default_proc
        out.frozen = v.frozen and keep_state
        return out
    else:
        return v                # immutable values are their own copies
    if keep_state and id(v) in frozen_values:
        frozen_values[id(out)] = out
    hook = class_of(out).lookup("initialize_copy")
    if hook is not None and type(hook) is not Builtin:
        call_method(hook, out, "initialize_copy", [v], None)
    return out


@builtin("Kernel", "dup")
def dup(v):
    return _copy_value(v, False)


@builtin("Kernel", "clone")
def clone(v, *freeze_kw):
    return _copy_value(v, True)


def _ivar_name(name):
    name = symbol_name(name)
    if len(name) < 2 or name[0] != "@" or name[1] == "@" or name[1].isdigit():
        raise rb_error("NameError", f"`{name}' is not allowed as an instance variable name")
    return name


def _ivars_of(v):
    t = type(v)
    return v.ivars if t is RObject or t is RClass else {}


@builtin("Kernel", "instance_variable_get")
def instance_variable_get(v, name):
    return _ivars_of(v).get(_ivar_name(name))


@builtin("Kernel", "instance_variable_set")
def instance_variable_set(v, name, value):
    name = _ivar_name(name)
    if type(v) not in (RObject, RClass):
        from .format import inspect as inspect_value
        raise rb_error("FrozenError", f"can't modify frozen {real_class(v).name}: "
                                      f"{inspect_value(v)}")
    objects.check_frozen(v)
    v.ivars[name] = value
    return value


@builtin("Kernel", "instance_variable_defined?")
def instance_variable_defined(v, name):
    return _ivar_name(name) in _ivars_of(v)


@builtin("Kernel", "instance_variables")
def instance_variables(v):
    return [k for k in _ivars_of(v) if k[0] == "@"]


@builtin("Kernel", "extend")
def extend(v, *modules):
    sc = singleton_class_of(v)
    for mod in reversed(modules):
        _need_included(mod)
        if mod not in sc.ancestors():
            sc.includes.append(mod)
    methods_changed()
    for mod in modules:
        send(mod, "extended", [v])
    return v


@builtin("Kernel", "define_singleton_method", block=True)
def define_singleton_method(v, blk, name, *body):
    return _define(singleton_class_of(v), symbol_name(name), blk, body, "public")


@builtin("Kernel", "singleton_methods")
def singleton_methods(v, *all_):
    cls = class_of(v)
    if not cls.is_singleton:
        return []
    return [n for n, m in cls.methods.items() if m is not UNDEFINED and m.visibility != "private"]


@builtin("Kernel", "instance_eval", block=True)
def instance_eval(v, blk, *args):
    if blk is None:
        raise rb_error("ArgumentError", "wrong number of arguments (given 0, expected 1..3)")
    return blk.call_with_block([v], None, v)


@builtin("Kernel", "instance_exec", block=True)
def instance_exec(v, blk, *args):
    if blk is None:
        raise rb_error("LocalJumpError", "no block given (yield)")
    return blk.call_with_block(list(args), None, v)


@builtin("Kernel", "method")
def method(v, name):
    name = symbol_name(name)
    m = class_of(v).lookup(name)
    if m is None:
        if respond_to(v, name, True):
            return RMethodObject(v, name, None)
        raise rb_error("NameError", f"undefined method `{name}' for "
                                    f"{_describe_owner(real_class(v))}")
    return RMethodObject(v, name, m)


def _describe_owner(cls):
    return f"{'module' if cls.is_module else 'class'} `{module_name(cls)}'"


# -- Method objects ---------------------------------------------------------------------------
class RMethodObject:
    """`obj.method(:name)`: a method bound to its receiver (m None: answered
    by method_missing)."""

    __slots__ = ("recv", "name", "method")

    def __init__(self, recv, name, method):
        self.recv, self.name, self.method = recv, name, method

    def call(self, args, blk):
        if self.method is None:
            return send(self.recv, self.name, args, blk)
        return call_method(self.method, self.recv, self.name, args, blk)


HOST_TYPES[RMethodObject] = "Method"


def method_arity(m):
    t = type(m)
    if t is Builtin:        # as CRuby's methods written in C: -1 when not fixed
        return m.min_args if m.max_args == m.min_args else -1
    if t is AttrReader:
        return 0
    if t is AttrWriter:
        return 1
    if t is ProcMethod:
        return m.proc.arity
    if t is RMethod:
        meta = m.code.meta
        if "arity" in meta:
            return meta["arity"]
        required = meta["nreq"] + meta["npost"]
        return -(required + 1) if meta["nopt"] or meta["rest"] else required
    return -1


@builtin("Method", "call", "()", "[]", "===", block=True)
def method_call(mo, blk, *args):
    return mo.call(list(args), blk)


@builtin("Method", "to_proc")
def method_to_proc(mo):
    proc = NativeProc(lambda *args: mo.call(list(args), None), method_arity(mo.method))
    proc.is_lambda = True
    return proc


@builtin("Method", "arity")
def method_arity_(mo):
    return method_arity(mo.method)


@builtin("Method", "parameters")
def method_parameters(mo):
    from .proc import code_parameters, proc_parameters
    m = mo.method
    t = type(m)
    if t is RMethod:
        return code_parameters(m.code, True)
    if t is ProcMethod:
        return proc_parameters(m.proc)
    if t is AttrReader:
        return []
    if t is AttrWriter:
        return [["req"]]
    if t is Builtin and m.max_args == m.min_args:
        return [["req"]] * m.min_args
    return [["rest"]]


@builtin("Method", ">>")
def method_then(mo, g):
    from .proc import compose
    return compose(mo, g, True)


@builtin("Method", "<<")
def method_after(mo, g):
    from .proc import compose
    return compose(g, mo, True)


@builtin("Method", "name")
def method_name(mo):
    return mo.name


@builtin("Method", "owner")
def method_owner(mo):
    return mo.method.owner if mo.method is not None else real_class(mo.recv)


@builtin("Method", "receiver")
def method_receiver(mo):
    return mo.recv


@builtin("Method", "inspect", "to_s")
def method_inspect(mo):
    owner = method_owner(mo)
    shown = real_class(mo.recv)
    where = module_name(shown) if shown is owner else \
        f"{module_name(shown)}({module_name(owner)})"
    return RString(f"#<Method: {where}#{mo.name}>")


# -- Module and Class --------------------------------------------------------------------------
def module_name(cls):
    """A class's name as Ruby shows it: "A::B" for B written inside A."""
    if cls.is_singleton:
        from .format import inspect as inspect_value
        return f"#<Class:{inspect_value(cls.attached)}>"
    if cls.name is None:
        return "#<Class:0x0001>" if not cls.is_module else "#<Module:0x0001>"
    return cls.name                 # (a nested class's name is "A::B" from the start)


@builtin("Class", "new", block=True)
def class_new(cls, blk, *args):
    if cls is objects.R.Class:
        return _new_class(blk, *args)
    obj = RObject(cls)
    init = cls.lookup("initialize")
    if init is not None:
        call_method(init, obj, "initialize", list(args), blk)
    return obj


def _new_class(blk, superclass=None):
    cls = RClass(None, objects.R.Object if superclass is None else superclass)
    send(cls.superclass, "inherited", [cls])
    if blk is not None:
        blk.call_with_block([cls], None, cls)
    return cls


@builtin("Module", "new", block=True, singleton=True)
def module_new(cls, blk, *args):
    if cls is not objects.R.Module:         # Class.new and its subclasses' new
        return class_new(cls, blk, *args)
    mod = RClass(None, is_module=True)
    if blk is not None:
        blk.call_with_block([mod], None, mod)
    return mod


@builtin("Class", "allocate")
def allocate(cls):
    return RObject(cls)


@builtin("Class", "superclass")
def superclass(cls):
    sup = cls.superclass
    while sup is not None and sup.is_singleton and not cls.is_singleton:
        sup = sup.superclass
    return sup


@builtin("Class", "inherited", visibility="private")
def inherited(cls, subclass):
    return None


@builtin("Module", "included", "extended", "prepended", "method_added",
         visibility="private")
def module_hook(mod, other):
    return None


@builtin("Module", "name")
def name(cls):
    if cls.name is None or cls.is_singleton:
        return None
    return RString(module_name(cls))


@builtin("Module", "to_s", "inspect")
def module_to_s(cls):
    return RString(module_name(cls))


@builtin("Module", "ancestors")
def ancestors(cls):
    return list(cls.ancestors())            # the program's own copy


@builtin("Module", "==", "equal?", "eql?")
def module_equal(cls, other):
    return cls is other


@builtin("Module", "hash")
def module_hash(cls):
    return id(cls) >> 4


@builtin("Module", "===")
def module_case_equal(cls, v):
    return cls in class_of(v).ancestors()


def _relation(cls, other):
    """-1 when cls is a descendant of other, 1 an ancestor, 0 the same,
    None unrelated."""
    _need_module(other)
    if cls is other:
        return 0
    if other in cls.ancestors():
        return -1
    if cls in other.ancestors():
        return 1
    return None


@builtin("Module", "<")
def module_lt(cls, other):
    r = _relation(cls, other)
    return None if r is None else r < 0


@builtin("Module", "<=")
def module_le(cls, other):
    r = _relation(cls, other)
    return None if r is None else r <= 0


@builtin("Module", ">")
def module_gt(cls, other):
    r = _relation(cls, other)
    return None if r is None else r > 0


@builtin("Module", ">=")
def module_ge(cls, other):
    r = _relation(cls, other)
    return None if r is None else r >= 0


@builtin("Module", "<=>")
def module_cmp(cls, other):
    if type(other) is not RClass:
        return None
    return _relation(cls, other)


@builtin("Module", "instance_methods", "public_instance_methods")
def instance_methods(cls, inherited=True):
    sources = cls.ancestors() if truthy(inherited) else [cls]
    out = []
    for c in sources:
        for mname, m in c.methods.items():
            if m is not UNDEFINED and m.visibility != "private" and mname not in out:
                out.append(mname)
    return out


@builtin("Module", "private_instance_methods")
def private_instance_methods(cls, inherited=True):
    sources = cls.ancestors() if truthy(inherited) else [cls]
    return [n for c in sources for n, m in c.methods.items()
            if m is not UNDEFINED and m.visibility == "private"]


def _defined_with(cls, name, visibilities):
    m = cls.lookup(symbol_name(name))
    return m is not None and m.visibility in visibilities


@builtin("Module", "method_defined?")
def method_defined(cls, name, inherit=True):
    return _defined_with(cls, name, ("public", "protected"))


@builtin("Module", "public_method_defined?")
def public_method_defined(cls, name, inherit=True):
    return _defined_with(cls, name, ("public",))


@builtin("Module", "private_method_defined?")
def private_method_defined(cls, name, inherit=True):
    return _defined_with(cls, name, ("private",))


@builtin("Module", "instance_method")
def instance_method(cls, name):
    name = symbol_name(name)
    if cls.lookup(name) is None:
        raise rb_error("NameError", f"undefined method `{name}' for {_describe_owner(cls)}")
    raise rb_error("NotImplementedError", "rbish has no UnboundMethod")


def _attrs(cls, names, reader, writer):
    out = []
    for n in names:
        n = symbol_name(n)
        if reader:
            cls.methods[n] = AttrReader(n, cls, cls.default_visibility)
            out.append(n)
        if writer:
            cls.methods[n + "="] = AttrWriter(n + "=", cls, cls.default_visibility)
            out.append(n + "=")
    methods_changed()
    return out


@builtin("Module", "attr_reader", "attr")
def attr_reader(cls, *names):
    return _attrs(cls, names, True, False)


@builtin("Module", "attr_writer")
def attr_writer(cls, *names):
    return _attrs(cls, names, False, True)


@builtin("Module", "attr_accessor")
def attr_accessor(cls, *names):
    return _attrs(cls, names, True, True)


def _need_included(mod):
    if type(mod) is not RClass or not mod.is_module:
        name = "nil" if mod is None else real_class(mod).name
        raise rb_error("TypeError", f"wrong argument type {name} (expected Module)")


@builtin("Module", "include")
def include(cls, *modules):
    for mod in modules:
        _need_included(mod)
    for mod in reversed(modules):
        if mod not in cls.ancestors():
            cls.includes.append(mod)
            methods_changed()
            send(mod, "included", [cls])
    return cls


@builtin("Module", "include?")
def include_p(cls, mod):
    _need_module(mod)
    return mod is not cls and mod.is_module and mod in cls.ancestors()


@builtin("Module", "included_modules")
def included_modules(cls):
    return [c for c in cls.ancestors() if c.is_module]


def _define(cls, name, blk, body, visibility):
    if body:
        target = body[0]
        if type(target) is RMethodObject:
            m = copy.copy(target.method)
        elif type(target) in (RProc, NativeProc):
            m = ProcMethod(name, target, cls, visibility)
        else:
            raise rb_error("TypeError", f"wrong argument type {real_class(target).name} "
                                        f"(expected Proc/Method/UnboundMethod)")
    elif blk is not None:
        m = ProcMethod(name, blk, cls, visibility)
    else:
        raise rb_error("ArgumentError", "tried to create Proc object without a block")
    m.visibility = visibility
    cls.methods[name] = m
    methods_changed()
    return name


@builtin("Module", "define_method", block=True)
def define_method(cls, blk, name, *body):
    return _define(cls, symbol_name(name), blk, body, cls.default_visibility)


@builtin("Module", "alias_method")
def alias_method(cls, new_name, old_name):
    new_name, old_name = symbol_name(new_name), symbol_name(old_name)
    m = cls.lookup(old_name)
    if m is None:
        raise rb_error("NameError", f"undefined method `{old_name}' for {_describe_owner(cls)}")
    cls.methods[new_name] = m
    methods_changed()
    return new_name


@builtin("Module", "remove_method")
def remove_method(cls, *names):
    for n in names:
        n = symbol_name(n)
        if cls.methods.get(n, UNDEFINED) is UNDEFINED:
            raise rb_error("NameError", f"method `{n}' not defined in {module_name(cls)}")
        del cls.methods[n]
    methods_changed()
    return cls


@builtin("Module", "undef_method")
def undef_method(cls, *names):
    for n in names:
        n = symbol_name(n)
        if cls.lookup(n) is None:
            raise rb_error("NameError", f"undefined method `{n}' for {_describe_owner(cls)}")
        cls.methods[n] = UNDEFINED
    methods_changed()
    return cls


def _names(args):
    """The method names given to private/public/...: symbols, strings or one Array."""
    if len(args) == 1 and type(args[0]) is list:
        args = args[0]
    return [symbol_name(a) for a in args]


def _set_visibility(cls, names, visibility):
    for n in names:
        m = cls.lookup(n)
        if m is None:
            raise rb_error("NameError", f"undefined method `{n}' for {_describe_owner(cls)}")
        if m.visibility != visibility:
            m = copy.copy(m)
            m.visibility = visibility
            cls.methods[n] = m
    methods_changed()


def _visibility(cls, args, visibility):
    if not args:
        cls.default_visibility = visibility
        cls.module_function = False
        return None
    _set_visibility(cls, _names(args), visibility)
    return args[0] if len(args) == 1 else list(args)


@builtin("Module", "private")
def private(cls, *names):
    return _visibility(cls, names, "private")


@builtin("Module", "public")
def public(cls, *names):
    return _visibility(cls, names, "public")


@builtin("Module", "protected")
def protected(cls, *names):
    return _visibility(cls, names, "protected")


@builtin("Module", "module_function")
def module_function(cls, *names):
    if not names:
        cls.module_function = True
        return None
    for n in _names(names):
        m = cls.lookup(n)
        if m is None:
            raise rb_error("NameError", f"undefined method `{n}' for {_describe_owner(cls)}")
        public_copy = copy.copy(m)
        public_copy.visibility = "public"
        cls.meta.methods[n] = public_copy
    _set_visibility(cls, _names(names), "private")
    return names[0] if len(names) == 1 else list(names)


@builtin("Module", "private_class_method")
def private_class_method(cls, *names):
    _set_visibility(cls.meta, _names(names), "private")
    return None


@builtin("Module", "public_class_method")
def public_class_method(cls, *names):
    _set_visibility(cls.meta, _names(names), "public")
    return None


@builtin("Module", "private_constant")
def private_constant(cls, *names):
    return None


@builtin("Module", "module_eval", "class_eval", "class_exec", "module_exec", block=True)
def module_eval(cls, blk, *args):
    if blk is None:
        raise rb_error("ArgumentError", "rbish evaluates only blocks, not strings")
    return blk.call_with_block(list(args) or [cls], None, cls)


@builtin("Module", "freeze")
def module_freeze(cls):
    return cls


# -- constants and class variables --------------------------------------------------------
def _const_name(name):
    name = symbol_name(name)
    if not name[:1].isupper():
        raise rb_error("NameError", f"wrong constant name {name}")
    return name


def find_const(cls, name):
    """The constant `name` seen from cls: cls, its ancestors, then Object."""
    for c in [*cls.ancestors(), objects.R.Object]:
        if name in c.consts:
            return True, c.consts[name]
    return False, None


@builtin("Module", "const_get")
def const_get(cls, name, inherit=True):
    value = cls
    for part in symbol_name(name).split("::"):
        if not part:
            value = objects.R.Object
            continue
        found, value = find_const(value, _const_name(part))
        if not found:
            owner = "" if cls is objects.R.Object else module_name(cls) + "::"
            raise rb_error("NameError", f"uninitialized constant {owner}{part}")
    return value


@builtin("Module", "const_set")
def const_set(cls, name, value):
    name = _const_name(name)
    cls.consts[name] = value
    objects.R.const_serial += 1
    if type(value) is RClass and value.name is None:
        value.name = name if cls is objects.R.Object else f"{cls.name}::{name}"
        if cls is not objects.R.Object:
            value.lexical_parent = cls
    return value


@builtin("Module", "const_defined?")
def const_defined(cls, name, inherit=True):
    return find_const(cls, _const_name(name))[0]


@builtin("Module", "constants")
def constants(cls, inherit=True):
    return list(cls.consts)


def _cvar_name(name):
    name = symbol_name(name)
    if not name.startswith("@@") or len(name) < 3:
        raise rb_error("NameError", f"`{name}' is not allowed as a class variable name")
    return name


def _cvar_holder(cls, name):
    for c in cls.ancestors():
        if name in c.cvars:
            return c
    return None


@builtin("Module", "class_variable_get")
def class_variable_get(cls, name):
    name = _cvar_name(name)
    holder = _cvar_holder(cls, name)
    if holder is None:
        raise rb_error("NameError", f"uninitialized class variable {name} in "
                                    f"{module_name(cls)}")
    return holder.cvars[name]


@builtin("Module", "class_variable_set")
def class_variable_set(cls, name, value):
    name = _cvar_name(name)
    (_cvar_holder(cls, name) or cls).cvars[name] = value
    return value


@builtin("Module", "class_variable_defined?")
def class_variable_defined(cls, name):
    return _cvar_holder(cls, _cvar_name(name)) is not None


@builtin("Module", "class_variables")
def class_variables(cls):
    out = []
    for c in cls.ancestors():
        out += [n for n in c.cvars if n not in out]
    return out

