"""pyish: a mini-Python guest of hostvm.

Front end: compiler.py (Python's `ast` -> pyish bytecode); instruction set:
opcodes.py; i-ops: interpreter.py; values, functions and built-ins:
runtime.py.  This file wires them into hostvm's `Guest` interface.
"""
from __future__ import annotations

import linecache
from pathlib import Path

from hostvm.guest import Guest, GuestSyntaxError
from hostvm.traceback import guest_frames

from .compiler import compile_source
from .interpreter import PyishInterpreter
from .runtime import UNBOUND, RuntimeState, module_globals, suggest


class Pyish(Guest):
    name = "pyish"
    extensions = (".py",)
    interpreter = PyishInterpreter

    def compile(self, source, filename):
        return compile_source(source, filename)

    def run_main(self, vm, code, filename, argv):
        import os
        RuntimeState(vm, argv, [os.path.dirname(os.path.abspath(filename))])
        globals_ = module_globals("__main__", filename)
        return vm.execute(vm.frame(code, [UNBOUND] * code.nlocals, [], globals_))

    reference = "cpython"

    def run_reference(self, filename, argv):
        """CPython itself (the host) runs the same source as __main__."""
        import sys
        code = self._reference_code.get(filename)
        if code is None:
            code = self._reference_code[filename] = compile(
                Path(filename).read_text(encoding="utf-8"), filename, "exec")
        saved = sys.argv
        sys.argv = list(argv)
        try:
            exec(code, {"__name__": "__main__", "__file__": filename, "__builtins__": __builtins__})
        finally:
            sys.argv = saved

    _reference_code = {}

    def format_error(self, exc):
        if isinstance(exc, GuestSyntaxError):
            out = [f'  File "{exc.filename}", line {exc.line}, column {exc.column}\n']
            text = linecache.getline(exc.filename, exc.line).rstrip("\n")
            if text.strip():
                stripped = text.lstrip()
                out.append(f"    {stripped}\n")
                caret = max(exc.column - 1 - (len(text) - len(stripped)), 0)
                out.append("    " + " " * caret + "^\n")
            out.append(f"SyntaxError: {exc.message}\n")
            return "".join(out)
        return self.format_chain(exc, set())

    def format_chain(self, exc, seen):
        """An exception with the ones it was raised from or during, first."""
        seen.add(id(exc))
        out = []
        cause, context = exc.__cause__, exc.__context__
        if cause is not None and id(cause) not in seen:
            out += [self.format_chain(cause, seen),
                    "\nThe above exception was the direct cause of the following exception:\n\n"]
        elif context is not None and not exc.__suppress_context__ and id(context) not in seen:
            out += [self.format_chain(context, seen),
                    "\nDuring handling of the above exception, another exception occurred:\n\n"]
        frames = guest_frames(exc)
        if frames:
            out.append("Traceback (most recent call last):\n")
            previous, repeats = None, 0
            for code, offset in frames:
                line = code.line_of(offset)
                entry = f'  File "{code.filename}", line {line}, in {code.name}\n'
                text = linecache.getline(code.filename, line).strip()
                if text:
                    entry += f"    {text}\n"
                # like CPython, a run of identical frames is shown three times
                repeats = repeats + 1 if entry == previous else 0
                previous = entry
                if repeats < 3:
                    out.append(entry)
                elif repeats == 3:
                    out.append(None)                # placeholder for the count
                    count_at = len(out) - 1
                if repeats >= 3:
                    out[count_at] = (f"  [Previous line repeated {repeats - 2} more "
                                     f"time{'s' if repeats - 2 > 1 else ''}]\n")
        name = type(exc).__name__
        msg = str(exc)
        wrong = getattr(exc, "name", None)
        if isinstance(exc, AttributeError) and wrong is not None:
            try:
                hint = suggest(wrong, dir(exc.obj))
            except Exception:
                hint = None
        elif isinstance(exc, NameError) and wrong is not None:
            hint = suggest(wrong, *getattr(exc, "pyish_names", ()))
        else:
            hint = None
        if hint is not None:
            msg += f". Did you mean: '{hint}'?"
        out.append(f"{name}: {msg}\n" if msg else f"{name}\n")
        return "".join(out)


GUEST = Pyish()
