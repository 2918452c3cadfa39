"""Throwing and catching JavaScript values through host exceptions.

A JavaScript `throw v` is the host exception `JSThrow(v)`, so every engine's
exception table catches guest throws with no special case.  Errors the
runtime detects (a property read of null, calling a non-function) are thrown
as the JavaScript error objects a program can catch: `throw("TypeError", m)`.
Host failures that are the guest's fault become guest errors where they are
caught: RecursionError is node's RangeError.
"""
from __future__ import annotations

from .values import REALM, GeneratorReturn, JSObject


class JSThrow(Exception):
    """A thrown JavaScript value, in flight."""

    def __init__(self, value):
        Exception.__init__(self)
        self.value = value

    def __str__(self):
        from .operators import safe_to_string
        return safe_to_string(self.value)


def make_error(kind: str, message: str):
    """A new error object of the realm's `kind` (Error, TypeError, ...)."""
    proto = REALM.protos[kind]
    err = JSObject(proto)
    if message is not None:
        err.define_hidden("message", message)
    err.define_hidden("stack", f"{kind}: {message}" if message else kind)
    return err


def throw(kind: str, message: str):
    raise JSThrow(make_error(kind, message))


def thrown_value(exc: BaseException):
    """The JavaScript value a catch clause binds for a host exception."""
    if type(exc) is JSThrow:
        return exc.value
    if isinstance(exc, (GeneratorReturn, GeneratorExit)):
        raise exc                   # leaving a generator: only finally clauses run
    if isinstance(exc, RecursionError):
        return make_error("RangeError", "Maximum call stack size exceeded")
    if isinstance(exc, MemoryError):
        return make_error("RangeError", "Out of memory")
    # a host error in the runtime is a bug of jsish, but a program that
    # catches everything gets a JavaScript value, not a crash
    return make_error("Error", f"internal error: {type(exc).__name__}: {exc}")
