"""Ruby's semantics behind the i-ops' slow paths: call sites, constants,
instance/class/global variables, defining classes and methods, super,
rescue, case/when, splats and multiple assignment.
"""
from __future__ import annotations

from hostvm.code import CodeObject

from .calls import KwArgs, UNSET
from .builtins.object import frozen_values
from .objects import (AttrReader, AttrWriter, Builtin, Cell, Home, NativeProc, ProcMethod, RClass, RHash, RMethod,
                      RObject, RProc, RRange, RString, RubyError, BreakSignal, ReturnSignal,
                      ThrowSignal, UNDEFINED, call_method, check_visibility, class_of,
                      method_missing, methods_changed, new_exception, rb_error, real_class,
                      send, truthy)
from . import objects

#: what the checked operand stack admits: Ruby values, and the VM's own
#: values that instructions pass on the stack (code objects and cells for
#: MAKE_BLOCK, host exceptions at a handler, iterators of for loops, an
#: optional parameter's UNSET on its way to JUMP_IF_ARG_GIVEN)
VALUE_TYPES = (int, float, str, bool, type(None), RString, list, RHash, RRange, RProc,
               NativeProc, RObject, RClass, Cell, CodeObject, BaseException, type(UNSET))


# -- call sites ----------------------------------------------------------------------------
class CallSite:
    """One call in the source: the method name, whether it is a call on self
    with no receiver (which may call private methods), whether its block is
    a literal (whose `break` ends this call), whether it is a bare name."""

    __slots__ = ("name", "fcall", "literal_block", "vcall")

    def __init__(self, name, fcall=False, literal_block=False, vcall=False):
        self.name, self.fcall, self.literal_block = name, fcall, literal_block
        self.vcall = vcall          # a bare name: `foo`, no receiver, no arguments

    def call(self, recv, args, blk):
        """The call (the i-ops' slow path, and every call with a block)."""
        cls = recv.cls if type(recv) is RObject else class_of(recv)
        m = cls.mcache.get(self.name)
        if m is None:
            m = cls.lookup(self.name)
            if m is None:
                return method_missing(recv, self.name, args, blk, self.vcall)
        if m.visibility != "public" and not self.fcall:
            if m.visibility == "private" and not self.name.endswith("="):
                check_visibility(m, recv, self.name)
        t = type(m)
        if t is RMethod:
            if m.plain and len(args) == m.nreq:
                return m.vm.call_code(m.code, [recv, blk, None, *args, *m.pad], (), m.globals)
        elif t is AttrReader:
            if not args and type(recv) is RObject:
                return recv.ivars.get(m.ivar)
        elif t is AttrWriter:
            if len(args) == 1 and type(recv) is RObject and not frozen_values:
                recv.ivars[m.ivar] = args[0]
                return args[0]
        return call_method(m, recv, self.name, args, blk)

    def __repr__(self):
        return f"<call {self.name}{' fcall' if self.fcall else ''}>"


class SuperSite:
    """A `super` call in the method `name` (the def numbered def_id)."""

    __slots__ = ("name", "def_id", "literal_block")

    def __init__(self, name, def_id, literal_block=False):
        self.name, self.def_id, self.literal_block = name, def_id, literal_block

    def __repr__(self):
        return f"<super {self.name}>"


def invoke_super(self_value, code, site, args, blk):
    """Call the next method of this name after the one being run, in the
    ancestors of self's class."""
    ancestors = class_of(self_value).ancestors()
    found = False
    for c in ancestors:
        m = c.methods.get(site.name)
        if m is None:
            continue
        if found:
            if m is UNDEFINED:
                break
            if site.literal_block:
                try:
                    return call_method(m, self_value, site.name, list(args), blk)
                except BreakSignal as b:
                    if b.proc is blk:
                        return b.value
                    raise
            return call_method(m, self_value, site.name, list(args), blk)
        if (type(m) is RMethod and m.code.meta.get("def_id") == site.def_id) or \
                (type(m) is ProcMethod and m.proc.code.meta.get("def_id") == site.def_id):
            found = True
    if site.name == "initialize":          # Object#initialize: takes nothing
        return None
    if site.name in ("respond_to_missing?",):
        return False
    if site.name == "method_missing":
        raise objects.no_method_error(self_value, args[0] if args else "?")
    raise rb_error("NoMethodError", f"super: no superclass method `{site.name}' for "
                                    f"{objects.describe_for_error(self_value)}")


def is_a(value, cls):
    return cls in class_of(value).ancestors()


# -- variables -----------------------------------------------------------------------------
def get_ivar(obj, name):
    ivars = getattr(obj, "ivars", None)
    return ivars.get(name) if ivars is not None else None


def set_ivar(obj, name, value):
    ivars = getattr(obj, "ivars", None)
    if ivars is None:
        raise rb_error("FrozenError", f"can't modify frozen {real_class(obj).name}")
    objects.check_frozen(obj)
    ivars[name] = value


def get_gvar(name):
    gvars = objects.R.gvars
    if name in gvars:
        return gvars[name]
    if name == "$!":
        return objects.R.errinfo[-1] if objects.R.errinfo else None
    if name[1:].isdigit():                  # $1...: a group of the last match
        match = gvars.get("$~")
        return None if match is None else send(match, "[]", [int(name[1:])])
    return None


def set_gvar(name, value):
    objects.R.gvars[name] = value


def _cvar_base(self_value):
    return self_value if type(self_value) is RClass and not self_value.is_singleton \
        else real_class(self_value) if type(self_value) is not RClass else self_value.attached


def get_cvar(self_value, code, name):
    base = _cvar_base(self_value)
    for c in base.ancestors():
        if name in c.cvars:
            return c.cvars[name]
    raise rb_error("NameError", f"uninitialized class variable {name} in {base.name}")


def set_cvar(self_value, code, name, value):
    base = _cvar_base(self_value)
    for c in base.ancestors():
        if name in c.cvars:
            c.cvars[name] = value
            return
    base.cvars[name] = value


# -- constants -----------------------------------------------------------------------------
class ConstRef:
    """A constant read: its name and the lexical nesting it appears in (the
    paths of the enclosing class/module definitions, innermost first), with
    the value found last time (valid while no constant has been set since)."""

    __slots__ = ("name", "nesting", "realm", "serial", "value")

    def __init__(self, name, nesting):
        self.name, self.nesting = name, nesting
        self.realm = self.serial = self.value = None

    def __repr__(self):
        return f"<const {self.name}>"


def get_const(ref):
    realm = objects.R
    if ref.realm is realm and ref.serial == realm.const_serial:
        return ref.value
    value = lookup_const(ref.name, ref.nesting)
    ref.realm, ref.serial, ref.value = realm, realm.const_serial, value
    return value


def cref(nesting):
    """The innermost class or module being defined, lexically (Object at the top)."""
    if not nesting:
        return objects.R.Object
    return resolve_path(nesting[0])


def resolve_path(path):
    c = objects.R.Object
    for part in path.split("::"):
        c = c.consts[part]
    return c


def lookup_const(name, nesting):
    for path in nesting:
        c = resolve_path(path)
        if name in c.consts:
            return c.consts[name]
    for c in cref(nesting).ancestors():
        if name in c.consts:
            return c.consts[name]
    obj = objects.R.Object
    if name in obj.consts:
        return obj.consts[name]
    raise rb_error("NameError", f"uninitialized constant {name}")


def get_const_from(scope, name):
    if type(scope) is not RClass:
        raise rb_error("TypeError", f"{objects.describe_for_error(scope)} is not a class/module")
    for c in scope.ancestors():
        if name in c.consts:
            return c.consts[name]
    raise rb_error("NameError", f"uninitialized constant {scope.name}::{name}")


def set_const(scope, ref, value):
    target = scope if scope is not None else cref(ref.nesting)
    target.consts[ref.name] = value
    if type(value) is RClass and value.name is None:
        value.name = ref.name if target is objects.R.Object else f"{target.name}::{ref.name}"
    objects.R.const_serial += 1


def defined(self_value, what):
    """`defined?`: what = (kind, name) as the compiler found it."""
    kind, name = what
    if kind == "ivar":
        return RString("instance-variable") if name in (getattr(self_value, "ivars", None)
                                                         or {}) else None
    if kind == "gvar":
        return RString("global-variable") if name in objects.R.gvars else None
    if kind == "cvar":
        try:
            get_cvar(self_value, None, name)
            return RString("class variable")
        except RubyError:
            return None
    if kind == "const":
        try:
            lookup_const(name[0], name[1])
            return RString("constant")
        except RubyError:
            return None
    if kind == "method":
        return RString("method") if class_of(self_value).lookup(name) is not None else None
    return RString(kind)                    # "expression", "local-variable", "self"...


# -- definitions -----------------------------------------------------------------------------
def _definee(self_value):
    if type(self_value) is RClass:
        return self_value
    if self_value is objects.R.main:
        return objects.R.Object
    return real_class(self_value)


def define_method(vm, self_value, code, globals_):
    cls = _definee(self_value)
    name = code.meta["method_name"]
    if self_value is objects.R.main or name in ("initialize", "initialize_copy",
                                                  "respond_to_missing?"):
        visibility = "private"              # top-level methods and these, as in Ruby
    else:
        visibility = cls.default_visibility
    cls.methods[name] = RMethod(vm, name, code, cls, visibility, globals_)
    if cls.module_function:
        cls.meta.methods[name] = RMethod(vm, name, code, cls.meta, "public", globals_)
    methods_changed()
    return name


def define_singleton_method(vm, obj, code, globals_):
    meta = singleton_class(obj)
    name = code.meta["method_name"]
    meta.methods[name] = RMethod(vm, name, code, meta, "public", globals_)
    methods_changed()
    return name


def singleton_class(obj):
    if type(obj) is RClass:
        return obj.meta
    if type(obj) is RObject:
        if not obj.cls.is_singleton:
            meta = RClass(None, obj.cls, is_singleton=True)
            meta.attached = obj
            objects.R.all_classes.append(meta)
            obj.cls = meta
        return obj.cls
    raise rb_error("TypeError", "can't define singleton")


def define_class(self_value, scope, info, superclass):
    name, nesting, has_super = info
    container = scope if scope is not None else cref(nesting)
    existing = container.consts.get(name)
    if existing is not None:
        if type(existing) is not RClass or existing.is_module:
            raise rb_error("TypeError", f"{name} is not a class")
        if has_super and existing.superclass is not superclass:
            raise rb_error("TypeError", f"superclass mismatch for class {name}")
        return existing
    if has_super and (type(superclass) is not RClass or superclass.is_module):
        raise rb_error("TypeError", "superclass must be a Class")
    cls = RClass(name if container is objects.R.Object else f"{container.name}::{name}",
                 superclass if has_super else objects.R.Object)
    cls.lexical_parent = container
    container.consts[name] = cls
    objects.R.const_serial += 1
    parent = cls.superclass
    hook = class_of(parent).lookup("inherited")
    if hook is not None and type(hook) is not Builtin:
        call_method(hook, parent, "inherited", [cls], None)
    return cls


def define_module(self_value, scope, info):
    name, nesting = info
    container = scope if scope is not None else cref(nesting)
    existing = container.consts.get(name)
    if existing is not None:
        if type(existing) is not RClass or not existing.is_module:
            raise rb_error("TypeError", f"{name} is not a module")
        return existing
    mod = RClass(name if container is objects.R.Object else f"{container.name}::{name}",
                 None, is_module=True)
    mod.lexical_parent = container
    container.consts[name] = mod
    objects.R.const_serial += 1
    return mod


def alias(self_value, names):
    new, old = names
    cls = _definee(self_value)
    m = cls.lookup(old)
    if m is None:
        raise rb_error("NameError", f"undefined method `{old}' for class `{cls.name}'")
    cls.methods[new] = m
    methods_changed()


def fresh_cells(code):
    return [Cell() for _ in range(code.ncells)] if code.ncells else ()


# -- blocks -----------------------------------------------------------------------------------
def make_lambda(block):
    block.is_lambda = True
    block.fast = False              # its calls catch its own return and break
    block.home = Home()


def block_arg(value):
    """`&value` in a call: the block it stands for."""
    if value is None or type(value) is RProc or type(value) is NativeProc:
        return value
    if type(value) is str:
        return symbol_proc(value)
    proc = send(value, "to_proc", [])
    if type(proc) is not RProc and type(proc) is not NativeProc:
        raise rb_error("TypeError", f"wrong argument type {real_class(value).name} "
                                    "(expected Proc)")
    return proc


def symbol_proc(name):
    def call_it(recv=None, *args):
        return send(recv, name, list(args), None, private_ok=False)
    proc = NativeProc(call_it, -2)
    proc.is_lambda = True
    return proc


# -- exceptions --------------------------------------------------------------------------------
#: host exceptions that are not Ruby exceptions: control flow passing through
SIGNALS = (BreakSignal, ReturnSignal, ThrowSignal, SystemExit, KeyboardInterrupt,
           GeneratorExit)


def exception_object(exc):
    """The Ruby exception object a host exception stands for (made once per
    host exception), or None for control flow that rescue must not catch."""
    if type(exc) is RubyError:
        return exc.exc
    if isinstance(exc, SIGNALS):
        return None
    obj = exc.__dict__.get("_rbish_exc")
    if obj is None:
        obj = exc.__dict__["_rbish_exc"] = _translate(exc)
    return obj


def _translate(exc):
    R = objects.R
    if isinstance(exc, ZeroDivisionError):
        return new_exception(R.ZeroDivisionError, RString("divided by 0"))
    if isinstance(exc, RecursionError):
        return new_exception(R.SystemStackError, RString("stack level too deep"))
    if isinstance(exc, OverflowError):
        return new_exception(R.FloatDomainError, RString(str(exc)))
    if isinstance(exc, MemoryError):
        return new_exception(R.NoMemoryError, RString("failed to allocate memory"))
    return new_exception(R.TypeError, RString(f"{type(exc).__name__}: {exc}"))


def rescue_match(exc, classes):
    obj = exception_object(exc)
    if obj is None:
        return False
    if not classes:
        classes = [objects.R.StandardError]
    ancestors = class_of(obj).ancestors()
    for c in classes:
        if type(c) is not RClass:
            raise rb_error("TypeError", "class or module required for rescue clause")
        if c in ancestors:
            return True
    return False


def enter_rescue(exc):
    obj = exception_object(exc)
    objects.R.errinfo.append(obj)
    # a bare `raise` in the rescue clause raises the same host exception
    # again, so the guest trace keeps the frames it passed first
    obj.ivars[RAISED_AS] = exc
    return obj


def enter_ensure(exc):
    """$! while an ensure clause runs for `exc` on its way out: the exception,
    or (control flow: break, next, throw) $! as it is."""
    if exception_object(exc) is not None:
        enter_rescue(exc)
    else:
        errinfo = objects.R.errinfo
        errinfo.append(errinfo[-1] if errinfo else None)


#: the key (not an instance variable: no @) of a rescued exception's host exception
RAISED_AS = "__raised_as__"


def leave_rescue():
    errinfo = objects.R.errinfo
    if errinfo:
        errinfo.pop()


# -- values -----------------------------------------------------------------------------------
def to_s(value):
    from .builtins.format import to_s as rb_to_s
    return rb_to_s(value)


def splat_array(value):
    t = type(value)
    if t is list:
        return value
    if value is None:
        return []
    if t is RHash:
        return [[k, v] for k, v in value.items()]
    if t is RRange or (t is RObject and class_of(value).lookup("to_a") is not None):
        return send(value, "to_a", [])
    return [value]


def expand_array(value, before, after, splat):
    """Multiple assignment's right side, as exactly the items its targets take:
    `before` leading ones, then (with a splat) the rest as an Array and
    `after` trailing ones."""
    if type(value) is list:
        items = value
    elif type(value) is RObject and class_of(value).lookup("to_ary") is not None:
        items = send(value, "to_ary", [])
    else:
        items = [value]
    if not splat:
        out = list(items[:before])
        out += [None] * (before - len(out))
        return out
    n = len(items)
    head = list(items[:before]) + [None] * max(before - n, 0)
    rest_end = max(before, n - after)
    tail = list(items[rest_end:]) if after else []
    tail += [None] * (after - len(tail))
    return head + [list(items[before:rest_end])] + tail


def build_hash(h, items):
    from .builtins.hash import store_key
    for i in range(0, len(items), 2):
        h[store_key(items[i])] = items[i + 1]
    return h


def hash_merge(h, other):
    if other is None:
        return
    if type(other) is not RHash and not isinstance(other, RHash):
        other = send(other, "to_hash", [])
    h.update(other)


def new_range(low, high, exclusive):
    if not (type(low) in (int, float) or low is None) or \
            not (type(high) in (int, float) or high is None):
        if type(low) is not type(high) and low is not None and high is not None:
            raise rb_error("ArgumentError", "bad value for range")
    return RRange(low, high, bool(exclusive))


def new_regexp(parts, options):
    from .builtins.string import RRegexp
    return RRegexp(parts.s, options)


def for_iter(value):
    t = type(value)
    if t is list:
        return iter(value)
    if t is RRange and type(value.first) is int and type(value.last) is int:
        return iter(range(value.first, value.last + (0 if value.exclusive else 1)))
    return iter(splat_array(send(value, "to_a", [])))


def case_eq(pattern, subject):
    t = type(pattern)
    if t is int or t is float:
        return (type(subject) is int or type(subject) is float) and pattern == subject
    if t is str or pattern is None or t is bool:
        return pattern is subject or (type(subject) is t and pattern == subject)
    if t is RString:
        return type(subject) is RString and pattern.s == subject.s
    if t is RClass:
        return is_a(subject, pattern)
    return truthy(send(pattern, "===", [subject]))


__all__ = ["CallSite", "SuperSite", "ConstRef", "KwArgs", "UNSET", "VALUE_TYPES"]
