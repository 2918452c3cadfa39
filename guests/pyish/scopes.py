"""Which symbol table belongs to which scope-making node of the AST.

The host's `symtable` gives each scope's table, and a table's children in
the order CPython's symtable pass creates them; it does not say which AST
node each child belongs to.  Matching by name and line fails when two
lambdas or comprehensions share a line, so we walk the tree in the same
order as the symtable pass (Python/symtable.c) and pair nodes with children
one by one.  Where that order differs from the fields' order it is noted.
"""
from __future__ import annotations

import ast

def scope_tables(tree: ast.AST, table) -> dict:
    """{id(node): SymbolTable} for every scope-making node under `tree`."""
    found = {}
    _Walker(found).scope_body(tree, table)
    return found


class _Walker:
    def __init__(self, found):
        self.found = found

    def scope_body(self, node, table):
        children = iter(table.get_children())
        if isinstance(node, ast.Module):
            self.visit_all(node.body, children)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            self.visit_args(node.args, children, defaults=False)
            self.visit_all(node.body, children)
        elif isinstance(node, ast.ClassDef):
            self.visit_all(node.body, children)
        elif isinstance(node, ast.Lambda):
            self.visit_args(node.args, children, defaults=False)
            self.visit(node.body, children)
        else:                                   # a comprehension's own scope
            gens = node.generators
            self.visit(gens[0].target, children)
            self.visit_all(gens[0].ifs, children)
            for g in gens[1:]:
                self.visit(g.target, children)
                self.visit(g.iter, children)
                self.visit_all(g.ifs, children)
            if isinstance(node, ast.DictComp):  # value before key
                self.visit(node.value, children)
                self.visit(node.key, children)
            else:
                self.visit(node.elt, children)

    def enter(self, node, children):
        table = next(children)
        self.found[id(node)] = table
        self.scope_body(node, table)

    def visit_args(self, args, children, defaults):
        if defaults:
            self.visit_all(args.defaults, children)
            self.visit_all([d for d in args.kw_defaults if d is not None], children)
        # annotations are evaluated in the enclosing scope too
        for a in args.posonlyargs + args.args + args.kwonlyargs + \
                [x for x in (args.vararg, args.kwarg) if x]:
            if a.annotation is not None:
                self.visit(a.annotation, children)

    def visit_all(self, nodes, children):
        for n in nodes:
            self.visit(n, children)

    def visit(self, node, children):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            # defaults, annotations and decorators belong to the enclosing scope
            self.visit_args(node.args, children, defaults=True)
            if node.returns is not None:
                self.visit(node.returns, children)
            self.visit_all(node.decorator_list, children)
            self.enter(node, children)
        elif isinstance(node, ast.ClassDef):
            self.visit_all(node.bases, children)
            self.visit_all([k.value for k in node.keywords], children)
            self.visit_all(node.decorator_list, children)
            self.enter(node, children)
        elif isinstance(node, ast.Lambda):
            self.visit_args(node.args, children, defaults=True)
            self.enter(node, children)
        elif isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            # the outermost iterable is evaluated in the enclosing scope
            self.visit(node.generators[0].iter, children)
            self.enter(node, children)
        elif isinstance(node, ast.NamedExpr):   # value before target
            self.visit(node.value, children)
            self.visit(node.target, children)
        else:
            for child in ast.iter_child_nodes(node):
                self.visit(child, children)
