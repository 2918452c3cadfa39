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

    def threaded_code(self, code):
        t = code.threaded
        if t is not None and t[0] is self:
            return t[1]
        return self.cache.lookup(code, self)

    def run(self, f):
        t = f.code.threaded
        if t is None or t[0] is not self:
            return self.cache.lookup(f.code, self)(f)
        return t[1](f)

    run_generator = run     # the threaded code of a generator is a host generator

    def describe(self, code):
        return self.tcg.source(code)[0]
