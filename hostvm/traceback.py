"""Guest tracebacks.

As an exception passes through a guest frame (leaving it, or caught by one
of its handlers) the engine records (code object, instruction offset) on the
exception, as CPython's traceback gets an entry per frame; a frame that
re-raises what it caught keeps its first entry.  Each engine knows its
offset in its own way: the switch and direct engines from their `pc`,
threaded code from the host line the exception passed through, mapped back
to the guest instruction the line was generated from (no bookkeeping on the
hot path).  The guest's front end prints the recorded frames in its
language's format.
"""
from __future__ import annotations

ATTR = "_hostvm_guest_tb"


def record_guest_frame(exc: BaseException, frame, offset: int) -> None:
    try:
        tb = exc.__dict__.setdefault(ATTR, [])
    except AttributeError:          # an exception type without a __dict__
        return
    if not tb or tb[-1][0] is not frame:
        tb.append((frame, frame.code, offset))


def record_threaded_frame(exc: BaseException, frame, line_offsets) -> None:
    """Record the frame of threaded code: find this generated function's
    entry in the host traceback and map its line to a guest offset."""
    tb = exc.__traceback__
    offset = 0
    if tb is not None:
        line = tb.tb_lineno
        if 0 < line <= len(line_offsets):
            offset = line_offsets[line - 1]
    record_guest_frame(exc, frame, offset)


def guest_frames(exc: BaseException):
    """The guest frames an exception passed through, outermost first."""
    entries = exc.__dict__.get(ATTR, ()) if hasattr(exc, "__dict__") else ()
    return [(code, offset) for _, code, offset in reversed(entries)]
