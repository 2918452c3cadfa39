"""A running Ruby program: its realm, ARGV and $0, the files it has
required (require_relative compiles a sibling file to rbish bytecode and
runs it once, with the program's `main` as self), and $stdout.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from hostvm.guest import GuestSyntaxError

from . import objects
from .objects import RObject, RString, RubyError, builtin, new_realm, rb_error, send


class Program:
    def __init__(self, vm, argv, main_file):
        self.vm = vm
        self.realm = realm = new_realm()
        realm.program = self
        self.loaded = set()
        realm.Object.consts["ARGV"] = [RString(a) for a in argv]
        # the language version rbish implements, and (honestly) which engine runs it
        realm.Object.consts.update({"RUBY_VERSION": RString("3.1.2", frozen=True),
                                    "RUBY_ENGINE": RString("rbish", frozen=True),
                                    "RUBY_PLATFORM": RString("x86_64-linux", frozen=True)})
        stdout = RObject(realm.IO)
        for name in ("STDOUT",):
            realm.Object.consts[name] = stdout
        realm.gvars.update({"$stdout": stdout, "$0": RString(main_file),
                            "$PROGRAM_NAME": RString(main_file), "$,": None, "$/": RString("\n")})
        self.main_file = main_file

    def run_main(self, code):
        """Run the main file; Kernel#exit (a Ruby SystemExit nobody rescued)
        becomes the host's exit with its status."""
        try:
            self.run_file(code)
        except RubyError as e:
            if e.exc.cls is self.realm.SystemExit or \
                    self.realm.SystemExit in e.exc.cls.ancestors():
                sys.stdout.flush()
                raise SystemExit(e.exc.ivars.get("status", 0)) from None
            raise

    def run_file(self, code, required=False):
        """Run a compiled file's top level, `main` as self."""
        realm = self.realm
        return self.vm.call_code(code, [realm.main, None, None, *code.meta["pad"]],
                                 [objects.Cell() for _ in range(code.ncells)],
                                 realm.Object.consts)

    def require_relative(self, from_file, name):
        from .compiler import compile_source
        path = Path(os.path.dirname(os.path.abspath(from_file))) / name
        if path.suffix != ".rb":
            path = path.with_name(path.name + ".rb")
        key = str(path.resolve()) if path.exists() else str(path)
        if key in self.loaded:
            return False
        if not path.exists():
            raise rb_error("LoadError", f"cannot load such file -- {path.with_suffix('')}")
        self.loaded.add(key)
        shown = os.path.relpath(path) if not os.path.isabs(from_file) else str(path)
        try:
            code = compile_source(path.read_text(encoding="utf-8"), shown, required=True)
        except GuestSyntaxError as e:
            raise rb_error("SyntaxError", f"{e.filename}:{e.line}:{e.column}: {e.message}")
        self.vm.verify(code)
        self.run_file(code, required=True)
        return True


@builtin("Kernel", "require_relative", visibility="private")
def require_relative(self, from_file, name):
    return objects.R.program.require_relative(from_file.s, name.s)


# -- $stdout -------------------------------------------------------------------------------------
@builtin("IO", "write")
def io_write(self, *args):
    from .builtins.format import to_s
    text = "".join(to_s(a) for a in args)
    sys.stdout.write(text)
    return len(text.encode())


@builtin("IO", "print")
def io_print(self, *args):
    return send(objects.R.main, "print", list(args))


@builtin("IO", "puts")
def io_puts(self, *args):
    return send(objects.R.main, "puts", list(args))


@builtin("IO", "printf")
def io_printf(self, *args):
    return send(objects.R.main, "printf", list(args))


@builtin("IO", "<<")
def io_append(self, value):
    io_write(self, value)
    return self


@builtin("IO", "flush")
def io_flush(self):
    sys.stdout.flush()
    return self


@builtin("IO", "sync")
def io_sync(self):
    return True


@builtin("IO", "sync=")
def io_set_sync(self, value):
    return value
