"""jsish: a mini-JavaScript guest of hostvm, with node's conventions.

Front end: compiler.py (esprima's ESTree -> jsish bytecode, scopes from
scopes.py); instruction set: opcodes.py; i-ops: interpreter.py; values:
values.py; semantics: operators.py and runtime.py; the built-in library:
realm.py; console.log's formatting: inspect.py; number <-> string:
numconv.py; require(): modules.py.  This file wires them into hostvm's
`Guest` interface.
"""
from __future__ import annotations

import linecache
from pathlib import Path

from hostvm.guest import Guest, GuestSyntaxError
from hostvm.traceback import guest_frames

from .compiler import compile_source
from .interpreter import JsishInterpreter
from .modules import ProgramState

#: node's default stack allows about 10,800 frames of a small function
RECURSION_LIMIT = 9000
#: frames an uncaught error's trace shows, innermost first (node's Error.stackTraceLimit)
STACK_TRACE_LIMIT = 10


class Jsish(Guest):
    name = "jsish"
    extensions = (".js",)
    interpreter = JsishInterpreter

    def compile(self, source, filename):
        return compile_source(source, filename)

    def run_main(self, vm, code, filename, argv):
        vm.set_recursion_limit(RECURSION_LIMIT)
        state = ProgramState(vm, list(argv[1:]), filename)
        state.run_module(code, filename)

    @property
    def reference(self):
        """js2py, the pure-Python JavaScript-to-Python translator on PyPI, is
        what jsish is compared with in-process (`hostvm bench --reference`),
        as the paper compares Rhino's interpreter with Rhino's compiler;
        present only where js2py is installed."""
        import importlib.util
        return "js2py" if importlib.util.find_spec("js2py") is not None else None

    def run_reference(self, filename, argv):
        """Run the program as js2py runs it (translated to Python, then the
        translation run in a fresh context); the translation is made once
        per process, as our compilation is."""
        import json
        import sys
        import js2py
        compiled = self._reference_code.get(filename)
        if compiled is None:
            # node's process.argv, and a console.log printing as node does
            # (js2py's prints Python reprs); js2py has no `process`
            prelude = (f"var process = {{argv: {json.dumps(['node', *argv])}}};\n"
                       "console.log = function () { var parts = [];"
                       " for (var i = 0; i < arguments.length; i++)"
                       " parts.push(String(arguments[i])); _write(parts.join(' ')); };\n")
            source = prelude + Path(filename).read_text(encoding="utf-8")
            compiled = self._reference_code[filename] = compile(
                js2py.translate_js(source, ""), filename + " (js2py)", "exec")
        ctx = js2py.EvalJs({"_write": lambda s: sys.stdout.write(s.to_python() + "\n")})
        exec(compiled, ctx._context)

    _reference_code = {}

    def format_error(self, exc):
        if isinstance(exc, GuestSyntaxError):
            out = [f"{exc.filename}:{exc.line}:{exc.column}\n"]
            text = linecache.getline(exc.filename, exc.line).rstrip("\n")
            if text:
                out.append(text + "\n")
                out.append(" " * max(exc.column - 1, 0) + "^\n")
            out.append(f"\nSyntaxError: {exc.message}\n")
            return "".join(out)
        from .errors import thrown_value
        from .realm import format_uncaught
        frames = guest_frames(exc)
        out = []
        if frames:
            code, offset = frames[-1]
            line = code.line_of(offset)
            out.append(f"{code.filename}:{line}\n")
            text = linecache.getline(code.filename, line).rstrip("\n")
            if text:
                out.append(text + "\n")
            out.append("\n")
        try:
            out.append(format_uncaught(thrown_value(exc)) + "\n")
        except Exception as e:               # a broken toString must not hide the error
            out.append(f"Uncaught exception ({type(e).__name__} while formatting it)\n")
        for code, offset in list(reversed(frames))[:STACK_TRACE_LIMIT]:
            name = "Object.<anonymous>" if code.name == "<anonymous>" else code.name or \
                "<anonymous>"
            out.append(f"    at {name} ({code.filename}:{code.line_of(offset)})\n")
        return "".join(out)


GUEST = Jsish()
