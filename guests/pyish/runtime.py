"""The pyish runtime: values, functions, closures, calls, modules, builtins.

pyish values are host objects (ints, strs, lists... are CPython's own, as
Jython's are Java's); what pyish adds is its functions, which run pyish
bytecode on the VM that made them.  A pyish function is callable from host
code too (sorted(key=f), map(f, xs)), so host built-ins work on guest
functions unchanged.
"""
from __future__ import annotations

import builtins as _host_builtins
import array
import bisect
import collections
import copy
import functools
import heapq
import io
import itertools
import math
import random
import string
import operator
import sys
import time
import types

from hostvm.code import CodeObject


class _Unbound:
    """The value of a local or cell that has not been assigned.  Not a guest
    value: the checked stack rejects it, so it can never leak."""

    __slots__ = ()

    def __repr__(self):
        return "<unbound>"


UNBOUND = _Unbound()


def Cell(contents=UNBOUND):
    """A closure variable: the host's own cell type, which type.__new__
    accepts as `__classcell__` (so zero-argument super() works while a class
    is still being made); an unassigned one holds UNBOUND."""
    return types.CellType(contents)


class Function:
    """A pyish function: a code object plus what it closes over."""

    __slots__ = ("vm", "code", "globals", "defaults", "kwdefaults", "closure", "__name__",
                 "__qualname__", "fast", "plain", "pad", "ncells", "doc", "annotations",
                 "__dict__")

    # CPython's introspection attributes, from what the function already holds
    __doc__ = property(lambda self: self.doc,
                       lambda self, value: setattr(self, "doc", value))
    __defaults__ = property(lambda self: tuple(self.defaults) or None)
    __kwdefaults__ = property(lambda self: dict(self.kwdefaults) or None)
    __globals__ = property(lambda self: self.globals)
    __closure__ = property(lambda self: tuple(self.closure) or None)
    __annotations__ = property(lambda self: self.annotations,
                               lambda self, value: setattr(self, "annotations", value))

    def __init__(self, vm, code, globals_, defaults, kwdefaults, closure):
        self.vm = vm
        self.code = code
        self.globals = globals_
        self.defaults = defaults or ()
        self.kwdefaults = kwdefaults or {}
        self.closure = closure or ()
        self.__name__ = code.name
        self.__qualname__ = code.meta.get("qualname", code.name)
        self.doc = code.meta.get("doc")
        self.annotations = {}                # set by SET_ANNOTATIONS when there are some
        m = code.meta
        # The common call needs no binding: exactly the positional parameters,
        # then the other locals unbound.
        self.fast = (m["argcount"] if not (m["varargs"] or m["kwonly"] or m["varkw"])
                     else -1)
        self.pad = [UNBOUND] * (code.nlocals - m["argcount"])
        self.ncells = code.ncells
        # The commonest call needs nothing but the arguments (and the unbound
        # rest of the locals) and, for a closure with no cells of its own, the
        # cells it closes over as they are: CALL_FUNCTION makes it without
        # this class's own call path, from this one attribute
        self.plain = (None if self.ncells > code.nfree or code.is_generator or self.fast < 0
                      else (self.fast, code, globals_, self.pad, self.closure))

    def call_positional(self, args: list):
        """The call of CALL_FUNCTION: `args` is a fresh list the frame keeps
        as its locals."""
        if len(args) == self.fast:
            if self.pad:
                args += self.pad
        else:
            args = bind_arguments(self, args, None)
        code = self.code
        if code.is_generator:
            vm = self.vm
            return self._generator(vm.frame(code, args, self._cells(args)
                                            if self.ncells else (), self.globals))
        return self.vm.call_code(code, args, self._cells(args) if self.ncells else (),
                                 self.globals)

    def call_with(self, args, kwargs):
        locals_ = bind_arguments(self, list(args), kwargs)
        vm = self.vm
        frame = vm.frame(self.code, locals_, self._cells(locals_) if self.ncells else (),
                          self.globals)
        if self.code.is_generator:
            return self._generator(frame)
        return vm.call(frame)

    def _generator(self, frame):
        gen = self.vm.start_generator(frame)     # a host generator: name it as CPython does
        gen.__name__, gen.__qualname__ = self.__name__, self.__qualname__
        return gen

    def _cells(self, locals_):
        code = self.code
        cells = [Cell() for _ in range(self.ncells - code.nfree)]
        for cell_index, local_index in code.meta["cell_args"]:
            cells[cell_index].cell_contents = locals_[local_index]
        cells.extend(self.closure)
        return cells

    def __call__(self, *args, **kwargs):
        if kwargs:
            return self.call_with(args, kwargs)
        return self.call_positional(list(args))

    def __get__(self, obj, owner=None):
        # functions stored on host classes would bind like Python's
        return self if obj is None else types.MethodType(self, obj)

    def __repr__(self):
        return f"<function {self.__qualname__} at 0x{id(self):x}>"


# pyish functions are of type 'function', as Python's are
Function.__name__ = Function.__qualname__ = "function"
Function.__module__ = "builtins"


def make_function(vm, code, globals_, defaults, kwdefaults, closure):
    return Function(vm, code, globals_, defaults, kwdefaults, closure)


def bind_arguments(func: Function, args: list, kwargs) -> list:
    """Python's argument binding, in CPython's order and with its messages:
    positional arguments, *args, keywords, then the count of positional
    arguments, missing arguments and defaults."""
    code = func.code
    m = code.meta
    name = func.__qualname__
    argcount, kwonly, posonly = m["argcount"], m["kwonly"], m.get("posonly", 0)
    varnames = code.varnames
    locals_ = [UNBOUND] * code.nlocals
    n = len(args)
    locals_[:min(n, argcount)] = args[:argcount]
    pos = argcount + kwonly
    if m["varargs"]:
        locals_[pos] = tuple(args[argcount:])
        pos += 1
    extra_kw = None
    if m["varkw"]:
        extra_kw = locals_[pos] = {}
    if kwargs:
        index = {nm: i for i, nm in enumerate(varnames[:argcount + kwonly])}
        wrongly_posonly = []
        for k, v in kwargs.items():
            if type(k) is not str:
                raise TypeError("keywords must be strings")
            i = index.get(k)
            if i is None or i < posonly:
                if extra_kw is None:
                    if i is not None:
                        wrongly_posonly.append(k)
                        continue
                    raise TypeError(f"{name}() got an unexpected keyword argument '{k}'")
                extra_kw[k] = v
                continue
            if locals_[i] is not UNBOUND:
                raise TypeError(f"{name}() got multiple values for argument '{k}'")
            locals_[i] = v
        if wrongly_posonly:
            raise TypeError(f"{name}() got some positional-only arguments passed as keyword "
                            f"arguments: '{', '.join(wrongly_posonly)}'")
    if n > argcount and not m["varargs"]:
        given_kw = sum(1 for i in range(argcount, argcount + kwonly) if locals_[i] is not UNBOUND)
        ndef = len(func.defaults)
        if ndef:
            takes = f"from {argcount - ndef} to {argcount} positional arguments"
        else:
            takes = f"{argcount} positional argument{'s' if argcount != 1 else ''}"
        if given_kw:
            raise TypeError(f"{name}() takes {takes} but {n} positional argument"
                            f"{'s' if n != 1 else ''} (and {given_kw} keyword-only argument"
                            f"{'s' if given_kw != 1 else ''}) were given")
        raise TypeError(f"{name}() takes {takes} but {n} {'was' if n == 1 else 'were'} given")
    defaults = func.defaults
    if defaults:
        first = argcount - len(defaults)
        for i in range(max(first, 0), argcount):
            if locals_[i] is UNBOUND:
                locals_[i] = defaults[i - first]
    missing = [varnames[i] for i in range(argcount) if locals_[i] is UNBOUND]
    if missing:
        raise TypeError(f"{name}() missing {len(missing)} required positional argument"
                        f"{'s' if len(missing) > 1 else ''}: {_quote_list(missing)}")
    if kwonly:
        for i in range(argcount, argcount + kwonly):
            if locals_[i] is UNBOUND:
                nm = varnames[i]
                if nm in func.kwdefaults:
                    locals_[i] = func.kwdefaults[nm]
        missing = [varnames[i] for i in range(argcount, argcount + kwonly)
                   if locals_[i] is UNBOUND]
        if missing:
            raise TypeError(f"{name}() missing {len(missing)} required keyword-only argument"
                            f"{'s' if len(missing) > 1 else ''}: {_quote_list(missing)}")
    return locals_


def _quote_list(names):
    q = [f"'{n}'" for n in names]
    if len(q) == 1:
        return q[0]
    if len(q) == 2:
        return f"{q[0]} and {q[1]}"
    return ", ".join(q[:-1]) + f", and {q[-1]}"


def call_with_keywords(func, args, kwnames):
    nkw = len(kwnames)
    pos = args[:len(args) - nkw]
    kwargs = dict(zip(kwnames, args[len(args) - nkw:]))
    if type(func) is Function:
        return func.call_with(pos, kwargs)
    return func(*pos, **kwargs)


def call_function_ex(func, arg_parts, kw_parts):
    """A call with *args or **kwargs: the compiler passes the positional and
    keyword arguments as parts (see Unit.parts) for us to merge, with
    CPython's checks."""
    args = []
    for part in arg_parts:
        extend_display(args, part, lambda: f"{_function_str(func)} argument")
    kwargs = {}
    for part in kw_parts or ():
        if not (hasattr(part, "keys") and hasattr(part, "__getitem__")):
            raise TypeError(f"{_function_str(func)} argument after ** must be a mapping, "
                            f"not {type(part).__name__}")
        for key in part.keys():
            if type(key) is not str:
                raise TypeError("keywords must be strings")
            if key in kwargs:
                raise TypeError(f"{_function_str(func)} got multiple values for keyword "
                                f"argument '{key}'")
            kwargs[key] = part[key]
    if type(func) is Function:
        return func.call_with(args, kwargs)
    return func(*args, **kwargs)


FRAME_BUILTINS = {"globals": 0, "locals": 1, "vars": 1, "dir": 2}


def frame_names(frame, which):
    """globals(), locals() / vars(), dir(): the calling guest frame's names
    (the host's builtins would show the i-op's own frame)."""
    if which == 0:
        return frame.globals
    if isinstance(frame.locals, dict):                 # a class body
        names = frame.locals
    elif frame.code.name == "<module>":
        names = frame.globals
    else:
        code = frame.code
        names = {n: v for n, v in zip(code.varnames, frame.locals)
                 if v is not UNBOUND and not n.startswith(".")}
        for n, cell in zip(code.cellnames, frame.cells):
            if cell.cell_contents is not UNBOUND:
                names[n] = cell.cell_contents
    return sorted(names) if which == 2 else names


_MOVE_COST, _CASE_COST, _MAX_STRING = 2, 1, 40


def _substitution_cost(a, b):
    if (ord(a) & 31) != (ord(b) & 31):
        return _MOVE_COST
    if a == b:
        return 0
    return _CASE_COST if a.lower() == b.lower() else _MOVE_COST


def _levenshtein(a, b, max_cost):
    """CPython's bounded edit distance for suggestions (Python/suggestions.c)."""
    if a == b:
        return 0
    while a and b and a[0] == b[0]:
        a, b = a[1:], b[1:]
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    if not a or not b:
        return (len(a) + len(b)) * _MOVE_COST
    if len(a) > _MAX_STRING or len(b) > _MAX_STRING:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * _MOVE_COST > max_cost:
        return max_cost + 1
    row = [(i + 1) * _MOVE_COST for i in range(len(a))]
    result = 0
    for bi, code in enumerate(b):
        distance = result = bi * _MOVE_COST
        minimum = sys.maxsize
        for ai, ca in enumerate(a):
            substitute = distance + _substitution_cost(code, ca)
            distance = row[ai]
            result = min(min(result, distance) + _MOVE_COST, substitute)
            row[ai] = result
            minimum = min(minimum, result)
        if minimum > max_cost:
            return max_cost + 1
    return result


def suggest(name, *candidate_lists):
    """CPython 3.11's 'Did you mean' choice: the first list (locals, globals,
    builtins for a NameError; dir(obj) for an AttributeError) that has a
    candidate within the distance bound, and its closest candidate."""
    for candidates in candidate_lists:
        if len(candidates) >= 750:
            continue
        best, best_distance = None, sys.maxsize
        for candidate in candidates:
            if candidate == name or not isinstance(candidate, str):
                continue
            bound = min((len(name) + len(candidate) + 3) * _MOVE_COST // 6, best_distance - 1)
            d = _levenshtein(name, candidate, bound)
            if d > bound:
                continue
            if best is None or d < best_distance:
                best, best_distance = candidate, d
        if best is not None:
            return best
    return None


def extend_display(items: list, iterable, what=lambda: "Value"):
    """`[*x]`, `f(*x)`: extend, with CPython's message for a non-iterable
    (`what()` names what the iterable is for)."""
    try:
        items.extend(iterable)
    except TypeError:
        if hasattr(iterable, "__iter__") or hasattr(iterable, "__getitem__"):
            raise
        raise TypeError(f"{what()} after * must be an iterable, not "
                        f"{type(iterable).__name__}") from None


def update_display(mapping: dict, other):
    """`{**m}`: only mappings, as in CPython."""
    if not (hasattr(other, "keys") and hasattr(other, "__getitem__")):
        raise TypeError(f"'{type(other).__name__}' object is not a mapping")
    mapping.update(other)


def _function_str(func):
    """How CPython names a callable in call errors: `module.qualname()`."""
    if type(func) is Function:
        return f"{func.globals.get('__name__', '?')}.{func.__qualname__}()"
    qualname = getattr(func, "__qualname__", None)
    if qualname is None:
        return f"{type(func).__name__} object"
    module = getattr(func, "__module__", None)
    if module in (None, "builtins"):
        return f"{qualname}()"
    return f"{module}.{qualname}()"


# -- errors ------------------------------------------------------------------------

def unbound_local(code: CodeObject, index: int):
    name = code.varnames[index]
    return UnboundLocalError(f"cannot access local variable '{name}' where it is not "
                             f"associated with a value")


def unbound_free(code: CodeObject, index: int):
    name = code.cellnames[index]
    if index < code.ncells - code.nfree:           # a cell of this very frame
        return UnboundLocalError(f"cannot access local variable '{name}' where it is not "
                                 f"associated with a value")
    return NameError(f"cannot access free variable '{name}' where it is not associated with "
                     f"a value in enclosing scope")


def delete_global(globals_, name):
    try:
        del globals_[name]
    except KeyError:
        raise NameError(f"name '{name}' is not defined") from None


def delete_name(namespace, name):
    try:
        del namespace[name]
    except KeyError:
        raise NameError(f"name '{name}' is not defined") from None


# -- classes ---------------------------------------------------------------------------

def build_class(vm, body: Function, name, bases, keywords):
    """Run a class body in a fresh namespace and make the class, as
    `__build_class__` does.  Guest classes are host classes, so the host's
    operators, attribute lookup and method resolution order honour their
    special methods."""
    keywords = dict(keywords) if keywords else {}
    bases = tuple(bases)
    meta = keywords.pop("metaclass", None)
    if meta is None or isinstance(meta, type):
        winner = meta if meta is not None else type
        for b in bases:
            mb = type(b)
            if issubclass(mb, winner):
                winner = mb
            elif not issubclass(winner, mb):
                raise TypeError("metaclass conflict: the metaclass of a derived class must be "
                                "a (non-strict) subclass of the metaclasses of all its bases")
        meta = winner
    prepare = getattr(meta, "__prepare__", None)
    namespace = prepare(name, bases, **keywords) if prepare is not None else {}
    code = body.code
    frame = vm.frame(code, namespace, body._cells(()) if body.ncells else (), body.globals)
    class_cell = vm.call(frame)
    if isinstance(class_cell, types.CellType):
        namespace["__classcell__"] = class_cell   # type.__new__ fills it, as in CPython
    # what type.__new__ does for Python functions, done for pyish ones
    if type(namespace.get("__new__")) is Function:
        namespace["__new__"] = staticmethod(namespace["__new__"])
    for implicit in ("__init_subclass__", "__class_getitem__"):
        if type(namespace.get(implicit)) is Function:
            namespace[implicit] = classmethod(namespace[implicit])
    cls = meta(name, bases, namespace, **keywords)
    vm.table.admit(cls)               # its instances are guest values
    return cls


# -- exceptions ------------------------------------------------------------------------

def make_exception(exc):
    if isinstance(exc, type) and issubclass(exc, BaseException):
        return exc()
    if isinstance(exc, BaseException):
        return exc
    raise TypeError("exceptions must derive from BaseException")


def raise_active(vm):
    """A bare `raise` outside an except clause of its own function: the
    exception being handled further up, if any (as in CPython)."""
    if vm.runtime.handling:
        raise vm.runtime.handling[-1]
    raise RuntimeError("No active exception to reraise")


def exc_info(vm):
    if vm.runtime.handling:
        exc = vm.runtime.handling[-1]
        return type(exc), exc, exc.__traceback__
    return None, None, None


def chain_context(exc, context):
    """Implicit chaining: an exception raised while `context` was being
    handled gets it as __context__ (without making a cycle, as CPython)."""
    if exc is context or exc.__context__ is not None:
        return
    o = context
    while o is not None:
        if o.__context__ is exc:
            o.__context__ = None
            break
        o = o.__context__
    exc.__context__ = context


def exc_matches(exc, kind):
    kinds = kind if isinstance(kind, tuple) else (kind,)
    for k in kinds:
        if not (isinstance(k, type) and issubclass(k, BaseException)):
            raise TypeError("catching classes that do not inherit from BaseException is not "
                            "allowed")
    return isinstance(exc, kind)


def before_with(manager):
    cls = type(manager)
    enter = getattr(cls, "__enter__", None)
    exit_ = getattr(cls, "__exit__", None)
    if enter is None or exit_ is None:
        missed = "" if enter is None else " (missed __exit__ method)"
        raise TypeError(f"'{cls.__name__}' object does not support the context manager "
                        f"protocol{missed}")
    return types.MethodType(exit_, manager), enter(manager)


def with_except(exit_, exc):
    try:
        return bool(exit_(type(exc), exc, exc.__traceback__))
    except BaseException as raised:          # raised while handling exc
        chain_context(raised, exc)
        raise


# -- unpacking and formatting -----------------------------------------------------

def unpack_sequence(seq, count):
    """The items of `seq`, last first (so the first is on top of the stack)."""
    if type(seq) is tuple or type(seq) is list:
        if len(seq) == count:
            return seq[::-1]
        if len(seq) > count:
            raise ValueError(f"too many values to unpack (expected {count})")
        raise ValueError(f"not enough values to unpack (expected {count}, got {len(seq)})")
    items = []
    try:
        it = iter(seq)
    except TypeError:
        raise TypeError(f"cannot unpack non-iterable {type(seq).__name__} object") from None
    for x in it:
        items.append(x)
        if len(items) > count:
            raise ValueError(f"too many values to unpack (expected {count})")
    if len(items) < count:
        raise ValueError(f"not enough values to unpack (expected {count}, got {len(items)})")
    items.reverse()
    return items


def unpack_ex(seq, before, after):
    try:
        items = list(seq)
    except TypeError:
        if hasattr(seq, "__iter__"):
            raise
        raise TypeError(f"cannot unpack non-iterable {type(seq).__name__} object") from None
    if len(items) < before + after:
        raise ValueError(f"not enough values to unpack (expected at least {before + after}, "
                         f"got {len(items)})")
    middle = items[before:len(items) - after]
    out = items[:before] + [middle] + items[len(items) - after:]
    out.reverse()
    return out


CONVERSIONS = {0: None, 1: str, 2: repr, 3: ascii}


def format_value(value, conversion, spec):
    conv = CONVERSIONS[conversion]
    if conv is not None:
        value = conv(value)
    return format(value, spec)


INPLACE_OPS = (operator.iadd, operator.isub, operator.imul, operator.itruediv,
               operator.ifloordiv, operator.imod, operator.ipow, operator.ilshift,
               operator.irshift, operator.iand, operator.ior, operator.ixor, operator.imatmul)
INPLACE_INDEX = {"Add": 0, "Sub": 1, "Mult": 2, "Div": 3, "FloorDiv": 4, "Mod": 5, "Pow": 6,
                 "LShift": 7, "RShift": 8, "BitAnd": 9, "BitOr": 10, "BitXor": 11,
                 "MatMult": 12}


# -- modules and builtins -------------------------------------------------------------

class Module:
    """A pyish module: its attributes are its global namespace, so a change
    made from outside (`mod.x = 1`) is what the module's functions see."""


    def __init__(self, name, globals_):
        self.__dict__ = globals_

    def __getattr__(self, attr):          # only called when the lookup missed
        raise AttributeError(f"module '{self.__dict__['__name__']}' has no attribute '{attr}'",
                             name=attr, obj=self)

    def __repr__(self):
        d = self.__dict__
        where = f" from '{d['__file__']}'" if d.get("__file__") else " (built-in)"
        return f"<module '{d['__name__']}'{where}>"


Module.__name__ = Module.__qualname__ = "module"     # named as the host's module type is


def _sys_module(vm, argv):
    m = types.ModuleType("sys")

    def setrecursionlimit(limit):
        if not isinstance(limit, int):
            raise TypeError("'" + type(limit).__name__ + "' object cannot be interpreted as "
                            "an integer")
        if limit < 1:
            raise ValueError("recursion limit must be greater or equal than 1")
        vm.set_recursion_limit(limit)

    m.setrecursionlimit = setrecursionlimit
    m.getrecursionlimit = lambda: vm.recursion_limit
    m.argv = list(argv)
    for name in ("maxsize", "maxunicode", "version", "version_info", "hexversion", "platform",
                 "byteorder", "float_info", "int_info", "hash_info", "implementation",
                 "float_repr_style", "flags", "intern", "getsizeof", "getdefaultencoding",
                 "get_int_max_str_digits", "set_int_max_str_digits"):
        setattr(m, name, getattr(sys, name))
    m.stdout, m.stderr, m.stdin = sys.stdout, sys.stderr, sys.stdin
    m.__stdout__, m.__stderr__, m.__stdin__ = sys.stdout, sys.stderr, sys.stdin
    m.path = list(vm.runtime.path) if vm.runtime is not None else []
    m.exit = sys.exit
    m.exc_info = lambda: exc_info(vm)
    m.exception = lambda: exc_info(vm)[1]
    m.modules = vm.runtime.modules if vm.runtime is not None else {}
    return m


def _io_module():
    """io without files: pyish programs have no file system."""
    m = types.ModuleType("io")
    for name in ("StringIO", "BytesIO", "TextIOBase", "IOBase", "SEEK_SET", "SEEK_CUR",
                 "SEEK_END", "UnsupportedOperation"):
        setattr(m, name, getattr(io, name))
    return m


#: host modules pyish exposes as its own built-in modules (results equal
#: CPython's, since they are CPython's)
HOST_MODULES = {m.__name__: m for m in (math, time, random, itertools, functools, collections,
                                        operator, array, string, heapq, bisect, copy)}


class RuntimeState:
    """Per-program state of a pyish run (the VM's `runtime`): the modules
    imported so far and where sibling modules are found."""

    def __init__(self, vm, argv, path):
        self.modules = {}
        self.path = path                      # folders searched for NAME.py
        self.handling = []                    # exceptions being handled, innermost last
        vm.runtime = self
        self.modules["sys"] = _sys_module(vm, argv)
        self.modules["io"] = _io_module()


def import_module(vm, name):
    state = vm.runtime
    module = state.modules.get(name)
    if module is not None:
        return module
    host = HOST_MODULES.get(name)
    if host is not None:
        state.modules[name] = host
        return host
    return load_source_module(vm, name)


def load_source_module(vm, name):
    """Compile NAME.py from the program's folder to pyish bytecode and run it
    as a module (registered first, so circular imports see it)."""
    import os

    from .compiler import compile_source
    state = vm.runtime
    for folder in state.path:
        path = os.path.join(folder, *name.split(".")) + ".py"
        if os.path.isfile(path):
            break
    else:
        raise ModuleNotFoundError(f"No module named '{name}'")
    with open(path, encoding="utf-8") as f:
        code = compile_source(f.read(), path)
    globals_ = module_globals(name, path)
    module = state.modules[name] = Module(name, globals_)
    try:
        vm.execute(vm.frame(code, [UNBOUND] * code.nlocals, (), globals_))
    except BaseException:
        del state.modules[name]
        raise
    return module


def import_star(module, namespace):
    """`from module import *`: its __all__, or its public names."""
    names = getattr(module, "__all__", None)
    if names is None:
        names = [n for n in vars(module) if not n.startswith("_")]
    for n in names:
        namespace[n] = getattr(module, n)


def import_from(module, name):
    try:
        return getattr(module, name)
    except AttributeError:
        path = getattr(module, "__file__", None)
        where = f" ({path})" if path else " (unknown location)"
        raise ImportError(f"cannot import name '{name}' from '{module.__name__}'{where}",
                          name=module.__name__, path=path) from None


_EXCLUDED = {"open", "exec", "eval", "compile", "__import__", "breakpoint", "input",
             "globals", "locals", "help", "exit", "quit", "copyright", "credits",
             "license", "__build_class__", "__loader__", "__spec__", "__package__", "memoryview"}

#: the names pyish programs see as built-ins: the host's, less those that
#: would reach past the guest (files, exec, the host's import system)
BUILTINS = {k: v for k, v in vars(_host_builtins).items()
            if k not in _EXCLUDED and not k.startswith("_")}
BUILTINS["__debug__"] = True


def _exit(code=None):
    raise SystemExit(code)


BUILTINS["exit"] = BUILTINS["quit"] = _exit
#: what `__builtins__` is in a pyish module: the guest's built-ins only
BUILTINS_MODULE = types.ModuleType("builtins")
BUILTINS_MODULE.__dict__.update(BUILTINS)


def module_globals(name, path):
    """A fresh module namespace with the names CPython gives one."""
    g = Globals(__name__=name, __doc__=None, __package__=None if name == "__main__" else "",
                __loader__=None, __spec__=None, __file__=path, __cached__=None,
                __builtins__=BUILTINS_MODULE)
    if name == "__main__":
        g["__annotations__"] = {}
    return g


class Globals(dict):
    """A module namespace: a miss falls back to the built-ins (so LOAD_GLOBAL
    is one subscript) and then raises the guest's NameError."""

    __slots__ = ()

    def __missing__(self, name):
        try:
            return BUILTINS[name]
        except KeyError:
            error = NameError(f"name '{name}' is not defined", name=name)
            error.pyish_names = (list(self), list(BUILTINS))   # for 'Did you mean'
            raise error from None


def _host_module_types():
    """The classes the exposed host modules define, and the iterators their
    objects make: values a pyish program can hold."""
    found = []
    for mod in (itertools, functools, collections, operator, random, array, string, heapq,
                bisect, io):
        found += [v for v in vars(mod).values() if isinstance(v, type)]
    d = collections.deque([1])
    od = collections.OrderedDict(a=1)
    samples = [iter(d), reversed(d), iter(array.array("i")), od.keys(), od.values(),
               od.items(), iter(od), reversed(od), next(itertools.groupby([1]))[1],
               itertools.tee([1])[0], functools.partial(int), operator.itemgetter(0)]
    found += [type(x) for x in samples]
    return tuple(dict.fromkeys(found))


def _internal_types():
    from hostvm.engines.base import Engine
    from hostvm.interp import Interpreter
    from hostvm.iop import TAKEN
    from hostvm.vm import VM
    return (_Unbound, type(TAKEN), Interpreter, VM, Engine)


#: the VM's own objects: never guest values, whatever the checked stack is asked
INTERNAL_TYPES = _internal_types()

#: everything the checked stack admits: every type a pyish program can
#: produce.  Most frequent first, since isinstance tests them in order.
VALUE_TYPES = (
    int, float, str, list, tuple, type(None), dict, set, Function, complex, frozenset,
    range, slice, bytes, bytearray, types.CellType, type, types.BuiltinFunctionType,
    types.MethodType, types.ModuleType, types.GeneratorType, types.MethodDescriptorType,
    types.WrapperDescriptorType, types.MethodWrapperType, types.ClassMethodDescriptorType,
    types.GetSetDescriptorType, types.MemberDescriptorType, BaseException, map, filter, zip,
    enumerate, reversed, type(iter([])), type(iter(())), type(iter(range(0))),
    type(iter("")), type(iter(set())), type(iter({})), type(iter({}.values())),
    type(iter({}.items())), type(reversed([])), type({}.keys()), type({}.values()),
    type({}.items()), type(iter(range(1 << 70))), type(iter(bytearray())),
    type(iter(b"")), memoryview, property, staticmethod, classmethod, super,
    type(NotImplemented), type(Ellipsis), types.SimpleNamespace, CodeObject, io.IOBase, types.FunctionType,
    type(reversed({})), type(reversed({}.values())), type(reversed({}.items())),
    type(iter("\u00e9")), type(iter(int, 1)), types.GenericAlias, types.MappingProxyType,
    type(time.localtime()), type(sys.float_info), type(sys.version_info), type(sys.int_info),
    Module,
) + _host_module_types()
