"""An uncaught Ruby exception as CRuby reports it on stderr:

    prog.rb:3:in `inner': boom (RuntimeError)
    	from prog.rb:7:in `outer'
    	from prog.rb:9:in `<main>'
"""
from __future__ import annotations

from hostvm.traceback import ATTR

from . import objects
from .objects import BreakSignal, ReturnSignal, ThrowSignal, real_class
from .runtime import exception_object


class NativeFrame:
    """A frame of a built-in method in a guest traceback (CRuby shows them:
    `from prog.rb:4:in `each'`), at the line of the Ruby frame that called
    it; or the frame of a Ruby method whose arguments did not bind (CRuby
    reports the wrong count from inside the method, at its `def` line)."""

    __slots__ = ("name", "filename", "line")

    def __init__(self, name, filename=None, line=None):
        self.name, self.filename, self.line = name, filename, line

    def line_of(self, offset):
        return self.line


def note_frame(exc, frame):
    """Add a NativeFrame to the guest traceback of a host exception in flight."""
    try:
        exc.__dict__.setdefault(ATTR, []).append((frame, frame, 0))
    except AttributeError:
        pass

#: a SystemStackError's trace keeps this many frames at each end, as CRuby does
SHOWN_AT_EACH_END = 4


def describe_uncaught(exc, frames):
    ruby_exc = _as_ruby(exc)
    cls = real_class(ruby_exc).name
    message = objects.exception_message(ruby_exc)
    trace = []
    inner = list(reversed(frames))              # innermost first
    for i, (code, offset) in enumerate(inner):
        filename, line = code.filename, code.line_of(offset)
        if filename is None:                    # a built-in: where its caller is
            caller = next(((c, o) for c, o in inner[i + 1:] if c.filename is not None),
                          None)
            filename, line = (caller[0].filename, caller[0].line_of(caller[1])) if caller \
                else ("-e", 1)
        trace.append(f"{filename}:{line}:in `{code.name}'")
    trace = trace or ["-e:1:in `<main>'"]
    if message == "":                       # CRuby names neither message nor class
        first = f"{trace[0]}: unhandled exception"
    else:                                   # the class after the message's first line
        head, _, tail = message.partition("\n")
        first = f"{trace[0]}: {head} ({cls})" + (f"\n{tail}" if tail else "")
    rest = trace[1:]
    if cls == "SystemStackError" and len(rest) > 2 * SHOWN_AT_EACH_END:
        hidden = len(rest) - 2 * SHOWN_AT_EACH_END
        rest = rest[:SHOWN_AT_EACH_END] + [f" ... {hidden} levels..."] + \
            rest[-SHOWN_AT_EACH_END:]
    out = [first] + [("\t" + r) if r.startswith(" ...") else "\tfrom " + r for r in rest]
    return "\n".join(out) + "\n"


def _as_ruby(exc):
    if isinstance(exc, BreakSignal):
        return objects.new_exception(objects.R.LocalJumpError,
                                     objects.RString("break from proc-closure"))
    if isinstance(exc, ReturnSignal):
        return objects.new_exception(objects.R.LocalJumpError,
                                     objects.RString("unexpected return"))
    if isinstance(exc, ThrowSignal):
        from .builtins.format import inspect
        return objects.new_exception(objects.R.UncaughtThrowError,
                                     objects.RString(f"uncaught throw {inspect(exc.tag)}"))
    return exception_object(exc)
