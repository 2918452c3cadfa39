"""Exception and its subclasses.

An exception is an RObject of an Exception class; its message is the
instance variable "@message" (objects.new_exception).  What Ruby keeps
hidden (backtrace, StopIteration#result, SystemExit#status...) is stored
under ivar names without "@", which no Ruby code can name.
"""
from __future__ import annotations

from .. import objects
from ..objects import RObject, RString, builtin, send, real_class
from ..calls import KwArgs
from .format import to_s, module_name

#: the hidden ivar holding an exception's backtrace (nil or an Array of Strings)
BACKTRACE = "backtrace"


@builtin("Exception", "exception", singleton=True)
def exception_class_exception(cls, *args):
    return send(cls, "new", list(args))


@builtin("Exception", "initialize", visibility="private")
def exception_initialize(exc, message=None):
    exc.ivars["@message"] = message
    return None


@builtin("Exception", "to_s")
def exception_to_s(exc):
    message = exc.ivars.get("@message")
    if message is None:
        return RString(module_name(real_class(exc)))
    return message if type(message) is RString else RString(to_s(message))


@builtin("Exception", "message")
def exception_message(exc):
    return send(exc, "to_s", [])


def _text(exc):
    return to_s(send(exc, "to_s", []))


@builtin("Exception", "inspect")
def exception_inspect(exc):
    name = module_name(real_class(exc))
    text = _text(exc)
    if not text:
        return RString(name)
    return RString(f"#<{name}: {text}>")


@builtin("Exception", "==")
def exception_eq(exc, other):
    if exc is other:
        return True
    if type(other) is not RObject or real_class(other) is not real_class(exc):
        return False
    return (send(exc, "message", []) == send(other, "message", [])
            and exc.ivars.get(BACKTRACE) == other.ivars.get(BACKTRACE))


@builtin("Exception", "exception")
def exception_exception(exc, message=objects.UNDEFINED):
    """With no argument (or itself) the exception itself, else a copy with
    the new message (what `raise exc, "msg"` raises)."""
    if message is objects.UNDEFINED or message is exc:
        return exc
    copy = RObject(exc.cls)
    copy.ivars.update(exc.ivars)
    copy.ivars["@message"] = message
    return copy


@builtin("Exception", "backtrace")
def exception_backtrace(exc):
    return exc.ivars.get(BACKTRACE)


@builtin("Exception", "set_backtrace")
def exception_set_backtrace(exc, backtrace):
    exc.ivars[BACKTRACE] = backtrace
    return backtrace


@builtin("Exception", "full_message")
def exception_full_message(exc, *options):
    """The report of an uncaught exception (order: :top, no highlighting):
    where it was raised, the message and class, then the rest of the
    backtrace.  Without a backtrace the place is the program's name."""
    name = module_name(real_class(exc))
    text = _text(exc)
    if text:
        first, newline, rest = text.partition("\n")
        report = f"{first} ({name}){newline}{rest}"
    else:
        report = "unhandled exception"
    backtrace = exc.ivars.get(BACKTRACE)
    if type(backtrace) is list and backtrace:
        where = to_s(backtrace[0])
        report += "".join(f"\n\tfrom {to_s(line)}" for line in backtrace[1:])
    else:
        where = to_s(objects.R.gvars.get("$0"))
    return RString(f"{where}: {report}\n")


@builtin("Exception", "cause")
def exception_cause(exc):
    return exc.ivars.get("cause")


# -- subclasses with more state --------------------------------------------------------------
@builtin("NameError", "initialize", visibility="private")
def name_error_initialize(exc, message=None, name=None, *rest):
    exc.ivars["@message"] = message
    exc.ivars["name"] = name
    return None


@builtin("NameError", "name")
def name_error_name(exc):
    return exc.ivars.get("name")


@builtin("NoMethodError", "args")
def no_method_error_args(exc):
    return exc.ivars.get("args", [])


@builtin("KeyError", "initialize", visibility="private")
def key_error_initialize(exc, message=None, kw=None):
    if type(message) is KwArgs:
        message, kw = None, message
    exc.ivars["@message"] = message
    if kw is not None:
        exc.ivars["key"] = kw.get("key")
        exc.ivars["receiver"] = kw.get("receiver")
    return None


@builtin("KeyError", "key")
def key_error_key(exc):
    return exc.ivars.get("key")


@builtin("KeyError", "receiver")
def key_error_receiver(exc):
    return exc.ivars.get("receiver")


@builtin("StopIteration", "result")
def stop_iteration_result(exc):
    return exc.ivars.get("result")


@builtin("SystemExit", "initialize", visibility="private")
def system_exit_initialize(exc, status=0, message=None):
    """SystemExit.new(status = 0, message), or SystemExit.new(message)."""
    if type(status) is RString:
        status, message = 0, status
    elif status is True or status is False:
        status = 0 if status else 1
    exc.ivars["status"] = status
    exc.ivars["@message"] = message
    return None


@builtin("SystemExit", "status")
def system_exit_status(exc):
    return exc.ivars.get("status", 0)


@builtin("SystemExit", "success?")
def system_exit_success(exc):
    return exc.ivars.get("status", 0) == 0


@builtin("UncaughtThrowError", "initialize", visibility="private")
def uncaught_throw_initialize(exc, tag, value=None, message=None):
    from .format import inspect as rb_inspect
    exc.ivars["tag"] = tag
    exc.ivars["value"] = value
    exc.ivars["@message"] = message if message is not None else RString(
        f"uncaught throw {rb_inspect(tag)}")
    return None


@builtin("UncaughtThrowError", "tag")
def uncaught_throw_tag(exc):
    return exc.ivars.get("tag")


@builtin("UncaughtThrowError", "value")
def uncaught_throw_value(exc):
    return exc.ivars.get("value")
