"""Scope analysis for jsish: which declaration every identifier refers to.

JavaScript's scoping, resolved before code generation:
* `var` and function declarations belong to the nearest function (hoisted);
  `let`, `const` and `class` to the nearest block, with a temporal dead zone;
* `this`, `arguments` and `new.target` are bindings of the nearest non-arrow
  function, so arrow functions see their enclosing function's, as closures;
* a binding used by a nested function is *captured*: it lives in a cell, and
  every function between the use and the declaration passes the cell on.

The result: `Analysis.ref[id(identifier)]` is a Binding (or None for a
global), `Analysis.scopes[id(node)]` the Scope a node opens.
"""
from __future__ import annotations

from hostvm.guest import GuestSyntaxError

LEXICAL = ("let", "const", "class")


class Binding:
    __slots__ = ("name", "kind", "func", "captured", "local", "cell", "node")

    def __init__(self, name, kind, func, node=None):
        self.name, self.kind, self.func, self.node = name, kind, func, node
        self.captured = False
        self.local = None          # slot in the owning function's locals
        self.cell = None           # index in the owning function's cells

    @property
    def lexical(self):
        return self.kind in LEXICAL

    def __repr__(self):
        return f"<{self.kind} {self.name}>"


class Scope:
    def __init__(self, parent, func, node):
        self.parent, self.func, self.node = parent, func, node
        self.names: dict[str, Binding] = {}
        self.functions = []        # function declarations hoisted to this scope's start
        self.in_loop = False       # a block inside a loop body: fresh bindings per entry

    def declare(self, name, kind, node, analysis):
        old = self.names.get(name)
        if old is not None:
            if kind in LEXICAL or old.kind in LEXICAL:
                analysis.error(node, f"Identifier '{name}' has already been declared")
            if kind == "function" and old.kind in ("var", "function", "param"):
                old.kind = "function" if old.kind != "param" else "param"
            return old
        b = Binding(name, kind, self.func, node)
        self.names[name] = b
        self.func.bindings.append(b)
        return b


class FunctionScope(Scope):
    def __init__(self, parent, node, kind):
        self.bindings: list[Binding] = []
        super().__init__(parent, self, node)
        self.kind = kind           # module | function | arrow | method | class | derived
        self.free: dict[Binding, None] = {}     # captured bindings of outer functions
        self.this = None
        self.arguments = None
        self.new_target = None
        # strict mode code: a "use strict" directive here or around, or class code
        self.strict = kind in ("method", "class", "derived") or (
            parent is not None and parent.func.strict)
        self.this_used = False     # `this` is read here or in a nested arrow function

    @property
    def is_arrow(self):
        return self.kind == "arrow"


class Analysis:
    def __init__(self, filename):
        self.filename = filename
        self.ref: dict[int, Binding | None] = {}
        self.scopes: dict[int, Scope] = {}
        self.this_ref: dict[int, Binding] = {}      # `super`: the receiver's binding
        self.class_inner: dict[int, Binding] = {}   # a class's name, bound inside it
        self.field_init: dict[int, object] = {}     # a class field: its initialiser

    def error(self, node, message):
        loc = getattr(node, "loc", None)
        line, col = (loc.start.line, loc.start.column + 1) if loc else (1, 1)
        raise GuestSyntaxError(message, self.filename, line, col)


def analyse(program, filename, module_params) -> Analysis:
    a = Analysis(filename)
    _Resolver(a).module(program, module_params)
    return a


def has_use_strict(stmts):
    """Whether a directive prologue (the leading string-literal statements)
    holds "use strict"."""
    for st in stmts:
        directive = getattr(st, "directive", None)
        if st.type != "ExpressionStatement" or directive is None:
            return False
        if directive == "use strict":
            return True
    return False


def pattern_names(p, out):
    """The identifiers a binding pattern declares, in order."""
    t = p.type
    if t == "Identifier":
        out.append(p)
    elif t == "ObjectPattern":
        for prop in p.properties:
            pattern_names(prop.argument if prop.type == "RestElement" else prop.value, out)
    elif t == "ArrayPattern":
        for el in p.elements:
            if el is not None:
                pattern_names(el, out)
    elif t == "AssignmentPattern":
        pattern_names(p.left, out)
    elif t == "RestElement":
        pattern_names(p.argument, out)
    return out


_FUNCTIONS = ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression")


class _Resolver:
    def __init__(self, analysis):
        self.a = analysis

    # -- declarations -------------------------------------------------------------
    def module(self, program, params):
        f = FunctionScope(None, program, "module")
        f.strict = has_use_strict(program.body)
        self.a.scopes[id(program)] = f
        f.this = f.declare("this", "this", program, self.a)
        for name in params:
            f.declare(name, "param", program, self.a)
        self.hoist_vars(program.body, f)
        self.block_body(program.body, f)

    def hoist_vars(self, stmts, f):
        """var declarations anywhere in a function body (not in nested
        functions) belong to the function."""
        todo = list(stmts)
        while todo:
            n = todo.pop()
            if n is None:
                continue
            t = n.type
            if t == "VariableDeclaration":
                if n.kind == "var":
                    for d in n.declarations:
                        for ident in pattern_names(d.id, []):
                            f.declare(ident.name, "var", ident, self.a)
            elif t in ("IfStatement",):
                todo += [n.consequent, n.alternate]
            elif t in ("ForStatement",):
                todo += [n.init, n.body]
            elif t in ("ForInStatement", "ForOfStatement"):
                todo += [n.left, n.body]
            elif t in ("WhileStatement", "DoWhileStatement", "LabeledStatement"):
                todo.append(n.body)
            elif t == "BlockStatement":
                todo += n.body
            elif t == "TryStatement":
                todo += [n.block, n.handler and n.handler.body, n.finalizer]
            elif t == "SwitchStatement":
                for case in n.cases:
                    todo += case.consequent

    def declare_lexical(self, stmts, scope):
        for n in stmts:
            t = n.type
            if t == "VariableDeclaration" and n.kind != "var":
                for d in n.declarations:
                    for ident in pattern_names(d.id, []):
                        scope.declare(ident.name, n.kind, ident, self.a)
            elif t == "ClassDeclaration":
                scope.declare(n.id.name, "class", n.id, self.a)
            elif t == "FunctionDeclaration":
                kind = "function" if scope is scope.func else "let"
                b = scope.declare(n.id.name, kind, n.id, self.a)
                if kind == "let":
                    b.kind = "function"        # initialised on block entry: no dead zone
                scope.functions.append(n)

    def block_body(self, stmts, scope):
        self.declare_lexical(stmts, scope)
        for s in stmts:
            self.stmt(s, scope)

    def new_block(self, node, scope):
        b = Scope(scope, scope.func, node)
        b.in_loop = self.loop_depth.get(id(scope.func), 0) > 0
        self.a.scopes[id(node)] = b
        return b

    loop_depth: dict = {}

    def in_loop(self, scope, fn):
        key = id(scope.func)
        self.loop_depth[key] = self.loop_depth.get(key, 0) + 1
        try:
            fn()
        finally:
            self.loop_depth[key] -= 1

    # -- references -------------------------------------------------------------------
    def resolve(self, name, scope, node):
        s, b = scope, None
        while s is not None:
            b = s.names.get(name)
            if b is not None:
                break
            if name == "arguments" and s.func is s and s.kind not in ("arrow", "module"):
                b = s.arguments = s.declare("arguments", "arguments", node, self.a)
                break
            s = s.parent
        if b is not None and b.func is not scope.func:
            b.captured = True
            f = scope.func
            while f is not b.func:
                f.free[b] = None
                f = f.parent.func
        return b

    def ref(self, node, scope, name=None):
        b = self.a.ref[id(node)] = self.resolve(name or node.name, scope, node)
        if name == "this" and b is not None:
            b.func.this_used = True

    # -- statements ---------------------------------------------------------------------
    def stmt(self, n, scope):
        if n is None:
            return
        t = n.type
        getattr(self, "s_" + t, self.generic)(n, scope)

    def generic(self, n, scope):
        for child in _children(n):
            if child.type.endswith("Statement") or child.type.endswith("Declaration"):
                self.stmt(child, scope)
            else:
                self.expr(child, scope)

    def s_VariableDeclaration(self, n, scope):
        for d in n.declarations:
            self.pattern(d.id, scope)
            if d.init is not None:
                self.expr(d.init, scope)

    def s_FunctionDeclaration(self, n, scope):
        self.ref(n.id, scope)
        self.function(n, scope, "function")

    def s_ClassDeclaration(self, n, scope):
        self.ref(n.id, scope)
        self.klass(n, scope)

    def s_BlockStatement(self, n, scope):
        self.block_body(n.body, self.new_block(n, scope))

    def s_ForStatement(self, n, scope):
        inner = self.new_block(n, scope)
        if n.init is not None:
            if n.init.type == "VariableDeclaration":
                self.declare_lexical([n.init], inner)
                self.stmt(n.init, inner)
            else:
                self.expr(n.init, inner)

        def rest():
            inner.in_loop = True
            if n.test is not None:
                self.expr(n.test, inner)
            if n.update is not None:
                self.expr(n.update, inner)
            self.stmt(n.body, inner)
        self.in_loop(scope, rest)

    def s_ForInStatement(self, n, scope):
        self.expr(n.right, scope)
        inner = self.new_block(n, scope)
        inner.in_loop = True

        def rest():
            if n.left.type == "VariableDeclaration":
                self.declare_lexical([n.left], inner)
                for d in n.left.declarations:
                    self.pattern(d.id, inner)
            else:
                self.pattern(n.left, inner)
            self.stmt(n.body, inner)
        self.in_loop(scope, rest)

    s_ForOfStatement = s_ForInStatement

    def s_WhileStatement(self, n, scope):
        self.expr(n.test, scope)
        self.in_loop(scope, lambda: self.stmt(n.body, scope))

    def s_DoWhileStatement(self, n, scope):
        self.in_loop(scope, lambda: self.stmt(n.body, scope))
        self.expr(n.test, scope)

    def s_SwitchStatement(self, n, scope):
        self.expr(n.discriminant, scope)
        inner = self.new_block(n, scope)
        stmts = [s for case in n.cases for s in case.consequent]
        self.declare_lexical(stmts, inner)
        for case in n.cases:
            if case.test is not None:
                self.expr(case.test, inner)
            for s in case.consequent:
                self.stmt(s, inner)

    def s_TryStatement(self, n, scope):
        self.stmt(n.block, scope)
        h = n.handler
        if h is not None:
            inner = self.new_block(h, scope)
            if h.param is not None:
                for ident in pattern_names(h.param, []):
                    inner.declare(ident.name, "let", ident, self.a)
                self.pattern(h.param, inner)
            self.block_body(h.body.body, inner)
        self.stmt(n.finalizer, scope)

    def s_LabeledStatement(self, n, scope):
        self.stmt(n.body, scope)

    def s_ExpressionStatement(self, n, scope):
        self.expr(n.expression, scope)

    def s_ReturnStatement(self, n, scope):
        if n.argument is not None:
            self.expr(n.argument, scope)
        if scope.func.kind == "derived":          # `return;` returns this
            self.ref(n, scope, "this")

    def s_EmptyStatement(self, n, scope):
        pass

    s_BreakStatement = s_ContinueStatement = s_DebuggerStatement = s_EmptyStatement

    # -- expressions ------------------------------------------------------------------
    def expr(self, n, scope):
        if n is None:
            return
        getattr(self, "e_" + n.type, self.generic)(n, scope)

    def e_Identifier(self, n, scope):
        self.ref(n, scope)

    def e_ThisExpression(self, n, scope):
        self.ref(n, scope, "this")

    def e_Super(self, n, scope):
        self.ref(n, scope, ".class")
        self.a.this_ref[id(n)] = self.resolve("this", scope, n)   # super's receiver

    def e_MetaProperty(self, n, scope):
        self.ref(n, scope, ".new_target")

    def e_Literal(self, n, scope):
        pass

    def e_MemberExpression(self, n, scope):
        self.expr(n.object, scope)
        if n.computed:
            self.expr(n.property, scope)

    def e_Property(self, n, scope):
        if n.computed:
            self.expr(n.key, scope)
        self.expr(n.value, scope)

    def e_CallExpression(self, n, scope):
        if n.callee.type == "Super":
            self.ref(n, scope, ".new_target")
            self.ref(n.callee, scope, ".class")
            self.a.this_ref[id(n.callee)] = self.resolve("this", scope, n)
        else:
            self.expr(n.callee, scope)
        for arg in n.arguments:
            self.expr(arg, scope)

    def e_FunctionExpression(self, n, scope):
        if n.id is not None:
            inner = self.new_block(n, scope)     # the name, bound inside only
            inner.declare(n.id.name, "const", n.id, self.a)
            self.ref(n.id, inner)
            scope = inner
        self.function(n, scope, "function")

    def e_ArrowFunctionExpression(self, n, scope):
        self.function(n, scope, "arrow")

    def e_ClassExpression(self, n, scope):
        self.klass(n, scope)

    def e_AssignmentExpression(self, n, scope):
        self.pattern(n.left, scope)
        self.expr(n.right, scope)

    def e_UnaryExpression(self, n, scope):
        self.expr(n.argument, scope)

    # -- patterns ------------------------------------------------------------------------
    def pattern(self, p, scope):
        t = p.type
        if t == "Identifier":
            self.ref(p, scope)
        elif t == "ObjectPattern":
            for prop in p.properties:
                if prop.type == "RestElement":
                    self.pattern(prop.argument, scope)
                else:
                    if prop.computed:
                        self.expr(prop.key, scope)
                    self.pattern(prop.value, scope)
        elif t == "ArrayPattern":
            for el in p.elements:
                if el is not None:
                    self.pattern(el, scope)
        elif t == "AssignmentPattern":
            self.pattern(p.left, scope)
            self.expr(p.right, scope)
        elif t == "RestElement":
            self.pattern(p.argument, scope)
        else:
            self.expr(p, scope)

    # -- functions and classes -----------------------------------------------------------
    def function(self, n, scope, kind):
        f = FunctionScope(scope, n, kind)
        if n.body.type == "BlockStatement" and has_use_strict(n.body.body):
            f.strict = True
        self.a.scopes[id(n)] = f
        if kind != "arrow":
            f.this = f.declare("this", "this", n, self.a)
            if kind == "derived":
                f.this.kind = "let"            # unbound until super() returns
                f.new_target = f.declare(".new_target", "new_target", n, self.a)
        saved, self.loop_depth = self.loop_depth, {}
        try:
            for p in n.params:
                for ident in pattern_names(p, []):
                    f.declare(ident.name, "param", ident, self.a)
            for p in n.params:
                self.pattern(p, f)
            body = n.body
            if body.type == "BlockStatement":
                self.hoist_vars(body.body, f)
                self.block_body(body.body, f)
            else:
                self.expr(body, f)
            if kind == "derived":
                self.ref(n, f, "this")           # the implicit `return this`
        finally:
            self.loop_depth = saved

    def klass(self, n, scope):
        if n.superClass is not None:
            self.expr(n.superClass, scope)
        inner = self.new_block(n.body, scope)
        if n.id is not None:
            inner.declare(n.id.name, "const", n.id, self.a)
            self.a.class_inner[id(n)] = inner.names[n.id.name]
        inner.declare(".class", "const", n, self.a)
        self.ref(n.body, inner, ".class")
        derived = n.superClass is not None
        if derived and not any(m.type == "MethodDefinition" and m.kind == "constructor"
                               for m in n.body.body):
            inner.names[".class"].captured = True   # the implicit constructor's super()
        for m in n.body.body:
            if m.computed:
                self.expr(m.key, inner)
            if m.type == "MethodDefinition":
                kind = ("derived" if derived else "class") if m.kind == "constructor" else "method"
                self.function(m.value, inner, kind)
            elif m.value is not None:              # a field: its initialiser runs as a method
                init = self.a.field_init[id(m)] = _FieldInit(m)
                self.function(init, inner, "method")
                if m.static:
                    self.ref(m, inner, ".class")


class _FieldInit:
    """A class field's initialiser, analysed as the body of a method (it
    sees `this` as the instance, or the class for a static field)."""

    type = "FunctionExpression"

    def __init__(self, field):
        self.params = []
        self.id = None
        self.loc = field.loc
        self.body = field.value
        self.field = field


def _children(n):
    for key, value in vars(n).items():
        if key in ("loc", "range", "type"):
            continue
        if isinstance(value, list):
            for v in value:
                if isinstance(getattr(v, "type", None), str):
                    yield v
        elif isinstance(getattr(value, "type", None), str):
            yield value
