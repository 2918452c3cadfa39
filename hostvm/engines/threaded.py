"""The threaded engine: subroutine threaded code from the TCG (hostvm/tcg.py),
generated on a code object's first run and kept in a bounded code cache."""
from __future__ import annotations

from ..tcg import TCG, CodeCache
from .base import Engine


class ThreadedEngine(Engine):
    name = "threaded"

    def __init__(self, vm, table, stack, cache_size: int = 1024):
        super().__init__(vm, table, stack)
        self.tcg = TCG(table, stack)
        self.cache = CodeCache(self.tcg, cache_size)

    def entry(self, code):
        return self.cache.lookup(code, self)

    def run(self, f):
        return self.entry(f.code)(f)

    def run_generator(self, f):
        # the threaded code of a generator is a host generator function
        e = f.code.entry
        fn = e[1] if e is not None and e[0] is self else self.entry(f.code)
        return fn(f)

    def describe(self, code):
        return self.tcg.source(code)[0]
