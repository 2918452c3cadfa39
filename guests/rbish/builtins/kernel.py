"""Kernel: output (puts, print, p), raise, loop, catch/throw, lambda and
proc, the conversion functions (Integer(), Float(), ...), random numbers,
exit, and object_id."""
from __future__ import annotations

import random
import sys
import time

from .. import objects
from ..objects import (RObject, RString, RHash, RRange, RClass, RProc, ThrowSignal,
                       RubyError, builtin, on_new_realm, send, rb_error, real_class, responds_to,
                       new_exception)
from ..calls import KwArgs
from .format import to_s, inspect as rb_inspect, sprintf
from .numeric import to_integer, to_float


# -- output ---------------------------------------------------------------------------------
@builtin("Kernel", "puts")
def k_puts(self, *args):
    if not args:
        sys.stdout.write("\n")
        return None
    lines = []
    for a in args:
        _puts_lines(a, lines, set())
    sys.stdout.write("".join(lines))
    return None


def _puts_lines(v, lines, active):
    """puts's lines for v: an Array's elements one per line (recursively;
    an empty Array prints nothing), anything else's to_s, each ended by a
    newline unless it has one."""
    if type(v) is list:
        if id(v) in active:
            lines.append("[...]\n")
            return
        active.add(id(v))
        for x in v:
            _puts_lines(x, lines, active)
        active.discard(id(v))
        return
    s = to_s(v)
    lines.append(s if s.endswith("\n") else s + "\n")


@builtin("Kernel", "print")
def k_print(self, *args):
    sys.stdout.write("".join([to_s(a) for a in args]))
    return None


@builtin("Kernel", "p")
def k_p(self, *args):
    if args:
        sys.stdout.write("".join([rb_inspect(a) + "\n" for a in args]))
    if not args:
        return None
    return args[0] if len(args) == 1 else list(args)


# pp pretty-prints across lines only past 80 columns; one line is what short values show
builtin("Kernel", "pp")(k_p)


@builtin("Kernel", "warn")
def k_warn(self, *args):
    """The messages, as puts would print them, on standard error (uplevel:
    and category: are accepted and ignored)."""
    if args and type(args[-1]) is KwArgs:
        args = args[:-1]
    lines = []
    for a in args:
        _puts_lines(a, lines, set())
    if lines:
        sys.stdout.flush()
        sys.stderr.write("".join(lines))
    return None


# -- $stderr: an IO whose output goes to the host's standard error -----------------------
def _stderr_write(io, *args):
    text = "".join(to_s(a) for a in args)
    sys.stdout.flush()
    sys.stderr.write(text)
    return len(text.encode())


def _stderr_puts(io, *args):
    lines = []
    for a in args:
        _puts_lines(a, lines, set())
    _stderr_write(io, RString("".join(lines) if args else "\n"))
    return None


def _stderr_print(io, *args):
    _stderr_write(io, *args)
    return None


def _stderr_printf(io, fmt=None, *args):
    if fmt is not None:
        _stderr_write(io, RString(sprintf(to_s(fmt), list(args))))
    return None


def _stderr_append(io, value):
    _stderr_write(io, value)
    return io


def _stderr_flush(io):
    sys.stderr.flush()
    return io


def _stderr_inspect(io):
    return RString("#<IO:<STDERR>>")


_STDERR_METHODS = {"write": _stderr_write, "puts": _stderr_puts, "print": _stderr_print,
                   "printf": _stderr_printf, "<<": _stderr_append, "flush": _stderr_flush,
                   "inspect": _stderr_inspect}


@on_new_realm
def _stderr_object(realm):
    """STDERR and $stderr: an IO with its own (singleton) output methods."""
    from .object import singleton_class_of
    err = RObject(realm.IO)
    cls = singleton_class_of(err)
    for name, fn in _STDERR_METHODS.items():
        cls.methods[name] = objects._owned(objects.Builtin(fn, name, False), cls)
    realm.Object.consts["STDERR"] = err
    realm.gvars["$stderr"] = err


@builtin("Kernel", "format", "sprintf")
def k_format(self, fmt, *args):
    return RString(sprintf(to_s(fmt), list(args)))


@builtin("Kernel", "printf")
def k_printf(self, fmt=None, *args):
    if fmt is not None:
        sys.stdout.write(sprintf(to_s(fmt), list(args)))
    return None


@builtin("Kernel", "gets")
def k_gets(self, *args):
    line = sys.stdin.readline()
    value = RString(line) if line else None
    objects.R.gvars["$_"] = value
    return value


# -- exceptions -----------------------------------------------------------------------------
@builtin("Kernel", "raise", "fail")
def k_raise(self, *args):
    cause = objects.UNDEFINED
    if args and type(args[-1]) is KwArgs:
        cause = args[-1].get("cause", objects.UNDEFINED)
        args = args[:-1]
    if not args:
        errinfo = objects.R.errinfo
        if errinfo:
            from ..runtime import RAISED_AS
            raise errinfo[-1].ivars.get(RAISED_AS) or RubyError(errinfo[-1])
        # CRuby's message is empty; the top level reports it as "unhandled exception"
        raise rb_error("RuntimeError", "")
    first = args[0]
    if type(first) is RString:
        if len(args) > 1:
            raise rb_error("TypeError", "exception class/object expected")
        exc = new_exception(objects.R.RuntimeError, RString(first.s))
    elif (type(first) is RClass or type(first) is RObject) and responds_to(first, "exception"):
        exc = send(first, "exception", list(args[1:2]))
    else:
        raise rb_error("TypeError", "exception class/object expected")
    if type(exc) is not RObject or not real_class(exc).is_subclass_of(objects.R.Exception):
        raise rb_error("TypeError", "exception object expected")
    if len(args) > 2:
        exc.ivars["backtrace"] = args[2]
    # the cause: the exception being rescued (a raise in a rescue clause), or cause:
    if cause is objects.UNDEFINED:
        errinfo = objects.R.errinfo
        if errinfo and errinfo[-1] is not exc and "cause" not in exc.ivars:
            exc.ivars["cause"] = errinfo[-1]
    elif cause is not exc:
        exc.ivars["cause"] = cause
    raise RubyError(exc)


def is_a(exc, class_name):
    return real_class(exc).is_subclass_of(objects.R.classes[class_name])


@builtin("Kernel", "loop", block=True)
def k_loop(self, blk):
    if blk is None:
        from .enumerable import make_enumerator
        return make_enumerator(self, "loop", [])
    call = blk.call
    try:
        while True:
            call()
    except RubyError as e:
        if is_a(e.exc, "StopIteration"):
            return e.exc.ivars.get("result")
        raise


@builtin("Kernel", "catch", block=True)
def k_catch(self, blk, tag=objects.UNDEFINED):
    if tag is objects.UNDEFINED:
        tag = RObject(objects.R.Object)
    tags = objects.R.catch_tags
    tags.append(tag)
    try:
        return blk.call(tag)
    except ThrowSignal as t:
        if _same_tag(t.tag, tag):
            return t.value
        raise
    finally:
        tags.pop()


def _same_tag(a, b):
    """catch and throw match tags by identity, except that equal numbers and
    symbols are one value in Ruby."""
    return a is b or (type(a) is type(b) and type(a) in (str, int, float) and a == b)


@builtin("Kernel", "throw")
def k_throw(self, tag, value=None):
    if not any(_same_tag(tag, t) for t in objects.R.catch_tags):
        exc = RObject(objects.R.UncaughtThrowError)
        exc.ivars.update({"tag": tag, "value": value,
                          "@message": RString(f"uncaught throw {rb_inspect(tag)}")})
        raise RubyError(exc)
    raise ThrowSignal(tag, value)


# -- blocks as values -----------------------------------------------------------------------
@builtin("Kernel", "lambda", block=True)
def k_lambda(self, blk):
    if blk is None:
        raise rb_error("ArgumentError", "tried to create Proc object without a block")
    if type(blk) is RProc and not blk.is_lambda:
        from ..runtime import make_lambda
        make_lambda(blk)        # a `return` inside leaves the lambda itself
    return blk


@builtin("Kernel", "proc", block=True)
def k_proc(self, blk):
    if blk is None:
        raise rb_error("ArgumentError", "tried to create Proc object without a block")
    return blk


# -- conversion functions -------------------------------------------------------------------
def _exception_option(args):
    """Split a trailing `exception: false` off the arguments."""
    if args and type(args[-1]) is KwArgs:
        return args[:-1], args[-1].get("exception", True) is not False
    return args, True


@builtin("Kernel", "Integer")
def k_integer(self, value, *rest):
    rest, raising = _exception_option(rest)
    base = rest[0] if rest else None
    try:
        if base is not None and type(value) is not RString:
            raise rb_error("ArgumentError", "base specified for non string value")
        return to_integer(value, base)
    except RubyError:
        if raising:
            raise
        return None


@builtin("Kernel", "Float")
def k_float(self, value, *rest):
    rest, raising = _exception_option(rest)
    try:
        return to_float(value)
    except RubyError:
        if raising:
            raise
        return None


@builtin("Kernel", "String")
def k_string(self, value):
    if type(value) is RString:
        return value
    return RString(to_s(value))


@builtin("Kernel", "Array")
def k_array(self, value):
    from ..runtime import splat_array
    return splat_array(value)


@builtin("Kernel", "Hash")
def k_hash(self, value):
    if type(value) is RHash:
        return value
    if value is None or value == []:
        return RHash()
    if type(value) is RObject and responds_to(value, "to_hash"):
        return send(value, "to_hash", [])
    raise rb_error("TypeError", f"can't convert {real_class(value).name} into Hash")


# -- random numbers, time, leaving ----------------------------------------------------------
@builtin("Kernel", "rand")
def k_rand(self, limit=None):
    rng = objects.R.random
    if limit is None or limit == 0:
        return rng.random()
    if type(limit) is float:
        return rng.random() * limit
    if type(limit) is RRange:
        lo, hi = limit.first, limit.last
        if type(lo) is float or type(hi) is float:
            return lo + rng.random() * (hi - lo)
        hi = hi - 1 if limit.exclusive else hi
        return rng.randint(lo, hi) if lo <= hi else None
    return rng.randrange(abs(to_integer(limit)))


@builtin("Kernel", "srand")
def k_srand(self, seed=None):
    realm = objects.R
    previous = realm.random_seed
    realm.random_seed = random.randrange(1 << 64) if seed is None else to_integer(seed)
    realm.random.seed(realm.random_seed)
    return previous


@builtin("Kernel", "sleep")
def k_sleep(self, seconds=None):
    start = time.monotonic()
    if seconds is not None:
        time.sleep(to_float(seconds))
    return round(time.monotonic() - start)


def system_exit(status, message):
    exc = RObject(objects.R.SystemExit)
    exc.ivars.update({"status": status, "@message": RString(message)})
    return RubyError(exc)


def _exit_status(status):
    if status is True:
        return 0
    if status is False:
        return 1
    return to_integer(status)


@builtin("Kernel", "exit", "exit!")
def k_exit(self, status=True):
    raise system_exit(_exit_status(status), "exit")


@builtin("Kernel", "abort")
def k_abort(self, message=None):
    if message is None:
        raise system_exit(1, "exit")
    sys.stderr.write(to_s(message) + "\n")
    raise system_exit(1, to_s(message))


# -- every object ---------------------------------------------------------------------------
@builtin("Kernel", "object_id")
def k_object_id(self):
    t = type(self)
    if t is int:
        return 2 * self + 1     # as CRuby's fixnums
    if self is None:
        return 8
    if self is True:
        return 20
    if self is False:
        return 0
    key = (t, self) if t is str or t is float else id(self)
    ids = objects.R.object_ids
    entry = ids.get(key)
    if entry is None:
        # keep the object alive with its id, so the host never reuses id(self)
        entry = ids[key] = (self, 8 * (len(ids) + 1))
    return entry[1]


@on_new_realm
def _environment(realm):
    """ENV: the host's environment as a Hash of frozen Strings."""
    import os
    env = RHash()
    for k, v in os.environ.items():
        env[RString(k, True)] = RString(v, True)
    realm.Object.consts["ENV"] = env


@on_new_realm
def _kernel_state(realm):
    realm.catch_tags = []       # the tags of the catch blocks running, innermost last
    realm.object_ids = {}
    realm.random_seed = random.randrange(1 << 64)
    realm.random = random.Random(realm.random_seed)
