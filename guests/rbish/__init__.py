"""rbish: a mini-Ruby guest of hostvm, with CRuby's semantics and output.

Front end: lexer.py and parser.py (a hand-written parser: Ruby's grammar is
newline- and context-sensitive), the tree in ast.py, scopes.py (which
variable each name is), compiler.py (tree -> rbish bytecode, in the style of
YARV); instruction set: opcodes.py; i-ops: interpreter.py; the object model
and method calls: objects.py and calls.py; the rest of the semantics:
runtime.py; the core library: builtins/; a running program: program.py.
This file wires them into hostvm's `Guest` interface.
"""
from __future__ import annotations

import linecache

from hostvm.guest import Guest, GuestSyntaxError
from hostvm.traceback import guest_frames

from .compiler import compile_source
from .interpreter import RbishInterpreter
from .program import Program

#: CRuby's default VM stack gives about 10,000 frames of a small method
RECURSION_LIMIT = 10000


class Rbish(Guest):
    name = "rbish"
    extensions = (".rb",)
    interpreter = RbishInterpreter

    def compile(self, source, filename):
        return compile_source(source, filename)

    def run_main(self, vm, code, filename, argv):
        vm.set_recursion_limit(RECURSION_LIMIT)
        program = Program(vm, list(argv[1:]), filename)
        program.run_main(code)

    @property
    def reference(self):
        """CRuby, where `ruby` is installed: a resident process runs each
        program (reference.py), start-up excluded as for rbish."""
        from . import reference
        return "ruby" if reference.available() else None

    def start_reference(self):
        from . import reference
        reference.start()

    def run_reference(self, filename, argv):
        from . import reference
        reference.run(filename, list(argv[1:]))

    def format_error(self, exc):
        if isinstance(exc, GuestSyntaxError):
            out = [f"{exc.filename}:{exc.line}:{exc.column}: {exc.message}\n"]
            text = linecache.getline(exc.filename, exc.line).rstrip("\n")
            if text:
                out.append(text + "\n" + " " * max(exc.column - 1, 0) + "^\n")
            return "".join(out)
        from .errors import describe_uncaught
        return describe_uncaught(exc, guest_frames(exc))


GUEST = Rbish()
