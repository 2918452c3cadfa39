"""Binding arguments to parameters and running Ruby methods and blocks.

A method frame's locals are [self, block, home, parameters..., other
locals...]; a block frame's are [self, the enclosing method's block, the
block's own proc, parameters..., other locals...].  The compiler describes
each code object's parameters in `code.meta`:

    params        ((kind, name), ...) in source order, kinds as in ast.Param
    nreq, nopt, npost, rest   positional shape (rest: has a *rest)
    nparams       how many locals after the first three are parameters
    simple        only required positional parameters
    pad           the initial values (nil) of the other locals
    catches_return  a block inside returns from this method (needs a Home)

An optional parameter whose argument is missing gets UNSET; the method's
prologue (compiled code) evaluates its default then, in the method's own
frame, as Ruby does.
"""
from __future__ import annotations

from .objects import (Cell, Home, RHash, BreakSignal, ReturnSignal, RubyError, arity_error,
                      rb_error)


class KwArgs(RHash):
    """The keyword arguments of a call (`f(a: 1)`, `f(**h)`), passed as the
    last argument.  A method without keyword parameters takes them as a
    positional Hash, as Ruby 3 does."""

    __slots__ = ()


class _Unset:
    __slots__ = ()

    def __repr__(self):
        return "UNSET"


#: an optional parameter whose argument was not passed
UNSET = _Unset()


def invoke_method(m, recv, args, blk):
    """Call the Ruby method `m` on `recv`."""
    code = m.code
    if m.plain and len(args) == m.nreq:
        return m.vm.call_code(code, [recv, blk, None, *args, *m.pad], (), m.globals)
    meta = code.meta
    locals_ = [recv, blk, None]
    try:
        bind(meta, locals_, args, blk, strict=True)
    except RubyError as e:                  # CRuby reports it from inside the method
        from .errors import NativeFrame, note_frame
        note_frame(e, NativeFrame(code.name, code.filename, code.firstlineno))
        raise
    locals_ += m.pad
    cells = [Cell() for _ in range(code.ncells)] if code.ncells else ()
    if meta["catches_return"]:
        home = locals_[2] = Home()
        try:
            return m.vm.call_code(code, locals_, cells, m.globals)
        except ReturnSignal as r:
            if r.home is home:
                return r.value
            raise
    return m.vm.call_code(code, locals_, cells, m.globals)


def invoke_block(proc, args, blk, self_value):
    """Run a block (or proc, or lambda) with `args`."""
    code = proc.code
    n = proc.nparams
    if proc.simple and (len(args) == n or not proc.is_lambda):
        if len(args) != n:                      # a proc's lenient arguments
            if len(args) == 1 and n > 1 and type(args[0]) is list:
                args = args[0]
            args = args[:n] if len(args) >= n else [*args, *[None] * (n - len(args))]
        locals_ = [self_value, proc.outer_block, proc, *args, *proc.pad]
    else:
        locals_ = [self_value, proc.outer_block, proc]
        if not proc.is_lambda:
            args = spread_block_args(code.meta, args)
        bind(code.meta, locals_, args, blk, strict=proc.is_lambda)
        locals_ += proc.pad
    cells = proc.activation_cells() if proc.own_cells else proc.cells
    if proc.is_lambda:
        try:
            return proc.vm.call_code(code, locals_, cells, proc.globals)
        except ReturnSignal as r:
            if r.home is proc.home:
                return r.value
            raise
        except BreakSignal as b:
            if b.proc is proc:
                return b.value
            raise
    return proc.vm.call_code(code, locals_, cells, proc.globals)


def spread_block_args(meta, args):
    """A proc given one Array spreads it over its parameters when it has more
    than one (`each { |k, v| }` over pairs); missing ones are nil, extra ones
    dropped (see bind)."""
    if len(args) == 1 and type(args[0]) is list and (
            meta["nreq"] + meta["nopt"] + meta["npost"] > 1
            or (meta["rest"] and meta["nreq"] + meta["npost"] + meta["nopt"] > 0)
            or meta.get("trailing_comma")):
        return list(args[0])
    return args


def bind(meta, locals_, args, blk, strict):
    """Append the parameters' values to locals_ (Ruby's binding rules);
    strict (methods, lambdas): a wrong argument count is an ArgumentError,
    else (procs) missing arguments are nil and extra ones are dropped."""
    nreq, nopt, npost, rest = meta["nreq"], meta["nopt"], meta["npost"], meta["rest"]
    kw = None
    if meta["has_kw"]:
        if args and type(args[-1]) is KwArgs:
            kw = dict(args[-1])
            args = args[:-1]
        else:
            kw = {}
    elif args and type(args[-1]) is KwArgs:
        args = [*args[:-1], RHash(args[-1])] if args[-1] else args[:-1]
    n = len(args)
    need = nreq + npost
    if strict and (n < need or (not rest and n > need + nopt)):
        raise arity_error(n, need, None if rest else need + nopt)
    if not strict and n < need:
        args = [*args, *[None] * (need - n)]
        n = need
    nopt_given = min(max(n - need, 0), nopt)
    pos = 0
    for kind, name in meta["params"]:
        if kind == "req" or kind == "mlhs":
            locals_.append(args[pos])
            pos += 1
        elif kind == "opt":
            if nopt_given > 0:
                locals_.append(args[pos])
                pos += 1
                nopt_given -= 1
            else:
                locals_.append(UNSET)
        elif kind == "rest":
            take = max(n - pos - npost, 0)
            locals_.append(list(args[pos:pos + take]))
            pos += take
        elif kind == "post":
            locals_.append(args[pos] if pos < n else None)
            pos += 1
        elif kind == "key":
            if name not in kw:
                raise rb_error("ArgumentError", f"missing keyword: :{name}")
            locals_.append(kw.pop(name))
        elif kind == "kwopt":
            locals_.append(kw.pop(name, UNSET))
        elif kind == "kwrest":
            locals_.append(RHash(kw))
            kw = {}
        elif kind == "block":
            locals_.append(blk)
    if kw:
        keys = ", ".join(f":{k}" for k in kw)
        raise rb_error("ArgumentError", f"unknown keyword{'s' if len(kw) > 1 else ''}: {keys}")
