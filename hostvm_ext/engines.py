"""The Cython backend's engines: the same three techniques, compiled.

* switch: a C switch over the opcodes with the i-op bodies compiled in; a
  code object is prepared once into a C array of (opcode, operand) words.
* direct: direct-threaded code, an array of (handler, operand, depth) per
  code object, the handlers being the i-ops in one fixed C signature.
* threaded: the TCG's threaded code of a whole guest source module compiled
  as C (calls into the inlined i-ops, constant operands and slots), built on
  a module's first run and kept in the on-disk code cache.

Engines are built per VM; the compiled code table (both engines, both stack
kinds) per guest interpreter class, found prebuilt or built on first use.
"""
from __future__ import annotations

import sys
from array import array
from collections import OrderedDict
from pathlib import Path

from hostvm.engines.base import Engine
from hostvm.errors import StackCheckError
from hostvm.iop import TAKEN
from hostvm.stack import stack_bound_error, stack_type_error
from hostvm.traceback import record_guest_frame

from . import cgen, ctcg, toolchain

HERE = Path(__file__).resolve().parent


def _progress() -> bool:
    """Compile progress goes to stderr when someone watches it."""
    return sys.stderr.isatty()


def runtime_source() -> tuple[str, str]:
    return ((HERE / "runtime.pyx").read_text(encoding="utf-8"),
            (HERE / "runtime.pxd").read_text(encoding="utf-8"))


_RUNTIME = []


def runtime_module(quiet=None):
    """The compiled frame and call path (hostvm_ext/runtime.pyx)."""
    if not _RUNTIME:
        pyx, pxd = runtime_source()
        _RUNTIME.append(toolchain.obtain("runtime", pyx, pxd=pxd, what="hostvm_ext runtime",
                                         quiet=not _progress() if quiet is None else quiet))
        # built beside the runtime; put in place by hostvm.vm.steady_host
        from . import arenas_source
        toolchain.obtain("arenas", arenas_source(), what="hostvm_ext's arena allocator",
                         quiet=not _progress() if quiet is None else quiet)
    return _RUNTIME[0]


def table_source(table):
    runtime = runtime_module().__name__
    return cgen.table_module(table, runtime) + (cgen.table_pxd(table, runtime),)


_TABLES = {}


def table_module(table, quiet=None):
    """The compiled code table of `table`'s interpreter class."""
    mod = _TABLES.get(table)
    if mod is None:
        source, text, bound, pxd = table_source(table)
        name = f"{table.interp.__name__}"
        mod = toolchain.obtain("table", source, what=f"the code table of {name}",
                               line_owner=text.owner, pxd=pxd,
                               quiet=not _progress() if quiet is None else quiet)
        if not getattr(mod, "_hostvm_bound", False):
            mod._bind(bound)
            mod._hostvm_bound = True
        _TABLES[table] = mod
    return mod


class CompiledEngine(Engine):
    def __init__(self, vm, table, stack):
        super().__init__(vm, table, stack)
        self.mod = table_module(table)

    def run(self, f):
        return self.entry(f.code)(f)

    def run_generator(self, f):
        e = f.code.entry
        fn = e[1] if e is not None and e[0] is self else self.entry(f.code)
        return fn.generator(f)


class SwitchEngine(CompiledEngine):
    name = "switch"

    def entry(self, code):
        words = array("i")
        for op, arg in code.instructions:
            words.append(op)
            words.append(arg)
        fn = getattr(self.mod, f"SwitchCode_{self.stack.name}")(words)
        code.entry = runtime_module().Entry(self, fn, code)
        return fn

    def describe(self, code):
        return "compiled C switch (hostvm_ext code table)"


class DirectEngine(CompiledEngine):
    name = "direct"

    def entry(self, code):
        fn = self.mod.DirectCode(code, self.stack.checked)
        code.entry = runtime_module().Entry(self, fn, code)
        return fn

    def describe(self, code):
        return "direct-threaded code array of compiled handlers (hostvm_ext code table)"


class ThreadedEngine(CompiledEngine):
    """Threaded code in C (hostvm_ext/ctcg.py), one compiled module per guest
    source module; generator code objects run in the direct engine's
    compiled handlers."""

    name = "threaded"

    def __init__(self, vm, table, stack):
        super().__init__(vm, table, stack)
        self.modules = {}                 # code object -> its CModule
        interp = table.interp
        self.bound = {"TAKEN": TAKEN, "VALUE_EXACT": table.value_exact,
                      "VALUE_TYPE": interp.value_type, "ADMIT": table.admit_value,
                      "StackCheckError": StackCheckError,
                      "stack_bound_error": stack_bound_error,
                      "stack_type_error": stack_type_error,
                      "record_guest_frame": record_guest_frame,
                      "FrameType": runtime_module().Frame,
                      # the checked store tests these by pointer first: the
                      # first declared value types (exact types, never revoked)
                      "FAST_TYPE_LIST": tuple(t for t in (
                          interp.value_type if isinstance(interp.value_type, tuple)
                          else (interp.value_type,)) if t in table.value_exact)[:8]}

    def generate(self, code):
        for c in code.walk():
            if not c.verified:
                self.vm.verify(c)
        return ctcg.CModule(self.table, self.stack, code, PLACEHOLDER)

    #: (code object, stack kind) -> (its CModule, the loaded C module): a new
    #: VM running the same code objects (a benchmark's next run) skips
    #: generating the C text again to find it.  Bounded, oldest out.
    _LOADED = OrderedDict()
    LOADED_LIMIT = 4096

    def entry(self, code):
        loaded = self._LOADED.get((code, self.stack.name))
        if loaded is None:
            loaded = self._load_module(code)
        module, mod = loaded
        Entry = runtime_module().Entry
        for k, c in enumerate(module.codes):
            if k in module.functions:
                fn = getattr(mod, f"threaded_{k}")
            else:
                fn = self.mod.DirectCode(c, self.stack.checked)
            c.entry = Entry(self, fn, c)
            self.modules[c] = module
        return code.entry[1]

    def _load_module(self, code):
        module = self.generate(code)
        mod = toolchain.obtain("threaded", module.template, language="c",
                               placeholder=PLACEHOLDER, what=f"threaded code of {code.filename}",
                               quiet=not _progress())
        if not getattr(mod, "_hostvm_bound", False):
            mod._bind(self.bound, self.mod)
            mod._hostvm_bound = True
        for c in module.codes:
            self._LOADED[c, self.stack.name] = (module, mod)
        while len(self._LOADED) > self.LOADED_LIMIT:
            self._LOADED.popitem(last=False)
        return module, mod

    def describe(self, code):
        module = self.modules.get(code) or self.generate(code)
        return module.describe(code)


PLACEHOLDER = "HOSTVM_MODULE_NAME"


ENGINES = {"switch": SwitchEngine, "direct": DirectEngine, "threaded": ThreadedEngine}
