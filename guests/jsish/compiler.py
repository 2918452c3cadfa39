"""The jsish front end: JavaScript source -> ESTree (esprima) -> jsish bytecode.

Parsing is esprima-fork's (a maintained Python port of esprima, ES2026
syntax); scopes are resolved by scopes.py; code generation, here, makes one
CodeObject per module and function, in the style of a JavaScript stack VM.
A construct jsish does not support is a GuestSyntaxError naming file, line
and column, never a crash.

A module is compiled as node compiles it: the body of a function of
(exports, require, module, __filename, __dirname) called with `this` bound
to module.exports.
"""
from __future__ import annotations

import esprima

from hostvm import CodeObject
from hostvm.assemble import Label, assemble
from hostvm.dataflow import assigned_locals
from hostvm.guest import GuestSyntaxError
from hostvm.table import build_table

from .opcodes import Op
from .runtime import FUNCTION_KINDS
from .scopes import analyse
from .values import SAFE, UNBOUND, UNDEFINED

MODULE_PARAMS = ("exports", "require", "module", "__filename", "__dirname")

BINARY = {"+": Op.ADD, "-": Op.SUB, "*": Op.MUL, "/": Op.DIV, "%": Op.MOD, "**": Op.POW,
          "<<": Op.SHL, ">>": Op.SAR, ">>>": Op.SHR, "&": Op.BIT_AND, "|": Op.BIT_OR,
          "^": Op.BIT_XOR, "<": Op.LT, "<=": Op.LE, ">": Op.GT, ">=": Op.GE, "==": Op.EQ,
          "!=": Op.NE, "===": Op.STRICT_EQ, "!==": Op.STRICT_NE, "instanceof": Op.INSTANCEOF,
          "in": Op.IN}
UNARY = {"-": Op.NEG, "+": Op.TO_NUMBER, "!": Op.NOT, "~": Op.BIT_NOT, "typeof": Op.TYPEOF}
KIND = {k: i for i, k in enumerate(FUNCTION_KINDS)}


def compile_source(source: str, filename: str) -> CodeObject:
    try:
        tree = esprima.parseScript(source, {"loc": True})
    except esprima.Error as e:
        message = str(getattr(e, "description", None) or e.message)
        if message.startswith("Line "):
            message = message.split(": ", 1)[-1]
        raise GuestSyntaxError(message, filename, e.lineNumber, e.column) from None
    except RecursionError:
        raise GuestSyntaxError("program too deeply nested", filename, 1, 1) from None
    analysis = analyse(tree, filename, MODULE_PARAMS)
    unit = Unit(analysis, analysis.scopes[id(tree)], "<anonymous>", 1)
    return unit.function_body(tree, [], tree.body, is_module=True)


class Loop:
    """A loop on the block stack.  `on_stack`: values the loop keeps on the
    operand stack (a for-in/of iterator), popped by a jump out."""
    __slots__ = ("break_to", "continue_to", "labels", "on_stack", "is_switch")

    def __init__(self, break_to, continue_to, labels, on_stack=0, is_switch=False):
        self.break_to, self.continue_to = break_to, continue_to
        self.labels, self.on_stack, self.is_switch = labels, on_stack, is_switch


class Finally:
    """A try with a finally clause: code leaving it early runs the clause,
    protected by the handlers outside the try (the first `nhandlers`)."""
    __slots__ = ("body", "nhandlers")

    def __init__(self, body, nhandlers):
        self.body, self.nhandlers = body, nhandlers


class Unit:
    """Code generation for one code object (a module or a function)."""

    def __init__(self, analysis, fscope, name, firstlineno, class_info=None):
        self.a = analysis
        self.f = fscope
        self.name = name
        self.firstlineno = self.line = firstlineno
        self.code = []                  # [op, arg, line, handler]
        self.consts, self.const_index = [], {}
        self.names, self.name_index = [], {}
        self.blocks = []                # Loop, Finally
        self.handlers = []              # (Label, depth) of the enclosing try blocks
        self.depth = 0                  # operand stack depth at statement level
        self.varnames, self.pad = [], []
        self.cellnames, self.cell_init, self.cell_args = [], [], []
        self.cell_of = {}               # Binding -> cell index in this unit
        self.class_info = class_info    # (fields, is_static) for a class's methods
        self.meta = {}

    # -- emission ------------------------------------------------------------------------
    def error(self, node, message):
        self.a.error(node, message)

    def emit(self, op, arg=0):
        self.code.append([op, arg, self.line, self.handlers[-1] if self.handlers else None])

    def mark(self, label):
        label.pos = len(self.code)

    def at(self, node):
        loc = getattr(node, "loc", None)
        if loc is not None:
            self.line = loc.start.line

    def const(self, value):
        key = (type(value), value) if not isinstance(value, (CodeObject, tuple)) else id(value)
        if isinstance(value, float) and value != value:
            key = "nan"
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

    def new_local(self, name, initial=UNDEFINED):
        self.varnames.append(name)
        self.pad.append(initial)
        return len(self.varnames) - 1

    def temp(self):
        return self.new_local(f".t{len(self.varnames)}")

    # -- variables ---------------------------------------------------------------------------
    def load(self, b, name, node=None):
        if b is None:
            if name == "undefined":
                self.load_const(UNDEFINED)
            elif name == "NaN":
                self.load_const(float("nan"))
            elif name == "Infinity":
                self.load_const(float("inf"))
            else:
                self.emit(Op.LOAD_GLOBAL, self.name_(name))
        elif b in self.cell_of:
            self.emit(Op.LOAD_DEREF, self.cell_of[b])
        elif b.lexical or b.kind == "this" and b.func.kind == "derived":
            self.emit(Op.LOAD_FAST_CHECK, b.local)
        else:
            self.emit(Op.LOAD_FAST, b.local)

    def store(self, b, name, init=False):
        """Store the top of the stack; `init`: the declaration itself (a
        const may be initialised once)."""
        if b is None:
            self.emit(Op.STORE_GLOBAL, self.name_(name))
        elif b.kind == "const" and not init:
            self.emit(Op.POP_TOP)
            self.emit(Op.ASSIGN_TO_CONST, self.name_(name))
        elif b in self.cell_of:
            self.emit(Op.STORE_DEREF, self.cell_of[b])
        else:
            self.emit(Op.STORE_FAST, b.local)

    def ref(self, node):
        return self.a.ref.get(id(node))

    # -- functions -------------------------------------------------------------------------
    def function_body(self, node, params, body, is_module=False, kind="function"):
        """Lay out the frame (this, parameters, other locals; own cells, then
        free cells), then compile the body."""
        f = self.f
        self.at(node)
        this = f.this
        if this is not None:
            this.local = self.new_local("this", UNBOUND if kind == "derived" else UNDEFINED)
        else:
            self.new_local(".this")
        if is_module:
            for name in MODULE_PARAMS:
                b = f.names[name]
                b.local = self.new_local(name)
            nparams = len(MODULE_PARAMS)
        else:
            for p in params:
                if p.type == "RestElement":
                    break
                if p.type == "Identifier":
                    # (a repeated parameter name: the last one's slot wins)
                    self.ref(p).local = self.new_local(p.name)
                else:
                    self.new_local(f".p{len(self.varnames)}")
            nparams = len(self.varnames) - 1
        self.meta.update(nparams=nparams, rest_slot=None, arguments_slot=None,
                         new_target_slot=None)
        length = 0
        for p in params:
            if p.type in ("AssignmentPattern", "RestElement"):
                break
            length += 1
        self.meta["length"] = length
        if not is_module and params and params[-1].type == "RestElement":
            self.meta["rest_slot"] = self.new_local(".rest")
        if f.arguments is not None:
            f.arguments.local = self.meta["arguments_slot"] = self.new_local("arguments")
        if f.new_target is not None:
            f.new_target.local = self.meta["new_target_slot"] = self.new_local(".new_target")
        # the other bindings of this function: locals, or cells when captured
        for b in f.bindings:
            if b.local is None and not b.captured:
                b.local = self.new_local(b.name, UNBOUND if b.lexical else UNDEFINED)
        for b in f.bindings:
            if b.captured:
                self.cell_of[b] = len(self.cellnames)
                self.cellnames.append(b.name)
                self.cell_init.append(UNBOUND if b.lexical else UNDEFINED)
                if b.local is not None:             # this, a parameter: copied at entry
                    self.cell_args.append((self.cell_of[b], b.local))
        self.nfree = len(f.free)
        for b in f.free:
            self.cell_of[b] = len(self.cellnames)
            self.cellnames.append(b.name)
        special = (self.meta["rest_slot"], self.meta["arguments_slot"],
                   self.meta["new_target_slot"])
        self.meta["special_args"] = any(s is not None for s in special)
        # sloppy mode: a call without a receiver sees the global object, a
        # primitive receiver its wrapper; the call path converts `this`
        # (values.sloppy_this) before the frame, and its cell, are made
        self.meta["sloppy_this"] = (this is not None and kind == "function"
                                    and not f.strict and f.this_used)
        # parameters with defaults or patterns
        if not is_module:
            for i, p in enumerate(params):
                if p.type == "Identifier":
                    continue
                if p.type == "RestElement":
                    self.emit(Op.LOAD_FAST, self.meta["rest_slot"])
                    self.assign_pattern(p.argument, init=True)
                    continue
                self.emit(Op.LOAD_FAST, 1 + i)
                self.assign_pattern(p, init=True)
        self.hoist_functions(f)
        if kind in ("class", "derived") and self.class_info is not None and kind == "class":
            self.init_fields()
        if body is None:
            pass
        elif isinstance(body, list):
            self.statements(body)
        else:                                       # an arrow's expression body
            self.expr(body)
            self.emit(Op.RETURN_VALUE)
            return self.assemble()
        if kind == "derived":
            self.load(f.this, "this")
        else:
            self.load_const(UNDEFINED)
        self.emit(Op.RETURN_VALUE)
        return self.assemble()

    def hoist_functions(self, scope):
        for fn in scope.functions:
            self.make_function(fn, fn.id.name, "function")
            self.store(self.ref(fn.id), fn.id.name, init=True)

    def make_function(self, node, name, kind, class_info=None):
        """Compile a nested function and push it (its closure: the cells it
        uses from this unit)."""
        fscope = self.a.scopes[id(node)]
        child = Unit(self.a, fscope, name, node.loc.start.line, class_info)
        params = node.params
        body = node.body.body if node.body.type == "BlockStatement" else node.body
        code = child.function_body(node, params, body, kind=kind)
        self.load_const(code)
        for b in fscope.free:
            self.emit(Op.LOAD_CLOSURE, self.cell_of[b])
        self.emit(Op.MAKE_FUNCTION, KIND[kind] | len(fscope.free) << 3)

    # -- statements ----------------------------------------------------------------------------
    def statements(self, stmts):
        for s in stmts:
            self.stmt(s)

    def stmt(self, n):
        self.at(n)
        method = getattr(self, "s_" + n.type, None)
        if method is None:
            self.error(n, f"jsish does not support {n.type}")
        method(n)

    def s_EmptyStatement(self, n):
        pass

    s_DebuggerStatement = s_FunctionDeclaration = s_EmptyStatement   # (hoisted)

    def s_ExpressionStatement(self, n):
        self.effect(n.expression)

    def s_VariableDeclaration(self, n):
        for d in n.declarations:
            self.at(d)
            if d.init is not None:
                self.expr(d.init, name_hint=d.id.name if d.id.type == "Identifier" else None)
                self.assign_pattern(d.id, init=True)
            elif n.kind != "var":                   # let x;  ends the dead zone
                self.load_const(UNDEFINED)
                self.assign_pattern(d.id, init=True)

    def s_ClassDeclaration(self, n):
        self.klass(n)
        self.store(self.ref(n.id), n.id.name, init=True)

    def s_BlockStatement(self, n):
        scope = self.a.scopes[id(n)]
        self.enter_scope(scope)
        self.statements(n.body)

    def enter_scope(self, scope):
        """A block's entry: captured bindings of a block inside a loop get
        fresh cells (each iteration its own), then its functions."""
        if scope.in_loop:
            for b in scope.names.values():
                if b in self.cell_of and b.func is self.f:
                    self.emit(Op.FRESH_CELL, self.cell_of[b])
        self.hoist_functions(scope)

    def s_IfStatement(self, n):
        otherwise, end = Label(), Label()
        self.jump_if(n.test, False, otherwise)
        self.stmt(n.consequent)
        if n.alternate is not None:
            self.emit(Op.JUMP, end)
            self.mark(otherwise)
            self.stmt(n.alternate)
            self.mark(end)
        else:
            self.mark(otherwise)

    def take_labels(self, n):
        """The labels of a loop (set by its LabeledStatement)."""
        return getattr(n, "_labels", None) or set()

    def s_WhileStatement(self, n):
        top, test, end = Label(), Label(), Label()
        self.emit(Op.JUMP, test)
        self.mark(top)
        self.loop_body(n.body, Loop(end, test, self.take_labels(n)))
        self.mark(test)
        self.at(n.test)
        self.jump_if(n.test, True, top)
        self.mark(end)

    def s_DoWhileStatement(self, n):
        top, test, end = Label(), Label(), Label()
        self.mark(top)
        self.loop_body(n.body, Loop(end, test, self.take_labels(n)))
        self.mark(test)
        self.at(n.test)
        self.jump_if(n.test, True, top)
        self.mark(end)

    def loop_body(self, body, loop):
        self.blocks.append(loop)
        self.stmt(body)
        self.blocks.pop()

    def s_ForStatement(self, n):
        scope = self.a.scopes[id(n)]
        self.enter_scope(scope)
        if n.init is not None:
            if n.init.type == "VariableDeclaration":
                self.stmt(n.init)
            else:
                self.effect(n.init)
        top, cont, test, end = Label(), Label(), Label(), Label()
        self.emit(Op.JUMP, test)
        self.mark(top)
        self.loop_body(n.body, Loop(end, cont, self.take_labels(n)))
        self.mark(cont)
        for b in scope.names.values():              # each iteration its own let bindings
            if b in self.cell_of:
                self.emit(Op.FRESH_CELL, self.cell_of[b])
        if n.update is not None:
            self.at(n.update)
            self.effect(n.update)
        self.mark(test)
        if n.test is not None:
            self.at(n.test)
            self.jump_if(n.test, True, top)
        else:
            self.emit(Op.JUMP, top)
        self.mark(end)

    def s_ForInStatement(self, n, get=Op.GET_KEYS):
        self.expr(n.right)
        self.emit(get)
        scope = self.a.scopes[id(n)]
        top, end = Label(), Label()
        self.mark(top)
        self.emit(Op.FOR_ITER, end)
        self.depth += 1
        for b in scope.names.values():
            if b in self.cell_of:
                self.emit(Op.FRESH_CELL, self.cell_of[b])
        left = n.left
        if left.type == "VariableDeclaration":
            self.assign_pattern(left.declarations[0].id, init=True)
        else:
            self.assign_pattern(left)
        self.hoist_functions(scope)
        self.loop_body(n.body, Loop(end, top, self.take_labels(n), on_stack=1))
        self.emit(Op.JUMP, top)
        self.depth -= 1
        self.mark(end)

    def s_ForOfStatement(self, n):
        self.s_ForInStatement(n, Op.GET_ITER)

    def s_LabeledStatement(self, n):
        body = n.body
        labels = self.take_labels(n) | {n.label.name}
        if body.type in ("ForStatement", "WhileStatement", "DoWhileStatement",
                         "ForInStatement", "ForOfStatement"):
            body._labels = labels
            self.stmt(body)
        else:
            end = Label()
            self.blocks.append(Loop(end, None, labels))
            self.stmt(body)
            self.blocks.pop()
            self.mark(end)

    def s_BreakStatement(self, n):
        self.jump_out(n, "break")

    def s_ContinueStatement(self, n):
        self.jump_out(n, "continue")

    def jump_out(self, n, how):
        label = n.label.name if n.label is not None else None
        for i in range(len(self.blocks) - 1, -1, -1):
            b = self.blocks[i]
            if not isinstance(b, Loop):
                continue
            if label is not None and label not in b.labels:
                continue
            if how == "continue" and b.continue_to is None:
                if label is not None:
                    self.error(n, f"Illegal continue statement: '{label}' does not denote an "
                                  f"iteration statement")
                continue
            if how == "break" and label is None and b.continue_to is None and \
                    not b.is_switch and b.labels:
                continue                            # a labelled block needs its label
            target = b.break_to if how == "break" else b.continue_to
            self.unwind(i + 1 if how == "continue" else i)
            self.emit(Op.JUMP, target)
            return
        if label is not None:
            self.error(n, f"Undefined label '{label}'")
        self.error(n, f"Illegal {how} statement")

    def unwind(self, down_to):
        """Emit what leaving the blocks above `down_to` needs: pop loop
        iterators, run finally clauses.  The stack depth is restored after,
        since the code that follows is not reached from here."""
        depth, handlers, blocks = self.depth, self.handlers, self.blocks
        for i in range(len(blocks) - 1, down_to - 1, -1):
            b = blocks[i]
            if isinstance(b, Loop):
                if b.on_stack:
                    for _ in range(b.on_stack):
                        self.emit(Op.POP_TOP)
                    self.depth -= b.on_stack
            else:
                self.handlers = handlers[:b.nhandlers]
                self.blocks = blocks[:i]
                self.stmt(b.body)
                self.blocks = blocks
        self.depth, self.handlers = depth, handlers

    def s_ReturnStatement(self, n):
        if n.argument is not None:
            self.expr(n.argument)
        elif self.f.kind == "derived":
            self.load(self.f.this, "this")
        else:
            self.load_const(UNDEFINED)
        if any(isinstance(b, Finally) for b in self.blocks):
            t = self.temp()
            self.emit(Op.STORE_FAST, t)
            self.unwind(0)
            self.emit(Op.LOAD_FAST, t)
        self.emit(Op.RETURN_VALUE)

    def s_ThrowStatement(self, n):
        self.expr(n.argument)
        self.at(n)
        self.emit(Op.THROW)

    def s_TryStatement(self, n):
        fin = n.finalizer
        if fin is not None:
            on_raise = Label()
            self.handlers.append((on_raise, self.depth))
            self.blocks.append(Finally(fin, len(self.handlers) - 1))
        if n.handler is not None:
            catch, after = Label(), Label()
            self.handlers.append((catch, self.depth))
            self.stmt(n.block)
            self.handlers.pop()
            self.emit(Op.JUMP, after)
            self.mark(catch)
            h = n.handler
            self.at(h)
            self.depth += 1
            self.emit(Op.CATCH_VALUE)
            scope = self.a.scopes[id(h)]
            self.enter_scope(scope)
            if h.param is not None:
                self.assign_pattern(h.param, init=True)
            else:
                self.emit(Op.POP_TOP)
            self.depth -= 1
            self.statements(h.body.body)
            self.mark(after)
        else:
            self.stmt(n.block)
        if fin is not None:
            self.blocks.pop()
            self.handlers.pop()
            end = Label()
            self.stmt(fin)
            self.emit(Op.JUMP, end)
            self.mark(on_raise)
            t = self.temp()
            self.emit(Op.STORE_FAST, t)             # the exception waits in a local
            self.stmt(fin)
            self.emit(Op.LOAD_FAST, t)
            self.emit(Op.RERAISE)
            self.mark(end)

    def s_SwitchStatement(self, n):
        self.expr(n.discriminant)
        t = self.temp()
        self.emit(Op.STORE_FAST, t)
        scope = self.a.scopes[id(n)]
        self.enter_scope(scope)
        end = Label()
        bodies = [Label() for _ in n.cases]
        default = None
        for case, label in zip(n.cases, bodies):
            if case.test is None:
                default = label
                continue
            self.at(case)
            self.emit(Op.LOAD_FAST, t)
            self.expr(case.test)
            self.emit(Op.STRICT_EQ)
            self.emit(Op.POP_JUMP_IF_TRUE, label)
        self.emit(Op.JUMP, default or end)
        self.blocks.append(Loop(end, None, self.take_labels(n), is_switch=True))
        for case, label in zip(n.cases, bodies):
            self.mark(label)
            self.statements(case.consequent)
        self.blocks.pop()
        self.mark(end)

    # -- classes --------------------------------------------------------------------------
    def klass(self, n):
        """Make a class: its constructor, linked to the parent, then its
        methods and static members; leaves the class on the stack."""
        self.at(n)
        derived = n.superClass is not None
        members = n.body.body
        ctor = next((m for m in members if m.type == "MethodDefinition"
                     and m.kind == "constructor"), None)
        fields = [m for m in members if m.type == "PropertyDefinition" and not m.static]
        name = n.id.name if n.id is not None else (getattr(n, "_name_hint", None) or "")
        kind = "derived" if derived else "class"
        if ctor is not None:
            self.make_function(ctor.value, name, kind, class_info=(fields, False))
        else:
            self.default_constructor(n, name, kind, fields)
        if derived:
            self.expr(n.superClass)
        else:
            self.load_const(UNDEFINED)
        self.emit(Op.MAKE_CLASS, int(derived))
        self.emit(Op.DUP_TOP)
        self.store(self.ref(n.body), ".class", init=True)
        inner = self.a.class_inner.get(id(n))
        if inner is not None:
            self.emit(Op.DUP_TOP)
            self.store(inner, inner.name, init=True)
        for m in members:
            if m is ctor or (m.type == "PropertyDefinition" and not m.static):
                continue
            self.at(m)
            self.emit(Op.DUP_TOP)
            if m.type == "MethodDefinition" and not m.static:
                self.emit(Op.GET_ATTR, self.name_("prototype"))
            self.property_key(m)
            if m.type == "PropertyDefinition":       # a static field
                self.static_field(m)
                self.emit(Op.DEFINE_FIELD)
            else:
                key = m.key.name if not m.computed and m.key.type == "Identifier" else ""
                m.value._static = m.static
                self.make_function(m.value, key, "method")
                self.emit({"get": Op.DEFINE_GETTER, "set": Op.DEFINE_SETTER}.get(
                    m.kind, Op.DEFINE_METHOD), 1 if m.kind in ("get", "set") else 0)
            self.emit(Op.POP_TOP)

    def static_field(self, m):
        """A static field's value: its initialiser called on the class."""
        init = self.a.field_init.get(id(m))
        if init is None:
            self.load_const(UNDEFINED)
            return
        self.make_function(init, "", "method")
        self.load(self.ref(m), ".class")
        self.emit(Op.CALL, 0)

    def default_constructor(self, n, name, kind, fields):
        fscope = self.a.scopes.get(id(n.body))
        child = Unit(self.a, _DefaultCtorScope(fscope, kind), name, n.loc.start.line,
                     (fields, False))
        code = child.default_ctor_body(n, kind)
        self.load_const(code)
        for b in child.f.free:
            self.emit(Op.LOAD_CLOSURE, self.cell_of[b])
        self.emit(Op.MAKE_FUNCTION, KIND[kind] | len(child.f.free) << 3)

    def default_ctor_body(self, n, kind):
        """constructor(...args) { super(...args); }, or an empty one."""
        self.varnames, self.pad = ["this"], [UNBOUND if kind == "derived" else UNDEFINED]
        self.f.this.local = 0
        self.meta.update(nparams=0, length=0, arguments_slot=None, new_target_slot=None,
                         rest_slot=None)
        if kind == "derived":
            self.meta["rest_slot"] = self.new_local(".rest")
            self.f.new_target.local = self.meta["new_target_slot"] = self.new_local(".nt")
        self.meta["special_args"] = kind == "derived"
        self.nfree = len(self.f.free)
        for b in self.f.free:
            self.cell_of[b] = len(self.cellnames)
            self.cellnames.append(b.name)
        if kind == "derived":
            self.load(self.f.class_binding, ".class")
            self.emit(Op.LOAD_FAST, self.meta["new_target_slot"])
            self.emit(Op.LOAD_FAST, self.meta["rest_slot"])
            self.emit(Op.SUPER_CALL_SPREAD)
            self.emit(Op.STORE_FAST, 0)
        self.init_fields()
        if kind == "derived":
            self.emit(Op.LOAD_FAST, 0)
        else:
            self.load_const(UNDEFINED)
        self.emit(Op.RETURN_VALUE)
        return self.assemble()

    def init_fields(self):
        """Instance fields, on `this`: at a base constructor's entry, after
        super() returns in a derived one."""
        if not self.class_info:
            return
        fields, _ = self.class_info
        for m in fields:
            self.load(self.f.this, "this")
            self.property_key(m)
            init = self.a.field_init.get(id(m))
            if init is None:
                self.load_const(UNDEFINED)
            else:
                self.make_function(init, "", "method")
                self.load(self.f.this, "this")
                self.emit(Op.CALL, 0)
            self.emit(Op.DEFINE_FIELD)
            self.emit(Op.POP_TOP)

    def property_key(self, m):
        key = m.key
        if m.computed:
            self.expr(key)
        elif key.type == "Identifier":
            self.load_const(key.name)
        elif key.type == "PrivateIdentifier":
            self.load_const("#" + key.name)
        elif key.type == "Literal":
            v = key.value
            self.load_const(v if isinstance(v, str) else _number_key(v))
        else:
            self.error(key, f"jsish does not support {key.type} keys")

    # -- expressions --------------------------------------------------------------------------
    def effect(self, n):
        """Compile an expression for its effect only (a statement)."""
        t = n.type
        if t == "AssignmentExpression":
            self.e_AssignmentExpression(n, want=False)
        elif t == "UpdateExpression":
            self.e_UpdateExpression(n, want=False)
        elif t == "SequenceExpression":
            for e in n.expressions:
                self.effect(e)
        else:
            self.expr(n)
            self.emit(Op.POP_TOP)

    def expr(self, n, name_hint=None):
        method = getattr(self, "e_" + n.type, None)
        if method is None:
            self.error(n, f"jsish does not support {n.type}")
        if name_hint is not None and n.type in ("FunctionExpression", "ArrowFunctionExpression",
                                                "ClassExpression"):
            n._name_hint = name_hint
        method(n)

    def e_Literal(self, n):
        regex = getattr(n, "regex", None)
        if regex is not None:
            pattern = regex["pattern"] if isinstance(regex, dict) else regex.pattern
            flags = regex["flags"] if isinstance(regex, dict) else regex.flags
            self.emit(Op.NEW_REGEXP, self.const((pattern, flags)))
            return
        v = n.value
        if getattr(n, "bigint", None) is not None:
            self.error(n, "jsish does not support BigInt")
        if isinstance(v, bool) or v is None or isinstance(v, str):
            self.load_const(v)
        elif isinstance(v, (int, float)):
            self.load_const(_number(v))
        else:
            self.error(n, f"jsish does not support the literal {n.raw}")

    def e_Identifier(self, n):
        self.load(self.ref(n), n.name, n)

    def e_ThisExpression(self, n):
        self.load(self.ref(n), "this")

    def e_MetaProperty(self, n):
        b = self.ref(n)
        if b is None:
            self.load_const(UNDEFINED)
        else:
            self.load(b, ".new_target")

    def e_TemplateLiteral(self, n):
        count = 0
        for i, q in enumerate(n.quasis):
            if q.value.cooked:
                self.load_const(q.value.cooked)
                count += 1
            if i < len(n.expressions):
                self.expr(n.expressions[i])
                self.emit(Op.TO_STRING)
                count += 1
        if count == 0:
            self.load_const("")
        elif count > 1:
            self.emit(Op.BUILD_STRING, count)

    def e_ArrayExpression(self, n):
        els = n.elements
        plain = 0
        while plain < len(els) and (els[plain] is None or els[plain].type != "SpreadElement"):
            self.element(els[plain])
            plain += 1
        self.emit(Op.NEW_ARRAY, plain)
        for el in els[plain:]:
            if el is not None and el.type == "SpreadElement":
                self.expr(el.argument)
                self.emit(Op.ARRAY_EXTEND)
            else:
                self.element(el)
                self.emit(Op.ARRAY_APPEND)

    def element(self, el):
        if el is None:
            self.load_const(UNDEFINED)              # a hole reads as undefined
        else:
            self.expr(el)

    def e_ObjectExpression(self, n):
        self.emit(Op.NEW_OBJECT)
        for p in n.properties:
            self.at(p)
            if p.type == "SpreadElement":
                self.expr(p.argument)
                self.emit(Op.COPY_PROPERTIES)
                continue
            self.property_key(p)
            hint = p.key.name if not p.computed and p.key.type == "Identifier" else None
            if p.kind in ("get", "set"):
                self.make_function(p.value, hint or "", "method")
                self.emit(Op.DEFINE_GETTER if p.kind == "get" else Op.DEFINE_SETTER, 0)
            elif p.method:
                self.make_function(p.value, hint or "", "method")
                self.emit(Op.DEFINE_FIELD)
            else:
                self.expr(p.value, name_hint=hint)
                self.emit(Op.DEFINE_FIELD)

    def e_FunctionExpression(self, n):
        name = n.id.name if n.id is not None else getattr(n, "_name_hint", None) or ""
        self.make_function(n, name, "function")
        if n.id is not None:                        # its own name, bound inside it
            self.emit(Op.DUP_TOP)
            self.store(self.ref(n.id), n.id.name, init=True)

    def e_ArrowFunctionExpression(self, n):
        self.make_function(n, getattr(n, "_name_hint", None) or "", "arrow")

    def e_ClassExpression(self, n):
        self.klass(n)

    def e_YieldExpression(self, n):
        if n.argument is not None:
            self.expr(n.argument)
        else:
            self.load_const(UNDEFINED)
        self.at(n)
        self.emit(Op.YIELD_FROM if n.delegate else Op.YIELD_VALUE)

    def e_SequenceExpression(self, n):
        for e in n.expressions[:-1]:
            self.effect(e)
        self.expr(n.expressions[-1])

    def e_UnaryExpression(self, n):
        op, arg = n.operator, n.argument
        if op == "typeof" and arg.type == "Identifier" and self.ref(arg) is None \
                and arg.name not in ("undefined", "NaN", "Infinity"):
            self.emit(Op.LOAD_GLOBAL_OR_UNDEFINED, self.name_(arg.name))
            self.emit(Op.TYPEOF)
        elif op == "void":
            self.effect(arg)
            self.load_const(UNDEFINED)
        elif op == "delete":
            self.delete(arg)
        elif op == "-" and arg.type == "Literal" and isinstance(arg.value, (int, float)) \
                and not isinstance(arg.value, bool):
            v = _number(arg.value)
            self.load_const(-v if v else -0.0)
        else:
            self.expr(arg)
            self.emit(UNARY[op])

    def delete(self, arg):
        if arg.type == "MemberExpression":
            self.expr(arg.object)
            if arg.computed:
                self.expr(arg.property)
                self.emit(Op.DELETE_ELEM)
            else:
                self.emit(Op.DELETE_ATTR, self.name_(arg.property.name))
        else:
            self.effect(arg)
            self.load_const(True)

    def e_BinaryExpression(self, n):
        self.expr(n.left)
        self.expr(n.right)
        self.at(n)
        self.emit(BINARY[n.operator])

    def e_LogicalExpression(self, n):
        end = Label()
        self.expr(n.left)
        if n.operator == "&&":
            self.emit(Op.JUMP_IF_FALSE_OR_POP, end)
        elif n.operator == "||":
            self.emit(Op.JUMP_IF_TRUE_OR_POP, end)
        else:                                       # ??
            self.nullish_or_pop(end)
        self.expr(n.right)
        self.mark(end)

    def nullish_or_pop(self, end):
        """value -- value (jump to end when it is not null/undefined) | -- (fall through)"""
        self.emit(Op.DUP_TOP)
        self.load_const(None)
        self.emit(Op.EQ)
        self.emit(Op.POP_JUMP_IF_FALSE, end)
        self.emit(Op.POP_TOP)

    def e_ConditionalExpression(self, n):
        otherwise, end = Label(), Label()
        self.jump_if(n.test, False, otherwise)
        self.expr(n.consequent)
        self.emit(Op.JUMP, end)
        self.mark(otherwise)
        self.expr(n.alternate)
        self.mark(end)

    def jump_if(self, n, when, label):
        """Jump to label when n is truthy (when=True) or falsy."""
        t = n.type
        if t == "UnaryExpression" and n.operator == "!":
            self.jump_if(n.argument, not when, label)
        elif t == "LogicalExpression" and n.operator in ("&&", "||"):
            if (n.operator == "&&") != when:        # (a && b) false / (a || b) true
                self.jump_if(n.left, when, label)
                self.jump_if(n.right, when, label)
            else:
                skip = Label()
                self.jump_if(n.left, not when, skip)
                self.jump_if(n.right, when, label)
                self.mark(skip)
        else:
            self.expr(n)
            self.emit(Op.POP_JUMP_IF_TRUE if when else Op.POP_JUMP_IF_FALSE, label)

    # -- members and calls ----------------------------------------------------------------------
    def e_ChainExpression(self, n):
        saved, self.chain_end = getattr(self, "chain_end", None), Label()
        end = self.chain_end
        self.expr(n.expression)
        done = Label()
        self.emit(Op.JUMP, done)
        self.mark(end)                               # a nullish link: the whole chain is undefined
        self.emit(Op.POP_TOP)
        self.load_const(UNDEFINED)
        self.mark(done)
        self.chain_end = saved

    def optional_check(self, n):
        if getattr(n, "optional", False):
            self.emit(Op.DUP_TOP)
            self.load_const(None)
            self.emit(Op.EQ)
            self.emit(Op.POP_JUMP_IF_TRUE, self.chain_end)

    def e_MemberExpression(self, n):
        if n.object.type == "Super":
            self.super_home(n.object)
            self.load(self.a.this_ref[id(n.object)], "this")
            self.member_key(n)
            self.emit(Op.GET_SUPER)
            return
        self.member_read(n, Op.GET_ATTR, Op.GET_ELEM)

    def member_read(self, m, attr_op, elem_op):
        """obj.name or obj[key], read by attr_op / elem_op (a value, or a
        method and its receiver)."""
        self.expr(m.object)
        self.optional_check(m)
        self.at(m)
        if m.computed:
            self.expr(m.property)
            self.emit(elem_op)
        else:
            self.emit(attr_op, self.name_(_prop_name(m.property)))

    def member_key(self, n):
        if n.computed:
            self.expr(n.property)
        else:
            self.load_const(_prop_name(n.property))

    def super_home(self, sup):
        """The object super.x looks above: the class's prototype in methods,
        the class itself in static methods."""
        self.load(self.ref(sup), ".class")
        if not self.in_static_method():
            self.emit(Op.GET_ATTR, self.name_("prototype"))

    def in_static_method(self):
        f = self.f
        while f is not None and f.kind == "arrow":
            f = f.parent.func if f.parent is not None else None
        return f is not None and getattr(f.node, "_static", False)

    def e_CallExpression(self, n):
        callee = n.callee
        if callee.type == "Super":
            self.load(self.ref(callee), ".class")
            self.load(self.ref(n), ".new_target")
            if self.spread_args(n.arguments):
                self.at(n)
                self.emit(Op.SUPER_CALL_SPREAD)
            else:
                self.at(n)
                self.emit(Op.SUPER_CALL, len(n.arguments))
            self.emit(Op.DUP_TOP)
            this = self.a.this_ref[id(callee)]
            self.store(this, "this", init=True)
            if this.func is self.f:
                self.init_fields()
            return
        if callee.type == "MemberExpression":
            if callee.object.type == "Super":
                self.e_MemberExpression(callee)
                self.load(self.a.this_ref[id(callee.object)], "this")
            else:
                self.member_read(callee, Op.GET_METHOD, Op.GET_METHOD_ELEM)
        else:
            self.expr(callee)
            self.load_const(UNDEFINED)
        if getattr(n, "optional", False):
            self.error(n, "jsish does not support optional calls (f?.())")
        if self.spread_args(n.arguments):
            self.at(n)
            self.emit(Op.CALL_SPREAD)
        else:
            self.at(n)
            self.emit(Op.CALL, len(n.arguments))

    def spread_args(self, args):
        """Push the arguments; with a spread among them, as one array
        (returns True)."""
        if not any(a.type == "SpreadElement" for a in args):
            for a in args:
                self.expr(a)
            return False
        self.emit(Op.NEW_ARRAY, 0)
        for a in args:
            if a.type == "SpreadElement":
                self.expr(a.argument)
                self.emit(Op.ARRAY_EXTEND)
            else:
                self.expr(a)
                self.emit(Op.ARRAY_APPEND)
        return True

    def e_NewExpression(self, n):
        self.expr(n.callee)
        if self.spread_args(n.arguments):
            self.at(n)
            self.emit(Op.NEW_SPREAD)
        else:
            self.at(n)
            self.emit(Op.NEW, len(n.arguments))

    # -- assignment ------------------------------------------------------------------------------
    def e_AssignmentExpression(self, n, want=True):
        op, left = n.operator, n.left
        self.at(n)
        if op == "=":
            if left.type == "Identifier":
                self.expr(n.right, name_hint=left.name)
                if want:
                    self.emit(Op.DUP_TOP)
                self.store(self.ref(left), left.name)
            elif left.type == "MemberExpression":
                self.member_target(left)
                self.expr(n.right)
                self.member_store(left, want)
            else:
                self.expr(n.right)
                if want:
                    self.emit(Op.DUP_TOP)
                self.assign_pattern(left)
            return
        if op in ("&&=", "||=", "??="):
            self.logical_assign(n, want)
            return
        binop = BINARY[op[:-1]]
        if left.type == "Identifier":
            b = self.ref(left)
            self.load(b, left.name)
            self.expr(n.right)
            self.emit(binop)
            if want:
                self.emit(Op.DUP_TOP)
            self.store(b, left.name)
        elif left.type == "MemberExpression":
            self.member_target(left)
            self.member_reload(left)
            self.expr(n.right)
            self.emit(binop)
            self.member_store(left, want)
        else:
            self.error(left, "Invalid left-hand side in assignment")

    def logical_assign(self, n, want):
        left, end = n.left, Label()
        if left.type != "Identifier":
            self.error(left, "jsish supports logical assignment to variables only")
        b = self.ref(left)
        self.load(b, left.name)
        if n.operator == "&&=":
            self.emit(Op.JUMP_IF_FALSE_OR_POP, end)
        elif n.operator == "||=":
            self.emit(Op.JUMP_IF_TRUE_OR_POP, end)
        else:
            self.nullish_or_pop(end)
        self.expr(n.right, name_hint=left.name)
        self.emit(Op.DUP_TOP)
        self.store(b, left.name)
        self.mark(end)
        if not want:
            self.emit(Op.POP_TOP)

    def member_target(self, m):
        """Push a member expression's object (and key): what a store needs."""
        if m.object.type == "Super":
            self.error(m, "jsish does not support assignment to super properties")
        self.expr(m.object)
        if m.computed:
            self.expr(m.property)

    def member_reload(self, m):
        """obj [key] -- obj [key] value"""
        self.at(m)
        if m.computed:
            self.emit(Op.DUP_TOP_TWO)
            self.emit(Op.GET_ELEM)
        else:
            self.emit(Op.DUP_TOP)
            self.emit(Op.GET_ATTR, self.name_(_prop_name(m.property)))

    def member_store(self, m, want):
        """obj [key] value -- [value]"""
        self.at(m)
        if m.computed:
            if want:
                self.emit(Op.DUP_TOP)
                self.emit(Op.ROT_FOUR)
            self.emit(Op.SET_ELEM)
        else:
            if want:
                self.emit(Op.DUP_TOP)
                self.emit(Op.ROT_THREE)
            self.emit(Op.SET_ATTR, self.name_(_prop_name(m.property)))

    def e_UpdateExpression(self, n, want=True):
        step = Op.INC if n.operator == "++" else Op.DEC
        arg = n.argument
        postfix = want and not n.prefix
        if arg.type == "Identifier":
            b = self.ref(arg)
            self.load(b, arg.name)
            if postfix:
                self.emit(Op.TO_NUMBER)
                self.emit(Op.DUP_TOP)
                self.emit(step)
            else:
                self.emit(step)
                if want:
                    self.emit(Op.DUP_TOP)
            self.store(b, arg.name)
        elif arg.type == "MemberExpression":
            self.member_target(arg)
            self.member_reload(arg)
            if postfix:                             # obj [key] old -> old obj [key] new
                self.emit(Op.TO_NUMBER)
                self.emit(Op.DUP_TOP)
                self.emit(Op.ROT_FOUR if arg.computed else Op.ROT_THREE)
                self.emit(step)
                self.member_store(arg, False)
            else:
                self.emit(step)
                self.member_store(arg, want)
        else:
            self.error(arg, "Invalid left-hand side expression in postfix operation")

    def assign_pattern(self, p, init=False):
        """Store the value on top of the stack into a binding pattern."""
        t = p.type
        if t == "Identifier":
            self.store(self.ref(p), p.name, init)
        elif t == "MemberExpression":
            self.member_target(p)                  # value obj [key]
            if p.computed:
                self.emit(Op.ROT_THREE)
                self.emit(Op.ROT_THREE)
                self.emit(Op.SET_ELEM)
            else:
                self.emit(Op.ROT_TWO)
                self.emit(Op.SET_ATTR, self.name_(_prop_name(p.property)))
        elif t == "AssignmentPattern":
            skip = Label()
            self.emit(Op.DUP_TOP)
            self.load_const(UNDEFINED)
            self.emit(Op.STRICT_EQ)
            self.emit(Op.POP_JUMP_IF_FALSE, skip)
            self.emit(Op.POP_TOP)
            hint = p.left.name if p.left.type == "Identifier" else None
            self.expr(p.right, name_hint=hint)
            self.mark(skip)
            self.assign_pattern(p.left, init)
        elif t == "ArrayPattern":
            self.emit(Op.GET_ITER)
            for el in p.elements:
                if el is None:
                    self.emit(Op.ITER_NEXT)
                    self.emit(Op.POP_TOP)
                elif el.type == "RestElement":
                    self.emit(Op.DUP_TOP)
                    self.emit(Op.ITER_REST)
                    self.assign_pattern(el.argument, init)
                else:
                    self.emit(Op.ITER_NEXT)
                    self.assign_pattern(el, init)
            self.emit(Op.POP_TOP)
        elif t == "ObjectPattern":
            seen = []
            for prop in p.properties:
                if prop.type == "RestElement":
                    self.emit(Op.DUP_TOP)
                    self.load_const(tuple(seen))
                    self.emit(Op.OBJECT_REST)
                    self.assign_pattern(prop.argument, init)
                    continue
                self.emit(Op.DUP_TOP)
                if prop.computed:
                    self.expr(prop.key)
                    self.emit(Op.GET_ELEM)
                else:
                    key = prop.key.name if prop.key.type == "Identifier" else \
                        _number_key(prop.key.value) if not isinstance(prop.key.value, str) \
                        else prop.key.value
                    key = str(key)
                    seen.append(key)
                    self.emit(Op.GET_ATTR, self.name_(key))
                self.assign_pattern(prop.value, init)
            self.emit(Op.POP_TOP)
        else:
            self.error(p, "Invalid destructuring assignment target")

    # -- assembly -------------------------------------------------------------------------------
    def assemble(self) -> CodeObject:
        instrs, lines, handlers = assemble(self.code)
        initial = 0
        for i, v in enumerate(self.initial_values()):
            if v is not UNBOUND:
                initial |= 1 << i
        state = assigned_locals(instrs, handlers, build_table(_interp()), len(self.varnames),
                                initial, (Op.STORE_FAST,))
        for i, (op, arg) in enumerate(instrs):
            if op == Op.LOAD_FAST_CHECK and state[i] is not None and state[i] >> arg & 1:
                instrs[i][0] = int(Op.LOAD_FAST)
        nparams = self.meta["nparams"]
        self.meta["pad"] = list(self.pad[1 + nparams:])
        self.meta["cell_args"] = tuple(self.cell_args)
        self.meta["cell_init"] = tuple(self.cell_init)
        node = self.f.node if self.f is not None else None
        is_generator = bool(getattr(node, "generator", False))
        return CodeObject(is_generator=is_generator,
            name=self.name, filename=self.a.filename,
            instructions=tuple((op, arg) for op, arg in instrs), lines=tuple(lines),
            consts=tuple(self.consts), names=tuple(self.names),
            varnames=tuple(self.varnames), cellnames=tuple(self.cellnames), nfree=self.nfree,
            firstlineno=self.firstlineno, meta=self.meta, handlers=handlers)

    def initial_values(self):
        """Each local's value at entry: `this` and the parameters are
        assigned (by the call), the rest start as the pad says."""
        nparams = self.meta["nparams"]
        first = self.pad[0] if self.pad else UNDEFINED     # `this` (unbound in derived)
        return [first] + [UNDEFINED] * nparams + self.pad[1 + nparams:]


class _DefaultCtorScope:
    """The scope of a class's implicit constructor: it refers to the class
    (for super()) as a free variable and has a `this` of its own."""

    def __init__(self, class_scope, kind):
        from .scopes import Binding
        self.kind = kind
        self.class_binding = class_scope.names[".class"] if class_scope is not None else None
        self.class_binding.captured = True
        self.free = {self.class_binding: None} if kind == "derived" else {}
        self.this = Binding("this", "this", self)
        self.new_target = Binding(".new_target", "new_target", self)
        self.arguments = None
        self.bindings = []
        self.parent = class_scope
        self.node = None


def _prop_name(p):
    if p.type == "Identifier":
        return p.name
    if p.type == "PrivateIdentifier":
        return "#" + p.name
    raise GuestSyntaxError("unexpected property", "", 1, 1)


def _number(v):
    if isinstance(v, int) and not -SAFE <= v <= SAFE:
        return float(v)
    return v


def _number_key(v):
    from .operators import to_string
    return to_string(_number(v))


def _interp():
    from .interpreter import JsishInterpreter
    return JsishInterpreter
