"""What every engine provides.  An engine is built once per VM from the code
table and the stack kind; adding a technique is adding a module here and a
line to `ENGINES` (hostvm/engines/__init__.py)."""
from __future__ import annotations


class Engine:
    name = ""

    def __init__(self, vm, table, stack):
        self.vm = vm
        self.table = table
        self.stack = stack

    def run(self, frame):
        """Run a frame of an ordinary code object to its return value."""
        raise NotImplementedError

    def entry(self, code):
        """The callable that runs frames of `code` (made at load time: the
        direct-threaded code array, the threaded code).  The VM caches it on
        the code object, so a call needs no lookup in the engine."""
        code.entry = (self, self.run)
        return self.run

    def run_generator(self, frame):
        """Return a host generator that runs a frame of a generator code
        object: it yields what the guest yields, and a value sent to it is
        what the guest's yield evaluates to."""
        raise NotImplementedError

    def describe(self, code) -> str:
        """What this engine runs for `code`, for `hostvm dis`."""
        return ""
