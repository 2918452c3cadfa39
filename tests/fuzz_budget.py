"""The step budget the verifier fuzzers (test_fuzz_*.py) run mutants under.

A mutant may loop for ever; a trace function counts the host lines of its
run and, once the budget is spent, raises at every line, so the run unwinds
even through the guest's own handlers (a Ruby `rescue Exception`, a
JavaScript `catch`, both of which turn a host exception into a guest
error).  CPython drops a trace function that raises, so `Budget` also sets
a profile function that puts the trace back; and however the run then ends,
its outcome is "budget", since where a budget runs out differs from engine
to engine.
"""
import os
import sys
import sysconfig

from hostvm import StackCheckError
from hostvm.vm import run_with_big_stack

STDLIB = os.path.join(sysconfig.get_paths()["stdlib"], "")
SITE = os.path.join(sysconfig.get_paths()["purelib"], "")


def in_stdlib(code):
    return code.co_filename.startswith(STDLIB) and not code.co_filename.startswith(SITE)


class BudgetSpent(BaseException):
    """A mutant ran too long (not an error of the mutant or of hostvm)."""


class Budget:
    """A step budget on one run, in the thread that runs it: a trace function
    counting the host lines run under `GUEST.run_main` (not the caller's:
    `outside` is the frame the trace was set in).

    Once spent, it raises at every line.  CPython unsets a trace function that
    raises, and a guest `rescue` may catch the error (rbish makes any host
    exception a Ruby TypeError), so spending the budget also sets a profile
    function that sets the trace again, on every frame of the run as `bdb`
    does, at the next call or return: the run cannot go on for long.  And
    however the run then ends, its outcome is "budget" (`spent`): where a
    budget runs out differs from engine to engine."""

    def __init__(self, limit, outside):
        self.left = limit
        self.outside = outside
        self.spent = False
        self.stack_checks = []

    def trace(self, frame, event, arg):
        if event == "call":
            # not the standard library's lines: a weakref callback the garbage
            # collector runs during the unwinding could only report the error
            return None if in_stdlib(frame.f_code) else self.trace
        if event == "exception" and issubclass(arg[0], StackCheckError):
            self.stack_checks.append(str(arg[1]))          # even if the guest rescues it
        self.left -= 1
        if self.left < 0:
            self.spent = True
            sys.setprofile(self.rearm)
            raise BudgetSpent
        return self.trace

    def rearm(self, frame, event, arg):
        if sys.gettrace() is None:
            sys.settrace(self.trace)
            # the frames entered since the trace was unset, and the one it
            # raised in: its callers kept theirs
            while frame is not None and frame is not self.outside:
                if frame.f_trace is not None:
                    break
                if not in_stdlib(frame.f_code):
                    frame.f_trace = self.trace
                frame = frame.f_back


def run_budgeted(fn, limit):
    """Run fn() as hostvm runs a guest program (on run_with_big_stack's
    thread) under a budget of `limit` traced lines (no budget if None).
    Returns (the Budget or None, the exception fn ended with or None)."""
    budgets = []

    def run():
        b = Budget(limit, sys._getframe()) if limit else None
        if b:
            sys.settrace(b.trace)
        try:
            fn()
        finally:
            # (this frame is never traced; the profile function goes first,
            # or setting the trace would call it, and it would set it again)
            sys.setprofile(None)
            sys.settrace(None)
            budgets.append(b)
    try:
        run_with_big_stack(run)
    except BaseException as e:      # noqa: BLE001 - the run's outcome, for the caller
        return (budgets[0] if budgets else None), e
    return budgets[0], None
