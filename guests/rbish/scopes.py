"""Which local variable each name in a Ruby program is, and which of them
live in cells.

Ruby's rules: `def`, `class` and `module` bodies (and the program) start a
scope of their own; a block sees the variables of the scopes around it that
exist where the block is written, and a variable first assigned inside a
block belongs to the block.  The walk goes in source order, so a variable
assigned after a block is written is not the block's.  A variable used by a
block of an inner scope lives in a cell, which the blocks in between pass
along as a free variable.
"""
from __future__ import annotations

from . import ast as A


class Var:
    __slots__ = ("name", "scope", "captured", "is_param")

    def __init__(self, name, scope, is_param=False):
        self.name, self.scope, self.captured, self.is_param = name, scope, False, is_param

    def __repr__(self):
        return f"<var {self.name}{' (cell)' if self.captured else ''}>"


class Scope:
    """kind: 'top', 'method', 'class' or 'block'; a block's parent is the
    scope it is written in."""

    def __init__(self, kind, parent=None, node=None):
        self.kind, self.parent, self.node = kind, parent, node
        self.vars: dict[str, Var] = {}
        self.free: list[Var] = []           # variables of enclosing scopes, in cells
        self.has_return = False             # a `return` inside (blocks: a proc return)

    def method_scope(self):
        s = self
        while s.kind == "block" and s.parent is not None:
            s = s.parent
        return s

    def declare(self, name, is_param=False):
        var = self.vars.get(name)
        if var is None:
            var = self.vars[name] = Var(name, self, is_param)
        return var


class Analysis:
    """scope_of[id(node)] for Def/ClassDef/ModuleDef/SClass/Block/Lambda and
    the program; var_of[id(node)] for every LVar, LAsgn and Param."""

    def __init__(self, tree):
        self.scope_of: dict[int, Scope] = {}
        self.var_of: dict[int, Var] = {}
        top = self.scope_of[id(tree)] = Scope("top", node=tree)
        self.visit(tree, top)

    # -- resolution ---------------------------------------------------------------------------
    def resolve(self, name, scope, node):
        s = scope
        while True:
            var = s.vars.get(name)
            if var is not None:
                break
            if s.kind != "block" or s.parent is None:
                var = scope.declare(name)
                break
            s = s.parent
        if var.scope is not scope:
            var.captured = True
            s = scope
            while s is not var.scope:
                if var not in s.free:
                    s.free.append(var)
                s = s.parent
        self.var_of[id(node)] = var
        return var

    def assign(self, name, scope, node):
        s = scope
        while True:
            if name in s.vars:
                return self.resolve(name, scope, node)
            if s.kind != "block" or s.parent is None:
                break
            s = s.parent
        var = scope.declare(name)
        self.var_of[id(node)] = var
        return var

    # -- the walk -------------------------------------------------------------------------------
    def visit(self, node, scope):
        method = getattr(self, "v_" + type(node).__name__, None)
        if method is not None:
            method(node, scope)
        else:
            for child in node.children():
                self.visit(child, scope)

    def visit_all(self, nodes, scope):
        for n in nodes:
            if n is not None:
                self.visit(n, scope)

    def v_LVar(self, node, scope):
        self.resolve(node.name, scope, node)

    def v_LAsgn(self, node, scope):
        self.assign(node.name, scope, node)
        if node.value is not None:
            self.visit(node.value, scope)

    def v_OpAsgn(self, node, scope):
        t = node.target
        if type(t) is A.LVar:
            self.assign(t.name, scope, t)
        else:
            self.visit(t, scope)
        self.visit(node.value, scope)

    def v_Def(self, node, scope):
        if node.singleton is not None:
            self.visit(node.singleton, scope)
        inner = self.scope_of[id(node)] = Scope("method", node=node)
        self.params(node.params, inner)
        self.visit(node.body, inner)

    def params(self, params, scope):
        if params is None:
            return
        for p in params.params:
            if p.kind == "mlhs":
                self.var_of[id(p)] = scope.declare(f"%mlhs{id(p)}", is_param=True)
                self.mlhs(p.sub, scope)
            elif p.name is not None:
                self.var_of[id(p)] = scope.declare(p.name, is_param=True)
            else:                                   # a bare * or **: a hidden slot
                self.var_of[id(p)] = scope.declare(f"%{p.kind}{id(p)}", is_param=True)
            if p.default is not None:
                self.visit(p.default, scope)

    def mlhs(self, params, scope):
        for p in params.params:
            if p.kind == "mlhs":
                self.var_of[id(p)] = scope.declare(f"%mlhs{id(p)}")
                self.mlhs(p.sub, scope)
            elif p.name is not None:
                self.var_of[id(p)] = scope.declare(p.name)

    def block(self, node, scope):
        inner = self.scope_of[id(node)] = Scope("block", scope, node)
        self.params(node.params, inner)
        self.visit(node.body, inner)

    v_Block = v_Lambda = block

    def v_ClassDef(self, node, scope):
        self.visit(node.path, scope)
        if node.superclass is not None:
            self.visit(node.superclass, scope)
        inner = self.scope_of[id(node)] = Scope("class", node=node)
        self.visit(node.body, inner)

    def v_ModuleDef(self, node, scope):
        self.visit(node.path, scope)
        inner = self.scope_of[id(node)] = Scope("class", node=node)
        self.visit(node.body, inner)

    def v_SClass(self, node, scope):
        self.visit(node.target, scope)
        inner = self.scope_of[id(node)] = Scope("class", node=node)
        self.visit(node.body, inner)

    def v_Return(self, node, scope):
        if scope.kind == "block":
            s = scope
            while s.kind == "block" and s.parent is not None:
                s.has_return = True
                s = s.parent
            s.has_return = True
        if node.value is not None:
            self.visit(node.value, scope)

    def v_Super(self, node, scope):
        if not node.has_args and scope.kind == "block":
            # a bare super passes the method's parameters: the block reads them
            method = scope.method_scope()
            for var in list(method.vars.values()):
                if var.is_param:
                    self.resolve(var.name, scope, _Ref(var.name))
        for child in node.children():
            self.visit(child, scope)


class _Ref:
    """A reference the source does not spell (a bare super's parameters)."""
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name
