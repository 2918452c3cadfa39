"""Proc: blocks as values (procs and lambdas), and their calls."""
from __future__ import annotations

from ..objects import NativeProc, RProc, builtin, send


@builtin("Proc", "call", "()", "yield", "===", "[]", block=True)
def proc_call(self, blk, *args):
    if type(self) is RProc:
        return self.call_with_block(list(args), blk)
    return self.fn(*args)


@builtin("Proc", "to_proc")
def proc_to_proc(self):
    return self


@builtin("Proc", "lambda?")
def proc_is_lambda(self):
    return self.is_lambda


@builtin("Proc", "arity")
def proc_arity(self):
    return self.arity


@builtin("Proc", "parameters")
def proc_parameters(self):
    if type(self) is NativeProc:
        return [["rest"]]
    return code_parameters(self.code, self.is_lambda)


def code_parameters(code, strict):
    """Proc#parameters / Method#parameters of compiled code: a proc's
    required parameters are optional ones (strict False)."""
    kind_names = {"req": "req" if strict else "opt", "opt": "opt", "rest": "rest",
                  "post": "req" if strict else "opt", "key": "keyreq",
                  "kwopt": "key", "kwrest": "keyrest", "block": "block"}
    return [[kind_names.get(kind, kind), name] if name else [kind_names.get(kind, kind)]
            for kind, name in code.meta["params"]]


def compose(first, then, is_lambda):
    """A proc calling `first` with its arguments, then `then` with the result
    (Proc#>> and #<<, Method#>> and #<<): a lambda when the receiver is one."""
    def composed(*args):
        return send(then, "call", [send(first, "call", list(args))])
    proc = NativeProc(composed)
    proc.is_lambda = is_lambda
    return proc


@builtin("Proc", ">>")
def proc_then(self, g):
    return compose(self, g, self.is_lambda)


@builtin("Proc", "<<")
def proc_after(self, g):
    return compose(g, self, self.is_lambda)


@builtin("Proc", "curry")
def proc_curry(self, arity=None):
    n = arity if arity is not None else abs(self.arity) if self.arity >= 0 else -self.arity - 1

    def curried(got):
        def take(*more):
            args = got + list(more)
            if len(args) >= n:
                return self.call(*args)
            proc = NativeProc(curried(args))
            proc.is_lambda = True
            return proc
        return take
    proc = NativeProc(curried([]))
    proc.is_lambda = True
    return proc


@builtin("Proc", "inspect", "to_s")
def proc_inspect(self):
    from ..objects import RString
    where = ""
    if type(self) is RProc:
        where = f" {self.code.filename}:{self.code.firstlineno}"
    return RString(f"#<Proc:0x0000{id(self) & 0xffffffffff:012x}{where}"
                   f"{' (lambda)' if self.is_lambda else ''}>")
