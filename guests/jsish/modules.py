"""node's module system for jsish: the program's state, and require().

Each module is compiled as the body of a function of (exports, require,
module, __filename, __dirname) and run once; require() of the same file
returns the cached module.exports, as node does (a module in the middle of
loading returns its exports so far, so circular requires terminate).
"""
from __future__ import annotations

import os
from pathlib import Path

from .errors import throw
from .realm import new_realm
from .values import REALM, JSFunction, JSObject, NativeFunction


class ProgramState:
    """A jsish run's per-program state (the VM's `runtime`)."""

    def __init__(self, vm, argv, main_path):
        vm.runtime = self
        self.vm = vm
        self.modules = {}                     # absolute path -> module object
        self.object_proto = None              # set by new_realm
        self.global_object = None
        self.globals = new_realm(vm, argv, main_path)

    def run_module(self, code, path):
        """Run compiled module code as node runs a module; returns the module
        object."""
        path = os.path.abspath(path)
        proto = REALM.protos["Object"]
        module = JSObject(proto)
        exports = JSObject(proto)
        module.props.update(exports=exports, id=path, filename=path, loaded=False)
        self.modules[path] = module
        body = JSFunction(self.vm, code, (), "function", self.globals)
        body.invoke([exports, exports, self.require_for(path), module, path,
                     os.path.dirname(path)])
        module.props["loaded"] = True
        return module

    def require_for(self, path):
        folder = os.path.dirname(path)

        def require(this, args):
            from .operators import to_string
            spec = to_string(args[0]) if args else "undefined"
            return self.require(spec, folder)
        return NativeFunction(require, "require", 1)

    def require(self, spec, folder):
        if not spec.startswith(("./", "../", "/")):
            throw("Error", f"Cannot find module '{spec}' (jsish loads files only)")
        base = os.path.normpath(os.path.join(folder, spec))
        for candidate in (base, base + ".js", os.path.join(base, "index.js")):
            if os.path.isfile(candidate):
                break
        else:
            throw("Error", f"Cannot find module '{spec}'")
        candidate = os.path.abspath(candidate)
        module = self.modules.get(candidate)
        if module is None:
            from .compiler import compile_source
            try:
                source = Path(candidate).read_text(encoding="utf-8")
            except OSError as e:
                throw("Error", f"Cannot read module '{spec}': {e.strerror}")
            code = compile_source(source, candidate)
            self.vm.verify(code)
            module = self.run_module(code, candidate)
        from .operators import get_property
        return get_property(module, "exports")

