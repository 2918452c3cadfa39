"""rbish's compiler: the syntax tree (parser.py) to rbish bytecode, one
CodeObject per program, method, block and class body.

Every code object's first three locals are hidden: self, the block the
frame was given (for a block: its method's block, which `yield` inside it
yields to) and a third whose meaning depends on the kind (a method: the
Home that a `return` in one of its procs leaves, when it has such a proc; a
block: its own RProc, for `break` and `return`).  Then come the
parameters, then the other locals; variables that blocks share live in
cells instead (scopes.py).

Expressions leave one value on the operand stack; `discard` compiles a
statement whose value nobody reads, without pushing it where it can.
"""
from __future__ import annotations

import itertools

from hostvm import CodeObject
from hostvm.assemble import Label, assemble
from hostvm.guest import GuestSyntaxError
from hostvm.table import build_table

from . import ast as A
from .objects import RRange, RString
from .opcodes import Op
from .parser import parse
from .runtime import CallSite, ConstRef, SuperSite
from .scopes import Analysis

#: Calls with one argument that have an OPT_ instruction
BINARY_OPS = {"+": Op.OPT_PLUS, "-": Op.OPT_MINUS, "*": Op.OPT_MULT, "/": Op.OPT_DIV,
              "%": Op.OPT_MOD, "<": Op.OPT_LT, "<=": Op.OPT_LE, ">": Op.OPT_GT,
              ">=": Op.OPT_GE, "==": Op.OPT_EQ, "!=": Op.OPT_NEQ, "<<": Op.OPT_LTLT,
              "[]": Op.OPT_AREF, "&": Op.OPT_AND, "|": Op.OPT_OR}
#: ... and with none
UNARY_OPS = {"length": Op.OPT_LENGTH, "size": Op.OPT_LENGTH, "!": Op.OPT_NOT,
             "-@": Op.OPT_NEG, "succ": Op.OPT_SUCC}
#: the hidden locals
SELF, BLOCK, HOME = 0, 1, 2

_def_ids = itertools.count(1)


def compile_source(source: str, filename: str, *, required=False) -> CodeObject:
    tree = parse(source, filename)
    analysis = Analysis(tree)
    frozen = "frozen_string_literal: true" in "\n".join(source.splitlines()[:3])
    unit = Unit(analysis, analysis.scope_of[id(tree)], filename,
                "<top (required)>" if required else "<main>", 1, nesting=(), frozen=frozen)
    unit.meta["kind"] = "top"
    unit.body(tree)
    return unit.finish()


class Loop:
    """A while/until/for loop: where break and next go, and how many values
    the loop keeps on the stack below its body (a for loop's iterator)."""

    __slots__ = ("break_to", "next_to", "depth", "extra", "ensures")

    def __init__(self, break_to, next_to, depth, extra, ensures):
        # depth: the stack depth where the loop's value will be; extra: values
        # the loop keeps above it while its body runs
        self.break_to, self.next_to, self.depth, self.extra = break_to, next_to, depth, extra
        self.ensures = ensures          # how many ensure clauses were open at its start


class Unit:
    """Code generation for one code object."""

    def __init__(self, analysis, scope, filename, name, firstlineno, nesting, frozen,
                 method_name=None, def_id=None, block_level=0):
        self.a = analysis
        self.scope = scope
        self.filename = filename
        self.name = name
        self.firstlineno = self.line = firstlineno
        self.nesting = nesting          # paths of the enclosing class definitions
        self.frozen = frozen
        self.method_name = method_name  # the enclosing def's name (blocks: for super)
        self.def_id = def_id
        self.block_level = block_level
        self.rows = []
        self.consts, self.const_index = [], {}
        self.names, self.name_index = [], {}
        self.handlers = []              # (Label, depth) of the enclosing rescue/ensure
        self.loops: list[Loop] = []
        self.ensures = []               # (ensure body, handler count) of open ensure clauses
        self.rescues = []               # retry labels of the rescue bodies we are in
        self.depth = 0
        self.varnames = ["%self", "%block", "%home"]
        self.meta = {"kind": scope.kind, "method_name": method_name, "def_id": def_id}
        # locals for the scope's own uncaptured variables; cells for captured ones
        self.slot, self.cell = {}, {}
        self.cellnames = []
        self.params_done = False
        self._table = _table()

    # -- emission ---------------------------------------------------------------------------
    def error(self, node, message):
        raise GuestSyntaxError(message, self.filename, node.line or self.line, node.col or 1)

    def emit(self, op, arg=0):
        self.rows.append([op, arg, self.line, self.handlers[-1] if self.handlers else None])
        iop = self._table[op]
        if not isinstance(arg, Label):
            self.depth += iop.n_outputs(arg) - iop.n_inputs(arg)
        else:
            self.depth += iop.n_outputs(0) - iop.n_inputs(0)

    def mark(self, label):
        label.pos = len(self.rows)

    def at(self, node):
        if node.line:
            self.line = node.line

    def const(self, value):
        if isinstance(value, (CodeObject, CallSite, SuperSite, ConstRef, RString, RRange)):
            key = ("id", id(value))
        else:
            key = (type(value), value)
            if isinstance(value, float):        # 0.0 and -0.0 are equal, but not the same
                key = (float, repr(value))
        i = self.const_index.get(key)
        if i is None:
            i = self.const_index[key] = len(self.consts)
            self.consts.append(value)
        return i

    def load_const(self, value):
        self.emit(Op.LOAD_CONST, self.const(value))

    def name_(self, name):
        i = self.name_index.get(name)
        if i is None:
            i = self.name_index[name] = len(self.names)
            self.names.append(name)
        return i

    def temp(self):
        self.varnames.append(f"%t{len(self.varnames)}")
        return len(self.varnames) - 1

    def site(self, name, argc, fcall=False, literal_block=False):
        """The operand of SEND and SEND_BLOCK: the call site's constant index
        and the number of arguments on the stack, in one immediate."""
        if argc > 255:
            self.error(A.Nil(line=self.line), "too many arguments (at most 255)")
        return self.const(CallSite(name, fcall, literal_block)) << 8 | argc

    def opt_site(self, name):
        """The operand of an OPT_ instruction: its call site, for the slow path."""
        return self.const(CallSite(name))

    # -- variables ------------------------------------------------------------------------------
    def setup_variables(self, params):
        """Slots for the parameters (in order), cells for the captured
        variables, slots for the rest."""
        scope = self.scope
        own_captured = [v for v in scope.vars.values() if v.captured]
        for v in own_captured:
            self.cell[v] = len(self.cellnames)
            self.cellnames.append(v.name)
        for v in scope.free:
            self.cell[v] = len(self.cellnames)
            self.cellnames.append(v.name)
        for p in params:
            var = self.a.var_of[id(p)]
            self.slot[var] = len(self.varnames)
            self.varnames.append(var.name)
        self.meta["nparams"] = len(params)
        for v in scope.vars.values():
            if v not in self.slot and not v.captured:
                self.slot[v] = len(self.varnames)
                self.varnames.append(v.name)

    def load_var(self, var):
        if var.captured:
            self.emit(Op.LOAD_DEREF, self.cell[var])
        else:
            self.emit(Op.LOAD_FAST, self.slot[var])

    def store_var(self, var):
        if var.captured:
            self.emit(Op.STORE_DEREF, self.cell[var])
        else:
            self.emit(Op.STORE_FAST, self.slot[var])

    # -- code objects -------------------------------------------------------------------------
    def body(self, tree):
        self.setup_variables(())
        self.describe_params(())
        self.expr(tree)
        self.emit(Op.RETURN_VALUE)

    def finish(self) -> CodeObject:
        instrs, lines, handlers = assemble(self.rows)
        nparams = self.meta.get("nparams", 0)
        self.meta["pad"] = (None,) * (len(self.varnames) - 3 - nparams)
        self.meta.setdefault("catches_return", False)
        return CodeObject(name=self.name, filename=self.filename,
                          instructions=tuple((op, arg) for op, arg in instrs),
                          lines=tuple(lines), consts=tuple(self.consts),
                          names=tuple(self.names), varnames=tuple(self.varnames),
                          cellnames=tuple(self.cellnames), nfree=len(self.scope.free),
                          firstlineno=self.firstlineno, meta=self.meta, handlers=handlers)

    def describe_params(self, params):
        """code.meta's description of the parameters, for calls.bind."""
        kinds = [p.kind for p in params]
        m = self.meta
        m["params"] = tuple((p.kind, p.name) for p in params)
        m["nreq"] = _count_leading_required(kinds)
        m["nopt"] = kinds.count("opt")
        m["rest"] = "rest" in kinds
        m["npost"] = sum(1 for k in kinds if k in ("req", "mlhs", "post")) - m["nreq"]
        m["has_kw"] = any(k in ("key", "kwopt", "kwrest") for k in kinds)
        m["simple"] = all(k in ("req", "mlhs") for k in kinds) and "mlhs" not in kinds
        # Method#arity: keywords count as one more argument, required if any is
        n = m["nreq"] + m["npost"] + ("key" in kinds)
        optional = m["nopt"] or m["rest"] or (m["has_kw"] and "key" not in kinds)
        m["arity"] = -(n + 1) if optional else n
        m["proc_arity"] = m["arity"] if m["rest"] or m["nopt"] == 0 else -(m["nreq"] + 1)

    def prologue(self, params):
        """Defaults of optional parameters (evaluated in the callee, left to
        right), then parameters that blocks share copied into their cells, and
        destructuring parameters (`|(a, b)|`) spread."""
        for p in params:
            var = self.a.var_of[id(p)]
            slot = self.slot[var]
            if p.kind in ("opt", "kwopt"):
                given = Label()
                self.emit(Op.LOAD_FAST, slot)
                self.emit(Op.JUMP_IF_ARG_GIVEN, given)
                self.expr(p.default)
                self.emit(Op.STORE_FAST, slot)
                self.mark(given)
            if var.captured:
                self.emit(Op.LOAD_FAST, slot)
                self.emit(Op.STORE_DEREF, self.cell[var])
            if p.kind == "mlhs":
                self.emit(Op.LOAD_FAST, slot)
                self.destructure(p.sub)

    def destructure(self, params):
        subs = params.params
        rest = [i for i, s in enumerate(subs) if s.kind == "rest"]
        if rest:
            k = rest[0]
            self.emit(Op.EXPAND_ARRAY_SPLAT, k << 8 | (len(subs) - k - 1))
        else:
            self.emit(Op.EXPAND_ARRAY, len(subs))
        for s in reversed(subs):
            if s.kind == "mlhs":
                self.destructure(s.sub)
            elif s.name is None:
                self.emit(Op.POP_TOP)
            else:
                self.store_var(self.a.var_of[id(s)])

    def child(self, node, name, kind_scope, method_name, def_id, block_level, nesting=None):
        return Unit(self.a, kind_scope, self.filename, name, node.line or self.line,
                    self.nesting if nesting is None else nesting, self.frozen,
                    method_name=method_name, def_id=def_id, block_level=block_level)

    def block_code(self, node):
        scope = self.a.scope_of[id(node)]
        level = self.block_level + 1
        where = self.method_name or ("<main>" if self.meta["kind"] in ("top", "block")
                                     else self.name)
        if self.meta["kind"] == "class":
            where = self.name
        name = f"block in {where}" if level == 1 else f"block ({level} levels) in {where}"
        unit = self.child(node, name, scope, self.method_name, self.def_id, level)
        unit.meta["kind"] = "block"
        params = list(node.params.params) if node.params is not None else []
        unit.setup_variables(params)
        unit.describe_params(params)
        unit.meta["trailing_comma"] = False
        unit.prologue(params)
        unit.expr(node.body)
        unit.emit(Op.RETURN_VALUE)
        code = unit.finish()
        self.load_const(code)
        for var in scope.free:
            self.emit(Op.LOAD_CLOSURE, self.cell[var])
        self.emit(Op.MAKE_BLOCK, len(scope.free))

    # -- statements and expressions -------------------------------------------------------------
    def expr(self, node):
        self.at(node)
        getattr(self, "c_" + type(node).__name__)(node)

    def discard(self, node):
        """Compile a statement whose value is not used."""
        self.at(node)
        special = getattr(self, "d_" + type(node).__name__, None)
        if special is not None:
            special(node)
        else:
            getattr(self, "c_" + type(node).__name__)(node)
            self.emit(Op.POP_TOP)

    def c_Seq(self, node):
        body = node.body
        if not body:
            self.load_const(None)
            return
        for stmt in body[:-1]:
            self.discard(stmt)
        self.expr(body[-1])

    def d_Seq(self, node):
        for stmt in node.body:
            self.discard(stmt)

    def c_Nil(self, node):
        self.load_const(None)

    def c_TrueLit(self, node):
        self.load_const(True)

    def c_FalseLit(self, node):
        self.load_const(False)

    def c_Self(self, node):
        self.emit(Op.LOAD_FAST, SELF)

    def c_Int(self, node):
        self.load_const(node.value)

    def c_Float(self, node):
        self.load_const(node.value)

    def c_Sym(self, node):
        self.load_const(node.name)

    def c_Str(self, node):
        parts = node.parts
        if all(type(p) is str for p in parts):
            text = "".join(parts)
            if self.frozen:
                self.load_const(RString(text, frozen=True))
            else:
                self.emit(Op.PUT_STRING, self.const(text))
            return
        self.string_parts(parts)

    def string_parts(self, parts):
        n = 0
        for p in parts:
            if type(p) is str:
                if p:
                    self.load_const(p)
                    n += 1
            else:
                self.expr(p)
                self.emit(Op.TO_S)
                n += 1
        self.emit(Op.BUILD_STRING, n)

    def c_DSym(self, node):
        self.string_parts(node.parts)
        self.emit(Op.MAKE_SYMBOL)

    def c_Regex(self, node):
        self.string_parts(node.parts)
        self.emit(Op.MAKE_REGEXP, self.const(node.options or ""))

    def c_Array(self, node):
        self.sequence(node.elements)

    def sequence(self, items):
        """An Array of the items, splats spread."""
        items = list(items)
        lead = 0
        while lead < len(items) and type(items[lead]) is not A.Splat:
            self.expr(items[lead])
            lead += 1
        self.emit(Op.BUILD_ARRAY, lead)
        for item in items[lead:]:
            if type(item) is A.Splat:
                self.expr(item.value)
                self.emit(Op.ARRAY_CONCAT)
            else:
                self.expr(item)
                self.emit(Op.ARRAY_APPEND)

    def c_Hash(self, node):
        build = Op.BUILD_HASH if node.braces else Op.BUILD_KWARGS
        pairs = list(node.pairs)
        lead = 0
        while lead < len(pairs) and pairs[lead][0] is not None:
            self.expr(pairs[lead][0])
            self.expr(pairs[lead][1])
            lead += 1
        self.emit(build, lead)
        for key, value in pairs[lead:]:
            if key is None:
                self.expr(value)
            else:
                self.expr(key)
                self.expr(value)
                self.emit(Op.BUILD_HASH, 1)
            self.emit(Op.HASH_MERGE)

    def c_Range(self, node):
        if type(node.low) is A.Int and type(node.high) is A.Int:
            self.load_const(RRange(node.low.value, node.high.value, node.exclusive))
            return
        self.expr(node.low) if node.low is not None else self.load_const(None)
        self.expr(node.high) if node.high is not None else self.load_const(None)
        self.emit(Op.BUILD_RANGE, 1 if node.exclusive else 0)

    def c_Splat(self, node):
        self.expr(node.value)
        self.emit(Op.SPLAT_ARRAY)

    # variables
    def c_LVar(self, node):
        self.load_var(self.a.var_of[id(node)])

    def assign(self, node, keep):
        """`target = value` for a variable or constant target; with keep, the
        value stays on the stack as the expression's."""
        self.expr(node.value)
        if keep:
            self.emit(Op.DUP_TOP)
        self.target_access(node)[1]()

    def c_LAsgn(self, node):
        self.assign(node, keep=True)

    def d_LAsgn(self, node):
        self.assign(node, keep=False)

    c_IAsgn = c_GAsgn = c_CVAsgn = c_CAsgn = c_LAsgn
    d_IAsgn = d_GAsgn = d_CVAsgn = d_CAsgn = d_LAsgn

    def c_IVar(self, node):
        self.emit(Op.GET_IVAR, self.name_(node.name))

    def c_GVar(self, node):
        self.emit(Op.GET_GVAR, self.name_(node.name))

    def c_CVar(self, node):
        self.emit(Op.GET_CVAR, self.name_(node.name))

    def c_Const(self, node):
        if node.top:
            self.emit(Op.GET_CONST, self.const(ConstRef("Object", ())))
            self.emit(Op.GET_CONST_FROM, self.name_(node.name))
        elif node.scope is not None:
            self.expr(node.scope)
            self.emit(Op.GET_CONST_FROM, self.name_(node.name))
        else:
            self.emit(Op.GET_CONST, self.const(ConstRef(node.name, self.nesting)))

    def const_scope(self, node):
        if node.top:
            self.emit(Op.GET_CONST, self.const(ConstRef("Object", ())))
        elif node.scope is not None:
            self.expr(node.scope)
        else:
            self.load_const(None)

    def c_AttrAsgn(self, node):
        self.attr_asgn(node, keep=True)

    def d_AttrAsgn(self, node):
        self.attr_asgn(node, keep=False)

    def attr_asgn(self, node, keep):
        self.expr(node.receiver)
        for a in node.args:
            if type(a) is A.Splat:
                self.error(a, "splat in an assignment target is not supported by rbish")
            self.expr(a)
        t = None
        if keep:
            t = self.temp()
            self.emit(Op.DUP_TOP)
            self.emit(Op.STORE_FAST, t)
        fcall = type(node.receiver) is A.Self
        if node.name == "[]=" and len(node.args) == 2:
            self.emit(Op.OPT_ASET, self.opt_site("[]="))
        else:
            self.send(node.name, len(node.args), fcall)
            self.emit(Op.POP_TOP)
        if keep:
            self.emit(Op.LOAD_FAST, t)

    def c_MultiAsgn(self, node):
        self.multi_asgn(node, keep=True)

    def d_MultiAsgn(self, node):
        self.multi_asgn(node, keep=False)

    def multi_asgn(self, node, keep):
        value = node.value
        if type(value) is A.Array:
            self.sequence(value.elements)
        else:
            self.expr(value)
        if keep:
            self.emit(Op.DUP_TOP)
        self.assign_many(node.targets)

    def assign_many(self, targets):
        """Spread the value on the stack over the targets."""
        splat = [i for i, t in enumerate(targets) if type(t) is A.Splat]
        if splat:
            k = splat[0]
            self.emit(Op.EXPAND_ARRAY_SPLAT, k << 8 | (len(targets) - k - 1))
        else:
            self.emit(Op.EXPAND_ARRAY, len(targets))
        for t in reversed(targets):
            self.assign_top(t)

    def assign_top(self, target):
        """Store the value on top of the stack into an assignment target."""
        t = type(target)
        if t is A.LAsgn:
            self.store_var(self.a.var_of[id(target)])
        elif t is A.IAsgn:
            self.emit(Op.SET_IVAR, self.name_(target.name))
        elif t is A.GAsgn:
            self.emit(Op.SET_GVAR, self.name_(target.name))
        elif t is A.CVAsgn:
            self.emit(Op.SET_CVAR, self.name_(target.name))
        elif t is A.CAsgn:
            self.const_scope(target)
            self.emit(Op.ROT_TWO)
            self.emit(Op.SET_CONST, self.const(ConstRef(target.name, self.nesting)))
        elif t is A.AttrAsgn:
            v = self.temp()
            self.emit(Op.STORE_FAST, v)
            self.expr(target.receiver)
            for a in target.args:
                self.expr(a)
            self.emit(Op.LOAD_FAST, v)
            self.send(target.name, len(target.args) + 1, type(target.receiver) is A.Self)
            self.emit(Op.POP_TOP)
        elif t is A.Splat:
            if target.value is None:
                self.emit(Op.POP_TOP)
            else:
                self.assign_top(target.value)
        elif t is A.MultiAsgn:
            self.assign_many(target.targets)
        else:
            self.error(target, f"cannot assign to {t.__name__}")

    def c_OpAsgn(self, node):
        self.op_asgn(node, keep=True)

    def d_OpAsgn(self, node):
        self.op_asgn(node, keep=False)

    def op_asgn(self, node, keep):
        target, op = node.target, node.op
        if type(target) is A.AttrAsgn:
            return self.op_asgn_attr(node, keep)
        load, store = self.target_access(target)
        load()
        if op in ("||", "&&") and keep:
            done = Label()
            self.emit(Op.JUMP_IF_TRUE_OR_POP if op == "||" else Op.JUMP_IF_FALSE_OR_POP, done)
            self.expr(node.value)
            self.emit(Op.DUP_TOP)
            store()
            self.mark(done)
        elif op in ("||", "&&"):
            done = Label()
            self.emit(Op.POP_JUMP_IF_TRUE if op == "||" else Op.POP_JUMP_IF_FALSE, done)
            self.expr(node.value)
            store()
            self.mark(done)
        else:
            self.expr(node.value)
            self.binary(op)
            if keep:
                self.emit(Op.DUP_TOP)
            store()

    def target_access(self, target):
        """(load, store) emitters for a simple op-assignment target; store pops."""
        t = type(target)
        if t is A.LVar or t is A.LAsgn:
            var = self.a.var_of[id(target)]
            return (lambda: self.load_var(var)), (lambda: self.store_var(var))
        if t is A.IVar or t is A.IAsgn:
            i = self.name_(target.name)
            return (lambda: self.emit(Op.GET_IVAR, i)), (lambda: self.emit(Op.SET_IVAR, i))
        if t is A.GVar or t is A.GAsgn:
            i = self.name_(target.name)
            return (lambda: self.emit(Op.GET_GVAR, i)), (lambda: self.emit(Op.SET_GVAR, i))
        if t is A.CVar or t is A.CVAsgn:
            i = self.name_(target.name)
            return (lambda: self.emit(Op.GET_CVAR, i)), (lambda: self.emit(Op.SET_CVAR, i))
        if t is A.Const or t is A.CAsgn:
            def store():
                self.const_scope(target)
                self.emit(Op.ROT_TWO)
                self.emit(Op.SET_CONST, self.const(ConstRef(target.name, self.nesting)))
            return (lambda: self.c_Const(target)), store
        self.error(target, f"cannot assign to {t.__name__}")

    def op_asgn_attr(self, node, keep):
        """`r.x op= v`, `r[i] op= v`: the receiver and index are evaluated once."""
        target, op = node.target, node.op
        getter = target.name[:-1]
        fcall = type(target.receiver) is A.Self
        if not keep and op not in ("||", "&&") and all(
                type(e) in (A.LVar, A.Self, A.Int, A.Sym, A.IVar)
                for e in (target.receiver, *target.args)):
            # operands that can be read twice: setter's receiver and index
            # first, then the new value, then the setter
            for e in (target.receiver, *target.args):
                self.expr(e)
            for e in (target.receiver, *target.args):
                self.expr(e)
            if getter == "[]" and len(target.args) == 1:
                self.emit(Op.OPT_AREF, self.opt_site("[]"))
            else:
                self.send(getter, len(target.args), fcall)
            self.expr(node.value)
            self.binary(op)
            if target.name == "[]=" and len(target.args) == 1:
                self.emit(Op.OPT_ASET, self.opt_site("[]="))
            else:
                self.send(target.name, len(target.args) + 1, fcall)
                self.emit(Op.POP_TOP)
            return
        self.expr(target.receiver)
        r = self.temp()
        self.emit(Op.STORE_FAST, r)
        idx = []
        for a in target.args:
            self.expr(a)
            idx.append(self.temp())
            self.emit(Op.STORE_FAST, idx[-1])

        def load():
            self.emit(Op.LOAD_FAST, r)
            for i in idx:
                self.emit(Op.LOAD_FAST, i)
            if getter == "[]" and len(idx) == 1:
                self.emit(Op.OPT_AREF, self.opt_site("[]"))
            else:
                self.send(getter, len(idx), fcall)

        def store():                    # the new value is on the stack: keep it there
            v = self.temp()
            self.emit(Op.STORE_FAST, v)
            self.emit(Op.LOAD_FAST, r)
            for i in idx:
                self.emit(Op.LOAD_FAST, i)
            self.emit(Op.LOAD_FAST, v)
            self.send(target.name, len(idx) + 1, fcall)
            self.emit(Op.POP_TOP)
            self.emit(Op.LOAD_FAST, v)

        load()
        if op in ("||", "&&"):
            done = Label()
            self.emit(Op.JUMP_IF_TRUE_OR_POP if op == "||" else Op.JUMP_IF_FALSE_OR_POP, done)
            self.expr(node.value)
            store()
            self.mark(done)
        else:
            self.expr(node.value)
            self.binary(op)
            store()
        if not keep:
            self.emit(Op.POP_TOP)

    def binary(self, op):
        """Apply binary operator `op` to the two values on the stack."""
        opt = BINARY_OPS.get(op)
        if opt is not None:
            self.emit(opt, self.opt_site(op))
        else:
            self.send(op, 1)

    # calls
    def c_Call(self, node):
        name, recv, args = node.name, node.receiver, list(node.args)
        if recv is None and node.block is None and node.block_arg is None:
            special = SPECIAL_FORMS.get(name)
            if special is not None and special(self, node) is not False:
                return
        if recv is None and name in ("lambda", "proc") and not args and node.block is not None:
            self.block_code(node.block)
            if name == "lambda":
                self.emit(Op.MAKE_LAMBDA)
            return
        if recv is not None and node.block is None and node.block_arg is None and \
                not any(type(a) is A.Splat or (type(a) is A.Hash and not a.braces)
                        for a in args) and not node.safe_nav:
            opt = (BINARY_OPS.get(name) if len(args) == 1 else
                   UNARY_OPS.get(name) if not args else None)
            if opt is not None:
                self.expr(recv)
                for a in args:
                    self.expr(a)
                self.emit(opt, self.opt_site(name))
                return
        if recv is None:
            self.emit(Op.LOAD_FAST, SELF)
        else:
            self.expr(recv)
        if node.safe_nav:
            is_nil, done = Label(), Label()
            self.emit(Op.DUP_TOP)
            self.emit(Op.POP_JUMP_IF_NIL, is_nil)
            self.call_rest(node, fcall=False)
            self.emit(Op.JUMP, done)
            self.mark(is_nil)         # the receiver, nil, is the result
            self.mark(done)
            return
        self.call_rest(node, fcall=recv is None or type(recv) is A.Self)

    def call_rest(self, node, fcall):
        """The receiver is on the stack: the arguments, the block, the send."""
        args = list(node.args)
        self.at(node)
        literal = node.block is not None
        if any(type(a) is A.Splat for a in args):
            self.sequence(args)
            self.block_value(node)
            self.emit(Op.SEND_VARARGS, self.const(CallSite(node.name, fcall, literal)))
            return
        for a in args:
            self.expr(a)
        self.at(node)
        if node.block is not None or node.block_arg is not None:
            self.block_value(node)
            self.emit(Op.SEND_BLOCK, self.site(node.name, len(args), fcall, literal))
        else:
            self.send(node.name, len(args), fcall,
                      vcall=node.receiver is None and not args)

    def send(self, name, argc, fcall=False, vcall=False):
        """Call method `name` of the receiver under its `argc` arguments."""
        if argc == 0:
            self.emit(Op.SEND_0, self.const(CallSite(name, fcall, vcall=vcall)))
        elif argc == 1:
            self.emit(Op.SEND_1, self.const(CallSite(name, fcall)))
        else:
            self.emit(Op.SEND, self.site(name, argc, fcall))

    def block_value(self, node):
        if node.block is not None:
            self.block_code(node.block)
        elif node.block_arg is not None:
            self.expr(node.block_arg)
            self.emit(Op.BLOCK_ARG)
        else:
            self.load_const(None)

    def c_Block(self, node):
        self.block_code(node)

    def c_Lambda(self, node):
        self.block_code(node)
        self.emit(Op.MAKE_LAMBDA)

    def c_Yield(self, node):
        args = list(node.args)
        if any(type(a) is A.Splat for a in args):
            self.sequence(args)
            self.emit(Op.INVOKE_BLOCK_VARARGS)
            return
        for a in args:
            self.expr(a)
        self.at(node)
        self.emit(Op.INVOKE_BLOCK, len(args))

    def c_Super(self, node):
        if self.method_name is None:
            self.error(node, "super called outside of method")
        if node.has_args:
            self.sequence(node.args)
        else:
            self.method_args_again(node)
        if node.block is not None or node.block_arg is not None:
            self.block_value(node)
        else:
            self.emit(Op.LOAD_FAST, BLOCK)
        self.at(node)
        self.emit(Op.INVOKE_SUPER, self.const(SuperSite(self.method_name, self.def_id,
                                                        node.block is not None)))

    def method_args_again(self, node):
        """A bare `super`: the method's own parameters' current values."""
        method = self.scope.method_scope()
        params = method.node.params.params if method.node is not None and \
            type(method.node) is A.Def and method.node.params is not None else ()
        self.emit(Op.BUILD_ARRAY, 0)
        kw = []
        for p in params:
            var = self.a.var_of[id(p)]
            if p.kind in ("req", "opt", "post", "mlhs"):
                self.load_var_from_here(var)
                self.emit(Op.ARRAY_APPEND)
            elif p.kind == "rest":
                self.load_var_from_here(var)
                self.emit(Op.ARRAY_CONCAT)
            elif p.kind in ("key", "kwopt", "kwrest"):
                kw.append((p, var))
        if kw:
            self.emit(Op.BUILD_KWARGS, 0)
            for p, var in kw:
                if p.kind == "kwrest":
                    self.load_var_from_here(var)
                else:
                    self.load_const(p.name)
                    self.load_var_from_here(var)
                    self.emit(Op.BUILD_HASH, 1)
                self.emit(Op.HASH_MERGE)
            self.emit(Op.ARRAY_APPEND)

    def load_var_from_here(self, var):
        if var in self.slot or var in self.cell:
            self.load_var(var)
        else:
            self.load_const(None)

    def c_Not(self, node):
        self.expr(node.value)
        self.emit(Op.OPT_NOT, self.opt_site("!"))

    def c_And(self, node):
        done = Label()
        self.expr(node.left)
        self.emit(Op.JUMP_IF_FALSE_OR_POP, done)
        self.expr(node.right)
        self.mark(done)

    def c_Or(self, node):
        done = Label()
        self.expr(node.left)
        self.emit(Op.JUMP_IF_TRUE_OR_POP, done)
        self.expr(node.right)
        self.mark(done)

    def c_Defined(self, node):
        v = node.value
        t = type(v)
        if t is A.LVar:
            self.emit(Op.PUT_STRING, self.const("local-variable"))
        elif t in (A.LAsgn, A.IAsgn, A.GAsgn, A.CVAsgn, A.CAsgn, A.OpAsgn, A.MultiAsgn,
                   A.AttrAsgn):
            self.emit(Op.PUT_STRING, self.const("assignment"))
        elif t is A.IVar:
            self.emit(Op.DEFINED, self.const(("ivar", v.name)))
        elif t is A.GVar:
            self.emit(Op.DEFINED, self.const(("gvar", v.name)))
        elif t is A.CVar:
            self.emit(Op.DEFINED, self.const(("cvar", v.name)))
        elif t is A.Const and v.scope is None:
            self.emit(Op.DEFINED, self.const(("const", (v.name, self.nesting))))
        elif t is A.Call and v.receiver is None:
            self.emit(Op.DEFINED, self.const(("method", v.name)))
        elif t is A.Self:
            self.emit(Op.PUT_STRING, self.const("self"))
        elif t is A.Nil:
            self.emit(Op.PUT_STRING, self.const("expression"))
        elif t is A.Yield:
            no = Label()
            done = Label()
            self.emit(Op.LOAD_FAST, BLOCK)
            self.emit(Op.POP_JUMP_IF_NIL, no)
            self.emit(Op.PUT_STRING, self.const("yield"))
            self.emit(Op.JUMP, done)
            self.mark(no)
            self.depth -= 1
            self.load_const(None)
            self.mark(done)
        else:
            self.emit(Op.PUT_STRING, self.const("expression" if t is not A.Call
                                                 else "method"))

    # definitions
    def c_Def(self, node):
        scope = self.a.scope_of[id(node)]
        def_id = next(_def_ids)
        unit = self.child(node, node.name, scope, node.name, def_id, 0)
        unit.meta["kind"] = "method"
        unit.meta["method_name"] = node.name
        params = list(node.params.params) if node.params is not None else []
        unit.setup_variables(params)
        unit.describe_params(params)
        unit.meta["catches_return"] = scope.has_return
        unit.prologue(params)
        unit.expr(node.body)
        unit.emit(Op.RETURN_VALUE)
        code = unit.finish()
        if node.singleton is not None:
            self.expr(node.singleton)
            self.emit(Op.DEFINE_SINGLETON_METHOD, self.const(code))
        else:
            self.emit(Op.DEFINE_METHOD, self.const(code))

    def class_path(self, path):
        """The constant path string of a class being defined (for nesting)."""
        if path.scope is None and not path.top:
            return f"{self.nesting[0]}::{path.name}" if self.nesting else path.name
        if path.top:
            return path.name
        prefix = _static_path(path.scope)
        if prefix is None:
            self.error(path, "a class path must be constant names (A::B)")
        return f"{prefix}::{path.name}"

    def class_body(self, node, body, label, full):
        scope = self.a.scope_of[id(node)]
        nesting = ((full,) + self.nesting) if full is not None else self.nesting
        unit = self.child(node, label, scope, None, None, 0, nesting=nesting)
        unit.meta["kind"] = "class"
        unit.setup_variables(())
        unit.describe_params(())
        unit.expr(body)
        unit.emit(Op.RETURN_VALUE)
        self.emit(Op.RUN_CLASS_BODY, self.const(unit.finish()))

    def c_ClassDef(self, node):
        path = node.path
        self.const_scope(path)
        if node.superclass is not None:
            self.expr(node.superclass)
        else:
            self.load_const(None)
        self.at(node)
        self.emit(Op.DEFINE_CLASS, self.const((path.name, self.nesting,
                                               node.superclass is not None)))
        self.class_body(node, node.body, f"<class:{path.name}>", self.class_path(path))

    def c_ModuleDef(self, node):
        path = node.path
        self.const_scope(path)
        self.at(node)
        self.emit(Op.DEFINE_MODULE, self.const((path.name, self.nesting)))
        self.class_body(node, node.body, f"<module:{path.name}>", self.class_path(path))

    def c_SClass(self, node):
        self.expr(node.target)
        self.emit(Op.SINGLETON_CLASS)
        self.class_body(node, node.body, "singleton class", None)

    def c_Alias(self, node):
        self.emit(Op.ALIAS, self.const((node.new, node.old)))
        self.load_const(None)

    # control flow
    def c_If(self, node):
        other, done = Label(), Label()
        self.cond_jump(node.cond, other, False)
        base = self.depth
        self.expr(node.then) if node.then is not None else self.load_const(None)
        self.emit(Op.JUMP, done)
        self.mark(other)
        self.depth = base
        self.expr(node.else_) if node.else_ is not None else self.load_const(None)
        self.mark(done)

    def d_If(self, node):
        other, done = Label(), Label()
        self.cond_jump(node.cond, other, False)
        base = self.depth
        if node.then is not None:
            self.discard(node.then)
        if node.else_ is not None:
            self.emit(Op.JUMP, done)
            self.mark(other)
            self.depth = base
            self.discard(node.else_)
            self.mark(done)
        else:
            self.mark(other)

    def cond_jump(self, node, target, when):
        """Jump to target when the condition's truth is `when`; else fall through."""
        t = type(node)
        if t is A.Not:
            return self.cond_jump(node.value, target, not when)
        if t is A.And or t is A.Or:
            is_and = t is A.And
            if is_and != when:
                # (a && b) false -> a false or b false; (a || b) true -> a or b true
                self.cond_jump(node.left, target, when)
                self.cond_jump(node.right, target, when)
            else:
                skip = Label()
                self.cond_jump(node.left, skip, not when)
                self.cond_jump(node.right, target, when)
                self.mark(skip)
            return
        self.expr(node)
        self.emit(Op.POP_JUMP_IF_TRUE if when else Op.POP_JUMP_IF_FALSE, target)

    def c_While(self, node):
        self.loop(node)

    def d_While(self, node):
        self.loop(node)
        self.emit(Op.POP_TOP)

    def loop(self, node):
        top, check, done = Label(), Label(), Label()
        base = self.depth
        if not node.do_while:
            self.emit(Op.JUMP, check)
        self.mark(top)
        self.loops.append(Loop(done, check, base, 0, len(self.ensures)))
        self.discard(node.body)
        self.loops.pop()
        self.mark(check)
        self.cond_jump(node.cond, top, True)
        self.load_const(None)
        self.mark(done)

    def c_For(self, node):
        top, done, after = Label(), Label(), Label()
        self.expr(node.iter)
        self.emit(Op.GET_ITER)
        base = self.depth
        self.mark(top)
        self.emit(Op.FOR_ITER, done)
        self.assign_top(node.target)
        self.loops.append(Loop(after, top, base - 1, 1, len(self.ensures)))
        self.discard(node.body)
        self.loops.pop()
        self.emit(Op.JUMP, top)
        self.mark(done)
        self.depth = base - 1
        self.load_const(None)
        self.mark(after)

    def c_Case(self, node):
        done = Label()
        bodies = [Label() for _ in node.whens]
        if node.subject is not None:
            self.expr(node.subject)
            base = self.depth
            for when, label in zip(node.whens, bodies):
                for cond in when.conds:
                    self.at(cond)
                    if type(cond) is A.Splat:
                        self.expr(cond.value)
                        self.emit(Op.CASE_EQ_SPLAT)
                    else:
                        self.expr(cond)
                        self.emit(Op.CASE_EQ)
                    self.emit(Op.POP_JUMP_IF_TRUE, label)
            self.emit(Op.POP_TOP)
            self.expr(node.else_) if node.else_ is not None else self.load_const(None)
            self.emit(Op.JUMP, done)
            for when, label in zip(node.whens, bodies):
                self.mark(label)
                self.depth = base
                self.emit(Op.POP_TOP)
                self.expr(when.body) if when.body is not None else self.load_const(None)
                self.emit(Op.JUMP, done)
        else:
            base = self.depth
            for when, label in zip(node.whens, bodies):
                for cond in when.conds:
                    self.cond_jump(cond, label, True)
            self.expr(node.else_) if node.else_ is not None else self.load_const(None)
            self.emit(Op.JUMP, done)
            for when, label in zip(node.whens, bodies):
                self.mark(label)
                self.depth = base
                self.expr(when.body) if when.body is not None else self.load_const(None)
                self.emit(Op.JUMP, done)
        self.mark(done)

    def value_of(self, value):
        if value is None:
            self.load_const(None)
        else:
            self.expr(value)

    def run_ensures(self, down_to):
        """Leaving ensure clauses early (return, break, next): run their
        bodies here, each protected by the handlers outside it."""
        saved = self.handlers
        for body, nhandlers in reversed(self.ensures[down_to:]):
            self.handlers = saved[:nhandlers]
            if body is RESTORE_ERRINFO:
                self.emit(Op.END_RESCUE)
            else:
                self.discard(body)
        self.handlers = saved

    def with_errinfo(self, compile_body, handler_depth):
        """Compile the body of a rescue clause, or of an ensure clause run by
        an exception, during which $! is that exception: END_RESCUE restores
        $! however the body is left (its end, an exception, return, break or
        next, which run it as they run ensure clauses)."""
        escaped, done = Label(), Label()
        self.handlers.append((escaped, handler_depth))
        self.ensures.append((RESTORE_ERRINFO, len(self.handlers) - 1))
        compile_body()
        self.ensures.pop()
        self.handlers.pop()
        after = self.depth
        self.emit(Op.END_RESCUE)
        self.emit(Op.JUMP, done)
        self.mark(escaped)
        self.depth = handler_depth + 1
        self.emit(Op.END_RESCUE)
        self.emit(Op.RERAISE)
        self.mark(done)
        self.depth = after

    def c_Break(self, node):
        before = self.depth
        self.value_of(node.value)
        if self.loops:
            loop = self.loops[-1]
            self.run_ensures(loop.ensures)
            for _ in range(self.depth - 1 - loop.depth):   # what the loop's body left
                self.emit(Op.ROT_TWO)
                self.emit(Op.POP_TOP)
            self.emit(Op.JUMP, loop.break_to)
        elif self.meta["kind"] == "block":
            self.run_ensures(0)
            self.emit(Op.BREAK_FROM_BLOCK)
        else:
            self.error(node, "Invalid break")
        self.depth = before + 1        # (what follows is unreachable)

    def c_Next(self, node):
        before = self.depth
        if self.loops:
            loop = self.loops[-1]
            self.run_ensures(loop.ensures)
            while self.depth > loop.depth + loop.extra:
                self.emit(Op.POP_TOP)
            self.emit(Op.JUMP, loop.next_to)
        elif self.meta["kind"] == "block":
            self.value_of(node.value)
            self.run_ensures(0)
            self.emit(Op.RETURN_VALUE)
        else:
            self.error(node, "Invalid next")
        self.depth = before + 1

    def c_Redo(self, node):
        self.error(node, "redo is not supported by rbish")

    def c_Retry(self, node):
        if not self.rescues:
            self.error(node, "Invalid retry")
        before = self.depth
        self.emit(Op.END_RESCUE)
        self.emit(Op.JUMP, self.rescues[-1])
        self.depth = before + 1

    def c_Return(self, node):
        before = self.depth
        self.value_of(node.value)
        kind = self.meta["kind"]
        if kind == "block":
            self.run_ensures(0)
            self.emit(Op.RETURN_FROM_BLOCK)
        elif kind in ("method", "top"):
            self.run_ensures(0)
            self.emit(Op.RETURN_VALUE)
        else:
            self.error(node, "Invalid return in class/module body")
        self.depth = before + 1

    def c_Begin(self, node):
        base = self.depth
        ensure = node.ensure
        if ensure is not None:
            on_raise = Label()
            self.handlers.append((on_raise, base))
            self.ensures.append((ensure, len(self.handlers) - 1))
        retry = Label()
        self.mark(retry)
        if node.rescues:
            after = Label()
            caught = Label()
            self.handlers.append((caught, base))
            self.expr(node.body)
            self.handlers.pop()
            if node.else_ is not None:
                self.emit(Op.POP_TOP)
                self.expr(node.else_)
            self.emit(Op.JUMP, after)
            self.mark(caught)
            self.depth = base + 1                       # the exception
            for clause in node.rescues:
                self.at(clause)
                skip = Label()
                self.sequence(clause.classes)
                self.emit(Op.RESCUE_MATCH)
                self.emit(Op.POP_JUMP_IF_FALSE, skip)
                self.emit(Op.EXCEPTION_VALUE)
                self.with_errinfo(lambda clause=clause: self.rescue_clause(clause, retry), base)
                self.emit(Op.JUMP, after)
                self.mark(skip)
                self.depth = base + 1
            self.emit(Op.RERAISE)
            self.mark(after)
            self.depth = base + 1
        else:
            self.expr(node.body)
            if node.else_ is not None:
                self.emit(Op.POP_TOP)
                self.expr(node.else_)
        if ensure is not None:
            self.ensures.pop()
            self.handlers.pop()
            done = Label()
            self.discard(ensure)
            self.emit(Op.JUMP, done)
            self.mark(on_raise)
            self.depth = base + 1
            self.emit(Op.ENSURE_ERRINFO)
            t = self.temp()
            self.emit(Op.STORE_FAST, t)
            self.with_errinfo(lambda: self.discard(ensure), base)
            self.emit(Op.LOAD_FAST, t)
            self.emit(Op.RERAISE)
            self.mark(done)
            self.depth = base + 1


    def rescue_clause(self, clause, retry):
        """A matched rescue clause, the exception's value on the stack."""
        if clause.target is not None:
            self.assign_top(clause.target)
        else:
            self.emit(Op.POP_TOP)
        self.rescues.append(retry)
        self.expr(clause.body) if clause.body is not None else self.load_const(None)
        self.rescues.pop()


#: in Unit.ensures: not an ensure body but the end of a clause that set $!
RESTORE_ERRINFO = object()


# -- calls the compiler answers itself -------------------------------------------------------
def _block_given(unit, node):
    if node.args:
        return False
    unit.emit(Op.LOAD_FAST, BLOCK)
    unit.emit(Op.NOT)
    unit.emit(Op.NOT)


def _require_relative(unit, node):
    if len(node.args) != 1:
        return False
    unit.emit(Op.LOAD_FAST, SELF)
    unit.emit(Op.PUT_STRING, unit.const(unit.filename))
    unit.expr(node.args[0])
    unit.emit(Op.SEND, unit.site("require_relative", 2, fcall=True))    # (from_file, name)


def _method_name(unit, node):
    if node.args:
        return False
    unit.load_const(unit.method_name)


SPECIAL_FORMS = {"block_given?": _block_given, "iterator?": _block_given,
                 "require_relative": _require_relative, "__method__": _method_name}


# -- helpers -------------------------------------------------------------------------------------
def _static_path(node):
    if type(node) is A.Const:
        if node.scope is None:
            return node.name
        prefix = _static_path(node.scope)
        return None if prefix is None else f"{prefix}::{node.name}"
    return None


def _count_leading_required(kinds):
    n = 0
    for k in kinds:
        if k in ("req", "mlhs"):
            n += 1
        else:
            break
    return n


_TABLE = None


def _table():
    global _TABLE
    if _TABLE is None:
        from .interpreter import RbishInterpreter
        _TABLE = build_table(RbishInterpreter)
    return _TABLE
