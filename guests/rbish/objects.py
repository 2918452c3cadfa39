"""rbish's object model: how Ruby values are represented on the host, classes
and modules, method lookup and the one way every method is called (`send`).

Representation (the host's own types wherever Ruby's semantics allow, so the
i-ops' fast paths are plain type tests):

    nil, true, false    None, True, False
    Integer, Float      int (any size), float
    Symbol              str (a host str *is* the symbol's name)
    String              RString: mutable, so a box around a host str
    Array               list
    Hash                RHash, a dict keeping Ruby's default value / block
    Range               RRange
    Proc (blocks too)   RProc (guest code), NativeProc (host code: what a
                        built-in passes as a block)
    every other object  RObject: its class and its instance variables
    classes, modules    RClass

Every program runs in a fresh `Realm` (the built-in classes and their method
tables), so that a program that reopens Integer leaves the next one alone.
Built-in methods are written in Python with `@builtin` (see builtins/) and
copied into each realm's classes.
"""
from __future__ import annotations

import inspect


# -- values ---------------------------------------------------------------------------------
class RObject:
    """An instance of a class written in Ruby (or of Object, Exception...)."""

    __slots__ = ("cls", "ivars")

    def __init__(self, cls):
        self.cls = cls
        self.ivars = {}

    # Hash keys: Ruby asks the object's `hash` and `eql?`; objects that do not
    # define them are compared by identity, as in Ruby.
    def __hash__(self):
        m = self.cls.lookup("hash")
        if type(m) is Builtin and m.owner in (R.Kernel, R.BasicObject):    # the default
            return id(self) >> 4
        return hash(call_method(m, self, "hash", [], None))

    def __eq__(self, other):
        if self is other:
            return True
        m = self.cls.lookup("eql?")
        if type(m) is Builtin and m.owner in (R.Kernel, R.BasicObject):
            return False
        return truthy(call_method(m, self, "eql?", [other], None))


class RString:
    """A Ruby String: mutable text.  Equal and hashed by content, so it can be
    a Hash key (Hash#[]= stores a frozen copy of a string key, as Ruby does)."""

    __slots__ = ("s", "frozen")

    def __init__(self, s="", frozen=False):
        self.s = s
        self.frozen = frozen

    def __eq__(self, other):
        return type(other) is RString and other.s == self.s

    def __hash__(self):
        return hash(self.s)

    def __repr__(self):
        return f"RString({self.s!r})"


class RHash(dict):
    """A Ruby Hash: a host dict (insertion-ordered) with Ruby's default value
    and default block.  Limitation: keys are compared as host values, so 1,
    1.0 and true are one key here (Ruby keeps them apart); programs rarely mix
    them."""

    __slots__ = ("default", "default_proc", "frozen")

    def __init__(self, *args):
        dict.__init__(self, *args)
        self.default = None
        self.default_proc = None
        self.frozen = False


class RRange:
    __slots__ = ("first", "last", "exclusive")

    def __init__(self, first, last, exclusive=False):
        self.first, self.last, self.exclusive = first, last, exclusive

    def __eq__(self, other):
        return (type(other) is RRange and self.first == other.first
                and self.last == other.last and self.exclusive == other.exclusive)

    def __hash__(self):
        return hash((self.first, self.last, self.exclusive))


class Cell:
    """A local variable shared between a scope and the blocks inside it."""

    __slots__ = ("cell_contents",)

    def __init__(self, value=None):
        self.cell_contents = value


class Home:
    """Identifies one activation of a method (or lambda) that a `return` inside
    one of its blocks returns from."""

    __slots__ = ()


class RProc:
    """A block, proc or lambda written in Ruby: its code, the `self` and the
    cells it closes over, the block of the method it was written in (for a
    `yield` inside it) and the activation a `return` in it leaves.

    A block frame's locals are [self, outer block, this proc, params...]."""

    __slots__ = ("code", "self_value", "cells", "outer_block", "home", "is_lambda", "vm",
                 "globals", "nparams", "simple", "pad", "own_cells", "fast")

    def __init__(self, vm, code, self_value, cells, outer_block, home, globals_):
        self.vm = vm
        self.code = code
        self.self_value = self_value
        self.cells = cells
        self.outer_block = outer_block
        self.home = home
        self.globals = globals_
        self.is_lambda = False
        m = code.meta
        self.nparams = m["nparams"]
        #: called with exactly nparams arguments, the locals are
        #: [self, outer block, proc, *args, *pad]
        self.simple = m["simple"]
        self.pad = m["pad"]
        self.own_cells = code.ncells - code.nfree
        #: a call with nparams arguments needs no binding, cells or catching
        self.fast = self.simple and not self.own_cells

    def call(self, *args):
        """Yield to the block: Ruby's argument rules for blocks (procs spread
        a single array over several parameters, fill missing ones with nil
        and drop extras; lambdas are strict)."""
        if self.simple and not self.is_lambda:
            n = self.nparams
            if len(args) > n:               # a proc drops what it has no parameter for
                args = args[:n]
            if len(args) == n:
                cells = self.activation_cells() if self.own_cells else self.cells
                return self.vm.call_code(self.code, [self.self_value, self.outer_block, self,
                                                     *args, *self.pad], cells, self.globals)
        return invoke_block(self, list(args), None, self.self_value)

    def activation_cells(self):
        """The cells of one run of the block: fresh ones for its own captured
        variables, then those it shares with the scopes around it."""
        if self.own_cells == 1:             # the common case, without a comprehension's frame
            return [Cell(), *self.cells]
        return [Cell() for _ in range(self.own_cells)] + self.cells

    def call_with_block(self, args, blk, self_value=None):
        return invoke_block(self, args, blk, self.self_value if self_value is None else self_value)

    @property
    def arity(self):
        return self.code.meta["arity"] if self.is_lambda else self.code.meta["proc_arity"]


class NativeProc:
    """A block written in Python: what built-ins pass to `each` when they
    implement Enumerable on a Ruby class."""

    __slots__ = ("fn", "is_lambda", "arity")

    def __init__(self, fn, arity=-1):
        self.fn = fn
        self.is_lambda = False
        self.arity = arity

    def call(self, *args):
        return self.fn(*args)

    def call_with_block(self, args, blk, self_value=None):
        return self.fn(*args)


def truthy(v):
    return v is not None and v is not False


# -- classes and modules --------------------------------------------------------------------
class RClass:
    """A Ruby class or module.  `methods` maps a method name to a Builtin or
    RMethod (or UNDEFINED); `meta` is the singleton class holding class
    methods (its superclass is the superclass's singleton class)."""

    __slots__ = ("name", "superclass", "methods", "consts", "cvars", "meta", "is_module",
                 "includes", "mcache", "ivars", "lexical_parent", "is_singleton", "attached",
                 "default_visibility", "module_function", "instance_type", "__weakref__")

    def __init__(self, name, superclass=None, is_module=False, meta_super=None,
                 is_singleton=False):
        self.name = name
        self.superclass = superclass
        self.is_module = is_module
        self.is_singleton = is_singleton
        self.attached = None            # a singleton class: the object it belongs to
        self.methods = {}
        self.consts = {}
        self.cvars = {}
        self.ivars = {}                 # a class's own instance variables (@x in class methods)
        self.includes = []              # modules included here, in include order
        self.mcache = {}
        self.lexical_parent = None      # A in `class A; class B`: for B's name "A::B"
        self.default_visibility = "public"   # `private` with no arguments in a class body
        self.module_function = False
        # what `new` makes: RObject, or a built-in representation (Exception
        # subclasses are RObjects too)
        self.instance_type = superclass.instance_type if superclass is not None else RObject
        self.meta = None
        if not is_singleton:
            realm = R
            self.meta = RClass(None, meta_super if meta_super is not None else (
                superclass.meta if superclass is not None and superclass.meta is not None
                else (realm.Module if is_module else realm.Class) if realm is not None else None),
                is_singleton=True)
            self.meta.attached = self
            if realm is not None:
                realm.all_classes.append(self)
                realm.all_classes.append(self.meta)

    # The ancestors, Ruby's method resolution order: the class, the modules it
    # includes (the last included first, each with the modules it includes),
    # then the superclass's ancestors; a module already there is not repeated.
    # Kept with the method cache (an include clears both); callers must not
    # change the list.
    def ancestors(self):
        out = self.mcache.get(_ANCESTORS)
        if out is None:
            out = []
            c = self
            while c is not None:
                _add_with_includes(c, out)
                c = c.superclass
            self.mcache[_ANCESTORS] = out
        return out

    def lookup(self, name):
        """The method `name` of this class's instances, or None."""
        m = self.mcache.get(name, _MISS)
        if m is _MISS:
            m = None
            for c in self.ancestors():
                m = c.methods.get(name)
                if m is not None:
                    break
            if m is UNDEFINED:
                m = None
            self.mcache[name] = m
        return m

    def is_subclass_of(self, other):
        return other in self.ancestors()

    def __repr__(self):
        return f"<RClass {self.name}>"


def _add_with_includes(c, out):
    if c in out:
        return
    out.append(c)
    for mod in reversed(c.includes):
        _add_with_includes(mod, out)


_MISS = object()
_ANCESTORS = ("ancestors",)     # an mcache key no method name can be
UNDEFINED = object()          # `undef_method`: stops lookup


def methods_changed():
    """A method was defined or a module included: forget every lookup."""
    for c in R.all_classes:
        c.mcache.clear()


# -- methods ---------------------------------------------------------------------------------
class Builtin:
    """A method written in Python: `fn(receiver, *args)`, or
    `fn(receiver, block, *args)` when it takes a block (block None when the
    call has none).  Arity is checked before the call."""

    __slots__ = ("fn", "name", "takes_block", "min_args", "max_args", "owner", "visibility")

    def __init__(self, fn, name, takes_block, visibility="public"):
        self.fn = fn
        self.name = name
        self.takes_block = takes_block
        self.visibility = visibility
        params = list(inspect.signature(fn).parameters.values())[1 + takes_block:]
        self.min_args = sum(1 for p in params if p.default is p.empty and
                            p.kind is p.POSITIONAL_OR_KEYWORD)
        self.max_args = (None if any(p.kind is p.VAR_POSITIONAL for p in params)
                         else sum(1 for p in params if p.kind is p.POSITIONAL_OR_KEYWORD))
        self.owner = None


class RMethod:
    """A method written in Ruby (def, define_method's block is an RProc
    instead).  `plain` is set when the commonest call binds nothing: exactly
    the required positional arguments, no cells, no block-return to catch."""

    __slots__ = ("name", "code", "owner", "visibility", "vm", "globals", "nreq", "plain", "pad")

    def __init__(self, vm, name, code, owner, visibility, globals_):
        self.vm = vm
        self.name = name
        self.code = code
        self.owner = owner
        self.visibility = visibility
        self.globals = globals_
        m = code.meta
        self.nreq = m["nreq"]
        self.pad = m["pad"]
        self.plain = m["simple"] and not code.ncells and not m["catches_return"]


class ProcMethod:
    """A method made by define_method from a block: the block's body, run with
    the receiver as self."""

    __slots__ = ("name", "proc", "owner", "visibility")

    def __init__(self, name, proc, owner, visibility="public"):
        self.name, self.proc, self.owner, self.visibility = name, proc, owner, visibility


class AttrReader:
    """A method made by attr_reader / attr_accessor: reads one instance variable."""

    __slots__ = ("name", "ivar", "owner", "visibility")

    def __init__(self, name, owner, visibility="public"):
        self.name, self.ivar, self.owner, self.visibility = name, "@" + name, owner, visibility


class AttrWriter:
    """A method made by attr_writer / attr_accessor (`name=`): sets one
    instance variable."""

    __slots__ = ("name", "ivar", "owner", "visibility")

    def __init__(self, name, owner, visibility="public"):
        self.name, self.ivar, self.owner, self.visibility = name, "@" + name[:-1], owner, visibility


#: name -> {method name -> Builtin}: the built-in methods of each built-in
#: class or module, filled by @builtin at import, copied into every realm
BUILTINS: dict[str, dict[str, Builtin]] = {}
#: built-in singleton (class) methods, the same way
BUILTIN_SINGLETONS: dict[str, dict[str, Builtin]] = {}


def builtin(owner: str, *names: str, block=False, singleton=False, visibility="public"):
    """Register the decorated function as the built-in method `names` of the
    built-in class or module `owner` (as a class method with singleton=True).
    With block=True the function's second parameter is the call's block."""
    def decorate(fn):
        table = (BUILTIN_SINGLETONS if singleton else BUILTINS).setdefault(owner, {})
        for name in names:
            table[name] = Builtin(fn, name, block, visibility)
        return fn
    return decorate


#: functions run with each new realm once its classes exist (constants such
#: as Float::INFINITY, the `main` object, ...), registered with @on_new_realm
REALM_SETUP: list = []


def on_new_realm(fn):
    REALM_SETUP.append(fn)
    return fn


# -- the realm: the built-in classes of one program ----------------------------------------
#: (name, superclass name, is module) in creation order
CLASS_TREE = (
    ("BasicObject", None, False), ("Object", "BasicObject", False),
    ("Module", "Object", False), ("Class", "Module", False),
    ("Kernel", None, True), ("Comparable", None, True), ("Enumerable", None, True),
    ("NilClass", "Object", False), ("TrueClass", "Object", False),
    ("FalseClass", "Object", False), ("Numeric", "Object", False),
    ("Integer", "Numeric", False), ("Float", "Numeric", False),
    ("String", "Object", False), ("Symbol", "Object", False), ("Array", "Object", False),
    ("Hash", "Object", False), ("Range", "Object", False), ("Proc", "Object", False),
    ("Method", "Object", False), ("Enumerator", "Object", False),
    ("Math", None, True), ("Process", None, True), ("Time", "Object", False),
    ("GC", None, True), ("ObjectSpace", None, True), ("Struct", "Object", False),
    ("Random", "Object", False), ("IO", "Object", False), ("Regexp", "Object", False),
    ("MatchData", "Object", False), ("File", "IO", False),
    ("Exception", "Object", False), ("NoMemoryError", "Exception", False),
    ("ScriptError", "Exception", False), ("LoadError", "ScriptError", False),
    ("NotImplementedError", "ScriptError", False), ("SyntaxError", "ScriptError", False),
    ("SecurityError", "Exception", False), ("SignalException", "Exception", False),
    ("Interrupt", "SignalException", False), ("SystemExit", "Exception", False),
    ("SystemStackError", "Exception", False), ("StandardError", "Exception", False),
    ("ArgumentError", "StandardError", False),
    ("UncaughtThrowError", "ArgumentError", False),
    ("EncodingError", "StandardError", False), ("FiberError", "StandardError", False),
    ("IOError", "StandardError", False), ("EOFError", "IOError", False),
    ("IndexError", "StandardError", False), ("KeyError", "IndexError", False),
    ("StopIteration", "IndexError", False), ("ClosedQueueError", "StopIteration", False),
    ("LocalJumpError", "StandardError", False), ("NameError", "StandardError", False),
    ("NoMethodError", "NameError", False), ("RangeError", "StandardError", False),
    ("FloatDomainError", "RangeError", False), ("RegexpError", "StandardError", False),
    ("RuntimeError", "StandardError", False), ("FrozenError", "RuntimeError", False),
    ("ThreadError", "StandardError", False), ("TypeError", "StandardError", False),
    ("ZeroDivisionError", "StandardError", False),
    ("NoMatchingPatternError", "StandardError", False),
)

#: host type -> the name of the built-in class of its values
HOST_TYPES = {int: "Integer", float: "Float", RString: "String", str: "Symbol",
              list: "Array", RHash: "Hash", RRange: "Range", RProc: "Proc",
              NativeProc: "Proc", type(None): "NilClass"}


class Realm:
    """The built-in classes of one running program, by name (`realm.Integer`),
    and what class_of needs.  Made by `new_realm`."""

    def __init__(self):
        self.all_classes = []
        self.classes = {}
        self.type_class = {}
        #: the exceptions being handled, innermost last ($!, a bare `raise`)
        self.errinfo = []
        #: the top-level self
        self.main = None
        #: $globals
        self.gvars = {}
        #: bumped whenever a constant is set: constant reads cache until then
        self.const_serial = 0


#: the realm of the running program
R: Realm | None = None


def new_realm() -> Realm:
    """Make the built-in classes afresh, with their built-in methods, and make
    the realm current."""
    global R
    from . import builtins  # noqa: F401  (registers every @builtin)
    realm = R = Realm()
    for name, sup, is_module in CLASS_TREE:
        superclass = realm.classes[sup] if sup else None
        if name in ("BasicObject", "Object", "Module", "Class"):
            cls = RClass(name, superclass, is_singleton=True)   # metas made below
        else:
            cls = RClass(name, superclass, is_module=is_module)
        realm.classes[name] = cls
        setattr(realm, name, cls)
    # the four classes that the others' singleton classes derive from
    for name in ("BasicObject", "Object", "Module", "Class"):
        cls = realm.classes[name]
        cls.is_singleton = False
        sup_meta = cls.superclass.meta if cls.superclass is not None else realm.Class
        cls.meta = RClass(None, sup_meta, is_singleton=True)
        cls.meta.attached = cls
        realm.all_classes += [cls, cls.meta]
    for cls in realm.classes.values():
        if cls.is_module and cls.meta is not None:
            cls.meta.superclass = realm.Module
        elif cls.meta is not None and cls.superclass is not None:
            cls.meta.superclass = cls.superclass.meta
    realm.Object.includes.append(realm.Kernel)
    for name in ("Array", "Hash", "Range", "Struct", "Enumerator"):
        realm.classes[name].includes.append(realm.Enumerable)
    for name in ("Integer", "Float", "String", "Time"):
        realm.classes[name].includes.append(realm.Comparable)
    for name, cls in realm.classes.items():
        realm.Object.consts[name] = cls
        for mname, m in BUILTINS.get(name, {}).items():
            cls.methods[mname] = _owned(m, cls)
        for mname, m in BUILTIN_SINGLETONS.get(name, {}).items():
            cls.meta.methods[mname] = _owned(m, cls.meta)
    realm.type_class = {t: realm.classes[n] for t, n in HOST_TYPES.items()}
    realm.true_class, realm.false_class = realm.TrueClass, realm.FalseClass
    realm.main = RObject(realm.Object)
    #: BasicObject#==: objects whose == is this one are equal when identical
    realm.identity_eq = realm.BasicObject.methods["=="]
    for setup in REALM_SETUP:
        setup(realm)
    return realm


def _owned(m, owner):
    copy = Builtin.__new__(Builtin)
    for slot in Builtin.__slots__:
        setattr(copy, slot, getattr(m, slot))
    copy.owner = owner
    return copy


def class_of(v) -> RClass:
    """The class whose methods `v` answers (its singleton class, if it has one)."""
    t = type(v)
    if t is RObject:
        return v.cls
    if t is RClass:
        return v.meta if v.meta is not None else R.Class    # (a singleton's own: Class)
    if t is bool:
        return R.true_class if v else R.false_class
    c = R.type_class.get(t)
    if c is None:
        c = _subtype_class(t)
    return c


def real_class(v) -> RClass:
    """`v.class`: class_of without singleton classes."""
    c = class_of(v)
    while c.is_singleton:
        c = c.superclass
    return c


def _subtype_class(t):
    for host, name in HOST_TYPES.items():
        if issubclass(t, host):
            return R.classes[name]
    raise TypeError(f"rbish: no Ruby class for host value of type {t.__name__}")


# -- calling methods ------------------------------------------------------------------------
def send(recv, name, args, blk=None, private_ok=True):
    """Call method `name` of `recv` with `args` (a list) and a block (an
    RProc, a NativeProc or None): Ruby's method call, with method_missing."""
    m = class_of(recv).lookup(name)
    if m is None:
        return method_missing(recv, name, args, blk)
    if not private_ok and m.visibility != "public":
        check_visibility(m, recv, name)
    return call_method(m, recv, name, args, blk)


def call_method(m, recv, name, args, blk):
    t = type(m)
    if t is Builtin:
        n = len(args)
        try:
            if n < m.min_args or (m.max_args is not None and n > m.max_args):
                raise arity_error(n, m.min_args, m.max_args)
            if m.takes_block:
                return m.fn(recv, blk, *args)
            return m.fn(recv, *args)
        except BaseException as e:
            note_builtin_frame(e, m)
            raise
    if t is RMethod:
        return invoke_method(m, recv, args, blk)
    if t is AttrReader:
        if args:
            raise arity_error(len(args), 0, 0)
        return recv.ivars.get(m.ivar)
    if t is AttrWriter:
        if len(args) != 1:
            raise arity_error(len(args), 1, 1)
        check_frozen(recv)
        recv.ivars[m.ivar] = args[0]
        return args[0]
    if t is ProcMethod:
        return m.proc.call_with_block(args, blk, recv)
    raise TypeError(f"rbish: not a method: {m!r}")


def note_builtin_frame(exc, m):
    """A built-in method is on the guest traceback of an exception leaving it
    (but Kernel#raise, whose caller is where CRuby's trace starts)."""
    if m.name not in ("raise", "fail") and not isinstance(exc, _CONTROL_FLOW):
        from .errors import NativeFrame, note_frame
        note_frame(exc, NativeFrame(m.name))


def method_missing(recv, name, args, blk, vcall=False):
    """No method `name`: the receiver's method_missing, else NoMethodError (a
    NameError for a bare name, which could have been a variable)."""
    mm = class_of(recv).lookup("method_missing")
    if mm is not None and type(mm) is not Builtin:
        return call_method(mm, recv, "method_missing", [name, *args], blk)
    if vcall:
        error = rb_error("NameError", f"undefined local variable or method `{name}' for "
                                      f"{describe_for_error(recv)}")
        error.exc.ivars["name"] = name
        raise error
    raise no_method_error(recv, name)


def check_visibility(m, recv, name):
    raise rb_error("NoMethodError", f"{m.visibility} method `{name}' called for "
                                    f"{describe_for_error(recv)}")


def responds_to(recv, name):
    return class_of(recv).lookup(name) is not None


# -- errors ------------------------------------------------------------------------------
class RubyError(Exception):
    """A Ruby exception in flight: `exc` is the Ruby exception object (an
    RObject of an Exception class, message in its @message)."""

    def __init__(self, exc):
        super().__init__()
        self.exc = exc

    def __str__(self):
        return exception_message(self.exc)


class BreakSignal(Exception):
    """`break` in a block: ends the call the block was given to (the call
    whose block is `proc`) with `value`."""

    def __init__(self, proc, value):
        self.proc, self.value = proc, value


class ReturnSignal(Exception):
    """`return` in a proc: leaves the method activation `home`."""

    def __init__(self, home, value):
        self.home, self.value = home, value


class ThrowSignal(Exception):
    """Kernel#throw, caught by the Kernel#catch of the same tag."""

    def __init__(self, tag, value):
        self.tag, self.value = tag, value


#: host exceptions that are control flow, not errors
_CONTROL_FLOW = (BreakSignal, ReturnSignal, ThrowSignal, StopIteration)


def new_exception(cls, message=None):
    exc = RObject(cls)
    exc.ivars["@message"] = message
    return exc


def rb_error(class_name, message) -> RubyError:
    """A host exception carrying a new Ruby exception of the built-in class
    `class_name`: `raise rb_error("ArgumentError", "...")`."""
    return RubyError(new_exception(R.classes[class_name], RString(message)))


def exception_message(exc) -> str:
    """The text of a Ruby exception's message (its class name when it has none)."""
    msg = exc.ivars.get("@message")
    if msg is None:
        return real_class(exc).name
    return msg.s if type(msg) is RString else str(msg)


def arity_error(given, least, most):
    if most == least:
        expected = str(least)
    elif most is None:
        expected = f"{least}+"
    else:
        expected = f"{least}..{most}"
    return rb_error("ArgumentError", f"wrong number of arguments (given {given}, "
                                     f"expected {expected})")


def describe_for_error(v) -> str:
    """How NoMethodError names its receiver: `nil:NilClass`, `an instance of
    Foo` (Ruby 3.1: the inspect form for small values, `#<Foo>` for objects)."""
    if v is None:
        return "nil:NilClass"
    if v is True:
        return "true:TrueClass"
    if v is False:
        return "false:FalseClass"
    if v is R.main:
        return "main:Object"
    cls = real_class(v)
    if type(v) is RClass:
        return f"{'module' if v.is_module else 'class'} {v.name}"
    if type(v) is RObject:
        return f"#<{cls.name}>"
    from .builtins.format import inspect as rb_inspect
    return f"{rb_inspect(v)}:{cls.name}"


def check_frozen(v):
    """FrozenError when a frozen object is about to change (Arrays and plain
    objects have no flag of their own: builtins/object.py keeps theirs)."""
    from .builtins.object import is_frozen
    if getattr(v, "frozen", False) or is_frozen(v):
        from .builtins.format import inspect as rb_inspect
        raise rb_error("FrozenError", f"can't modify frozen {real_class(v).name}: "
                                      f"{rb_inspect(v)}")


def no_method_error(recv, name) -> RubyError:
    error = rb_error("NoMethodError", f"undefined method `{name}' for {describe_for_error(recv)}")
    error.exc.ivars["name"] = name
    return error


from .calls import invoke_block, invoke_method  # noqa: E402  (they call back into this module)
