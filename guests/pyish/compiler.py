"""The pyish front end: Python source -> `ast` -> pyish bytecode.

Scopes come from the host's `symtable` (the same analysis CPython's compiler
does: which names are local, global, free or cells); code generation is our
own, one CodeObject per module, function, lambda and comprehension, in the
style of CPython 3.10's compiler.  A construct pyish does not support yet is
a GuestSyntaxError naming file, line and column, never a crash.
"""
from __future__ import annotations

import ast
import symtable

from hostvm import CodeObject
from hostvm.assemble import Label, assemble
from hostvm.dataflow import assigned_locals
from hostvm.guest import GuestSyntaxError
from hostvm.table import build_table

from .opcodes import Op
from .runtime import FRAME_BUILTINS, INPLACE_INDEX
from .scopes import scope_tables

BINOPS = {ast.Add: Op.BINARY_ADD, ast.Sub: Op.BINARY_SUBTRACT, ast.Mult: Op.BINARY_MULTIPLY,
          ast.Div: Op.BINARY_TRUE_DIVIDE, ast.FloorDiv: Op.BINARY_FLOOR_DIVIDE,
          ast.Mod: Op.BINARY_MODULO, ast.Pow: Op.BINARY_POWER, ast.LShift: Op.BINARY_LSHIFT,
          ast.RShift: Op.BINARY_RSHIFT, ast.BitAnd: Op.BINARY_AND, ast.BitOr: Op.BINARY_OR,
          ast.BitXor: Op.BINARY_XOR, ast.MatMult: Op.BINARY_MATRIX_MULTIPLY}
UNARYOPS = {ast.USub: Op.UNARY_NEGATIVE, ast.UAdd: Op.UNARY_POSITIVE, ast.Not: Op.UNARY_NOT,
            ast.Invert: Op.UNARY_INVERT}
CMPOPS = {ast.Lt: Op.COMPARE_LT, ast.LtE: Op.COMPARE_LE, ast.Eq: Op.COMPARE_EQ,
          ast.NotEq: Op.COMPARE_NE, ast.Gt: Op.COMPARE_GT, ast.GtE: Op.COMPARE_GE,
          ast.Is: Op.COMPARE_IS, ast.IsNot: Op.COMPARE_IS_NOT, ast.In: Op.COMPARE_IN,
          ast.NotIn: Op.COMPARE_NOT_IN}
CONVERSION = {-1: 0, ord("s"): 1, ord("r"): 2, ord("a"): 3}

UNSUPPORTED = {
    ast.AsyncFunctionDef: "async functions", ast.AsyncFor: "async for",
    ast.AsyncWith: "async with", ast.Await: "await",
}
if hasattr(ast, "Match"):
    UNSUPPORTED[ast.Match] = "match statements"
if hasattr(ast, "TryStar"):
    UNSUPPORTED[ast.TryStar] = "try/except* statements"


class Loop:
    """A loop on the compiler's block stack; a `for` keeps its iterator on the
    operand stack, so leaving it pops one value.  `handlers`: how many
    exception handlers enclose the loop (the jump out is protected by those)."""
    __slots__ = ("continue_to", "break_to", "is_for", "handlers")

    def __init__(self, continue_to, break_to, is_for, handlers):
        self.continue_to, self.break_to, self.is_for = continue_to, break_to, is_for
        self.handlers = handlers


class Cleanup:
    """A block that code leaving it early (break, continue, return) must
    clean up: a `finally` body to run, or a `with` to exit.  `handlers` is
    how many exception handlers enclosed the block, so the cleanup code is
    protected by those, not by the block's own."""
    __slots__ = ("finalbody", "handlers")

    def __init__(self, finalbody, handlers):
        self.finalbody, self.handlers = finalbody, handlers   # finalbody None: a with


class InHandler:
    """Inside an except clause or a finally handler: a bare `raise` re-raises
    the exception held in `local`."""
    __slots__ = ("local",)

    def __init__(self, local):
        self.local = local


def compile_source(source: str, filename: str) -> CodeObject:
    try:
        tree = ast.parse(source, filename)
        table = symtable.symtable(source, filename, "exec")
    except SyntaxError as e:
        raise GuestSyntaxError(e.msg, filename, e.lineno or 1, e.offset or 1) from None
    return Compiler(filename).module(tree, table)


class Compiler:
    def __init__(self, filename):
        self.filename = filename
        self.future_annotations = False

    def module(self, tree, table):
        self.tables = scope_tables(tree, table)
        unit = Unit(self, "<module>", table, None, 1, kind="module")
        body = tree.body
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                and isinstance(body[0].value.value, str):
            unit.line = body[0].lineno
            unit.emit(Op.LOAD_CONST, unit.const(body[0].value.value))
            unit.emit(Op.STORE_GLOBAL, unit.name_("__doc__"))
            body = body[1:]
        unit.setup_annotations(body)
        unit.body(body)
        unit.emit(Op.LOAD_CONST, unit.const(None))
        unit.emit(Op.RETURN_VALUE)
        return unit.assemble()


class Unit:
    """Code generation for one code object."""

    def __init__(self, compiler, name, table, parent, firstlineno, kind, args=None,
                 qualname=None):
        self.c = compiler
        self.name = name
        self.qualname = qualname or name
        self.table = table
        self.parent = parent
        self.kind = kind                       # module | class | function | lambda | comprehension
        # the class whose name mangles __private names here (CPython's rule)
        self.private = name if kind == "class" else (parent.private if parent else None)
        self.firstlineno = firstlineno
        self.line = firstlineno
        self.code = []                         # [op, arg, line]
        self.consts, self.const_index = [], {}
        self.names, self.name_index = [], {}
        self.blocks: list = []                 # Loop, Cleanup, InHandler
        self.handler_stack = []                # (Label, depth) of enclosing try blocks
        self.depth = 0                         # operand stack depth at statement level
        self.ntemps = 0
        self.children = table.get_children()
        self.is_generator = False
        self.meta = {"qualname": self.qualname}
        if kind == "module":
            self.varnames, self.cellnames, self.nfree = [], [], 0
            self.cell_args = []
            return
        params = []
        if args is not None:
            params = [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs]
            if args.vararg:
                params.append(args.vararg.arg)
            if args.kwarg:
                params.append(args.kwarg.arg)
            params = [self.mangle(p) for p in params]
            self.meta.update(argcount=len(args.posonlyargs) + len(args.args),
                             posonly=len(args.posonlyargs), kwonly=len(args.kwonlyargs),
                             varargs=args.vararg is not None, varkw=args.kwarg is not None)
        frees = {s.get_name() for s in table.get_symbols() if s.is_free()}
        child_frees = set()
        for ch in self.children:
            child_frees |= _all_frees(ch)
        if kind == "class":
            frees = _all_frees(table)         # what its methods close over, too
        cells = ["__class__"] if kind == "class" and "__class__" in child_frees else []
        locals_ = list(params)
        for sym in table.get_symbols():
            nm = sym.get_name()
            if nm in frees:
                continue
            if kind == "class":
                continue                        # class names live in the namespace
            if sym.is_local() and nm in child_frees:
                cells.append(nm)
            elif (sym.is_local() or sym.is_parameter()) and nm not in locals_:
                locals_.append(nm)
        self.freevars = sorted(frees)
        self.cellnames = sorted(cells) + self.freevars
        self.nfree = len(self.freevars)
        self.varnames = locals_
        self.cell_args = [(self.cellnames.index(p), i) for i, p in enumerate(params)
                          if p in cells]

    # -- errors ------------------------------------------------------------------------
    def error(self, node, message):
        raise GuestSyntaxError(message, self.c.filename, getattr(node, "lineno", self.line),
                               getattr(node, "col_offset", 0) + 1)

    def unsupported(self, node, what):
        self.error(node, f"{what} are not supported by pyish yet")

    # -- emission ----------------------------------------------------------------------
    def emit(self, op, arg=0):
        h = self.handler_stack[-1] if self.handler_stack else None
        self.code.append([op, arg, self.line, h])

    def mark(self, label):
        label.pos = len(self.code)

    def const(self, value):
        if isinstance(value, (float, complex)):
            key = (type(value), repr(value))
        elif isinstance(value, CodeObject):
            key = (CodeObject, id(value))
        else:
            key = (type(value), value)
        i = self.const_index.get(key)
        if i is None:
            i = self.const_index[key] = len(self.consts)
            self.consts.append(value)
        return i

    def name_(self, name):
        i = self.name_index.get(name)
        if i is None:
            i = self.name_index[name] = len(self.names)
            self.names.append(name)
        return i

    def local(self, name):
        if name not in self.varnames:
            self.varnames.append(name)
        return self.varnames.index(name)

    # -- names -------------------------------------------------------------------------
    def mangle(self, name):
        """`__x` inside class K is `_K__x` (names and attributes alike)."""
        prefix = (self.private or "").lstrip("_")
        if prefix and name.startswith("__") and not name.endswith("__") and "." not in name:
            return f"_{prefix}{name}"
        return name

    def attr_(self, name):
        return self.name_(self.mangle(name))

    def scope_of(self, name):
        if self.kind == "module":
            return "global"
        try:
            sym = self.table.lookup(name)
        except KeyError:
            sym = None
        if self.kind == "class":
            # a class body's own names live in its namespace, even when a
            # method closes over an outer variable of the same name
            if sym is not None and sym.is_declared_global():
                return "global"
            if name in self.cellnames and not (sym is not None and sym.is_local()):
                return "deref"
            return "name"
        if name in self.cellnames:
            return "deref"
        if sym is None:
            return "global"
        if sym.is_global() or sym.is_declared_global():
            return "global"
        if name in self.varnames or sym.is_local():
            return "fast"
        return "global"

    def _name_op(self, name, ops):
        fast, deref, global_, by_name = ops
        name = self.mangle(name)
        s = self.scope_of(name)
        if s == "fast":
            self.emit(fast, self.local(name))
        elif s == "deref":
            self.emit(deref, self.cellnames.index(name))
        elif s == "name":
            self.emit(by_name, self.name_(name))
        else:
            self.emit(global_, self.name_(name))

    def load_name(self, name):
        self._name_op(name, (Op.LOAD_FAST, Op.LOAD_DEREF, Op.LOAD_GLOBAL, Op.LOAD_NAME))

    def store_name(self, name):
        self._name_op(name, (Op.STORE_FAST, Op.STORE_DEREF, Op.STORE_GLOBAL, Op.STORE_NAME))

    def delete_name(self, name):
        self._name_op(name, (Op.DELETE_FAST, Op.DELETE_DEREF, Op.DELETE_GLOBAL,
                             Op.DELETE_NAME))

    def temp(self):
        """A hidden variable (names starting with '.' cannot clash)."""
        self.ntemps += 1
        return f".t{self.ntemps}"

    def store_temp(self, name):
        if self.kind == "class":
            self.emit(Op.STORE_NAME, self.name_(name))
        else:
            self.emit(Op.STORE_FAST, self.local(name))

    def load_temp(self, name):
        if self.kind == "class":
            self.emit(Op.LOAD_NAME, self.name_(name))
        else:
            self.emit(Op.LOAD_FAST, self.local(name))

    # -- statements ------------------------------------------------------------------------
    def body(self, stmts):
        for s in stmts:
            self.stmt(s)

    def stmt(self, node):
        self.line = node.lineno
        if type(node) in UNSUPPORTED:
            self.unsupported(node, UNSUPPORTED[type(node)])
        method = getattr(self, "stmt_" + type(node).__name__, None)
        if method is None:
            self.unsupported(node, f"{type(node).__name__} statements")
        method(node)

    def stmt_Expr(self, node):
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            return                                  # a docstring or bare string
        self.expr(node.value)
        self.emit(Op.POP_TOP)

    def stmt_Pass(self, node):
        pass

    def stmt_Global(self, node):
        pass

    stmt_Nonlocal = stmt_Global

    def stmt_Assign(self, node):
        self.expr(node.value)
        for i, target in enumerate(node.targets):
            if i < len(node.targets) - 1:
                self.emit(Op.DUP_TOP)
            self.store(target)

    def stmt_AnnAssign(self, node):
        if node.value is not None:
            self.expr(node.value)
            self.store(node.target)
        if self.kind in ("module", "class") and isinstance(node.target, ast.Name) \
                and node.simple:
            # module and class annotations are kept in __annotations__
            self.annotation(node.annotation)
            self.load_name("__annotations__")
            self.emit(Op.LOAD_CONST, self.const(self.mangle(node.target.id)))
            self.emit(Op.STORE_SUBSCR)

    def setup_annotations(self, body):
        """A module or class body with annotations gets a fresh __annotations__."""
        if any(isinstance(s, ast.AnnAssign) for s in body):
            self.emit(Op.BUILD_MAP, 0)
            self.store_name("__annotations__")

    def stmt_AugAssign(self, node):
        t = node.target
        op = type(node.op).__name__
        inplace = (Op.INPLACE_ADD, 0) if op == "Add" else (Op.INPLACE_OP, INPLACE_INDEX[op])
        if isinstance(t, ast.Name):
            self.load_name(t.id)
            self.expr(node.value)
            self.emit(*inplace)
            self.store_name(t.id)
        elif isinstance(t, ast.Attribute):
            self.expr(t.value)
            self.emit(Op.DUP_TOP)
            self.emit(Op.LOAD_ATTR, self.attr_(t.attr))
            self.expr(node.value)
            self.emit(*inplace)
            self.emit(Op.ROT_TWO)
            self.emit(Op.STORE_ATTR, self.attr_(t.attr))
        elif isinstance(t, ast.Subscript):
            self.expr(t.value)
            self.subscript_key(t.slice)
            self.emit(Op.DUP_TOP_TWO)
            self.emit(Op.BINARY_SUBSCR)
            self.expr(node.value)
            self.emit(*inplace)
            self.emit(Op.ROT_THREE)
            self.emit(Op.STORE_SUBSCR)
        else:
            self.error(t, "illegal expression for augmented assignment")

    def stmt_Delete(self, node):
        for t in node.targets:
            self.delete(t)

    def delete(self, t):
        self.line = t.lineno
        if isinstance(t, ast.Name):
            self.delete_name(t.id)
        elif isinstance(t, ast.Subscript):
            self.expr(t.value)
            self.subscript_key(t.slice)
            self.emit(Op.DELETE_SUBSCR)
        elif isinstance(t, ast.Attribute):
            self.expr(t.value)
            self.emit(Op.DELETE_ATTR, self.attr_(t.attr))
        elif isinstance(t, (ast.Tuple, ast.List)):
            for e in t.elts:
                self.delete(e)
        else:
            self.error(t, "cannot delete this expression")

    def stmt_If(self, node):
        end = Label()
        orelse = Label() if node.orelse else end
        self.jump_if(node.test, False, orelse)
        self.body(node.body)
        if node.orelse:
            self.emit(Op.JUMP, end)
            self.mark(orelse)
            self.body(node.orelse)
        self.mark(end)

    def stmt_While(self, node):
        top, orelse, end = Label(), Label(), Label()
        self.mark(top)
        always = isinstance(node.test, ast.Constant) and bool(node.test.value)
        if not always:
            self.line = node.lineno
            self.jump_if(node.test, False, orelse)
        self.loop_rest(node, top, orelse, end, is_for=False)

    def loop_rest(self, node, top, orelse, end, is_for):
        """A loop's body, its jump back, and its else clause."""
        self.blocks.append(Loop(top, end, is_for, len(self.handler_stack)))
        self.depth += is_for                        # a for loop's iterator
        self.body(node.body)
        self.depth -= is_for
        self.blocks.pop()
        self.line = node.lineno
        self.emit(Op.JUMP, top)
        self.mark(orelse)
        self.body(node.orelse)
        self.mark(end)

    def stmt_For(self, node):
        top, orelse, end = Label(), Label(), Label()
        self.expr(node.iter)
        self.emit(Op.GET_ITER)
        self.mark(top)
        self.line = node.lineno
        self.emit(Op.FOR_ITER, orelse)
        self.store(node.target)
        self.loop_rest(node, top, orelse, end, is_for=True)

    def stmt_Break(self, node):
        loop = self.unwind(node, "'break' outside loop")
        saved, self.handler_stack = self.handler_stack, self.handler_stack[:loop.handlers]
        if loop.is_for:
            self.emit(Op.POP_TOP)                   # the loop's iterator
        self.emit(Op.JUMP, loop.break_to)
        self.handler_stack = saved

    def stmt_Continue(self, node):
        loop = self.unwind(node, "'continue' not properly in loop")
        saved, self.handler_stack = self.handler_stack, self.handler_stack[:loop.handlers]
        self.emit(Op.JUMP, loop.continue_to)
        self.handler_stack = saved

    def unwind(self, node, error=None):
        """Emit the clean-up of the blocks that a break, continue (`error`
        given: up to the innermost loop) or return (every block) leaves:
        finally bodies run, with blocks exit, for loops drop their iterators.
        Returns the loop, for break and continue."""
        saved_blocks, saved_handlers, saved_depth = self.blocks, self.handler_stack, self.depth
        try:
            for i in range(len(saved_blocks) - 1, -1, -1):
                block = saved_blocks[i]
                self.blocks = saved_blocks[:i]
                if isinstance(block, Loop):
                    if error is not None:
                        return block
                    self.handler_stack = saved_handlers[:block.handlers]
                    if block.is_for:
                        self.emit(Op.POP_TOP)
                        self.depth -= 1
                elif isinstance(block, InHandler):
                    self.emit(Op.POP_EXC_INFO)       # no longer handling it
                elif isinstance(block, Cleanup):
                    self.handler_stack = saved_handlers[:block.handlers]
                    if block.finalbody is None:
                        self.emit(Op.WITH_EXIT)
                        self.depth -= 1
                    else:
                        self.body(block.finalbody)
            if error is not None:
                self.error(node, error)
        finally:
            self.blocks, self.handler_stack, self.depth = (saved_blocks, saved_handlers,
                                                           saved_depth)

    def stmt_Return(self, node):
        if self.kind in ("module", "class"):
            self.error(node, "'return' outside function")
        if node.value is None:
            self.emit(Op.LOAD_CONST, self.const(None))
        else:
            self.expr(node.value)
        self.line = node.lineno
        if any(isinstance(b, (Cleanup, InHandler)) for b in self.blocks):
            value = self.temp()
            self.store_temp(value)
            self.unwind(node)
            self.line = node.lineno
            saved, self.handler_stack = self.handler_stack, []
            self.load_temp(value)
            self.emit(Op.RETURN_VALUE)
            self.handler_stack = saved
            return
        self.emit(Op.RETURN_VALUE)

    # -- exceptions ------------------------------------------------------------------------
    def stmt_Raise(self, node):
        if node.exc is None:
            held = next((b for b in reversed(self.blocks) if isinstance(b, InHandler)), None)
            if held is None:
                self.emit(Op.RAISE_NO_ACTIVE)
            else:
                self.load_temp(held.local)
                self.emit(Op.RERAISE)
            return
        # inside an except clause the new exception's __context__ is the one
        # being handled
        held = next((b for b in reversed(self.blocks) if isinstance(b, InHandler)), None)
        self.expr(node.exc)
        if node.cause is not None:
            self.expr(node.cause)
        if held is not None:
            self.load_temp(held.local)
        self.line = node.lineno
        self.emit({(False, False): Op.RAISE, (True, False): Op.RAISE_FROM,
                   (False, True): Op.RAISE_IN_HANDLER,
                   (True, True): Op.RAISE_FROM_IN_HANDLER}[node.cause is not None,
                                                           held is not None])

    def stmt_Try(self, node):
        if node.finalbody:
            inner = node.handlers or node.orelse
            self.try_finally(node, lambda: self.try_except(node) if inner
                             else self.body(node.body))
        else:
            self.try_except(node)

    def try_except(self, node):
        for h in node.handlers[:-1]:
            if h.type is None:
                self.error(h, "default 'except:' must be last")
        handler, end = Label(), Label()
        self.handler_stack.append((handler, self.depth))
        self.body(node.body)
        self.handler_stack.pop()
        self.body(node.orelse)
        self.emit(Op.JUMP, end)
        self.mark(handler)                     # the exception is on the stack
        exc, chain = self.enter_handler()
        for h in node.handlers:
            self.line = h.lineno
            nxt = Label()
            if h.type is not None:
                self.load_temp(exc)
                self.expr(h.type)
                self.line = h.lineno
                self.emit(Op.EXC_MATCHES)
                self.emit(Op.POP_JUMP_IF_FALSE, nxt)
            if h.name:
                self.load_temp(exc)
                self.store_name(h.name)
            self.body(h.body)
            if h.name:                          # `as` names do not outlive the clause
                self.emit(Op.LOAD_CONST, self.const(None))
                self.store_name(h.name)
                self.delete_name(h.name)
            self.emit(Op.POP_EXC_INFO)
            self.emit(Op.JUMP, end)
            self.mark(nxt)
        self.reraise_and_leave_handler(exc, chain)
        self.mark(end)

    def enter_handler(self):
        """At a handler: keep the exception in a hidden variable (for a bare
        `raise`), make it the one being handled (sys.exc_info(), a bare
        `raise` in a function called from here), and protect the handler's
        code by `chain`.  Returns (variable, chain label)."""
        exc = self.temp()
        self.store_temp(exc)
        self.load_temp(exc)
        self.emit(Op.PUSH_EXC_INFO)
        self.blocks.append(InHandler(exc))
        chain = Label()
        self.handler_stack.append((chain, self.depth))
        return exc, chain

    def reraise_and_leave_handler(self, exc, chain):
        """The end of a handler's code that falls through to re-raising the
        exception, then `chain`, where an exception escaping the handler's
        code gets the handled one as __context__; either way the handled
        exception is no longer being handled."""
        self.handler_stack.pop()
        self.blocks.pop()
        self.emit(Op.POP_EXC_INFO)
        self.load_temp(exc)
        self.emit(Op.RERAISE)
        self.mark(chain)
        self.emit(Op.POP_EXC_INFO)
        self.load_temp(exc)
        self.emit(Op.CHAIN_CONTEXT)
        self.emit(Op.RERAISE)

    def try_finally(self, node, compile_body):
        handler, end = Label(), Label()
        self.blocks.append(Cleanup(node.finalbody, len(self.handler_stack)))
        self.handler_stack.append((handler, self.depth))
        compile_body()
        self.handler_stack.pop()
        self.blocks.pop()
        self.body(node.finalbody)             # on the way out without an exception
        self.emit(Op.JUMP, end)
        self.mark(handler)
        exc, chain = self.enter_handler()
        self.body(node.finalbody)
        self.reraise_and_leave_handler(exc, chain)
        self.mark(end)

    def stmt_With(self, node):
        self.with_items(node, node.items)

    def with_items(self, node, items):
        item = items[0]
        self.expr(item.context_expr)
        self.line = node.lineno
        self.emit(Op.BEFORE_WITH)              # exit, value
        if item.optional_vars is not None:
            self.depth += 1                    # the exit stays below the value
            self.store(item.optional_vars)
            self.depth -= 1
        else:
            self.emit(Op.POP_TOP)
        handler, end, suppress = Label(), Label(), Label()
        self.blocks.append(Cleanup(None, len(self.handler_stack)))
        self.depth += 1
        self.handler_stack.append((handler, self.depth))
        if len(items) > 1:
            self.with_items(node, items[1:])
        else:
            self.body(node.body)
        self.handler_stack.pop()
        self.depth -= 1
        self.blocks.pop()
        self.line = node.lineno
        self.emit(Op.WITH_EXIT)
        self.emit(Op.JUMP, end)
        self.mark(handler)                     # exit, exc
        self.emit(Op.WITH_EXCEPT)
        self.emit(Op.POP_JUMP_IF_TRUE, suppress)
        self.emit(Op.RERAISE)
        self.mark(suppress)
        self.emit(Op.POP_TOP)
        self.emit(Op.POP_TOP)
        self.mark(end)

    def stmt_Assert(self, node):
        end = Label()
        self.jump_if(node.test, True, end)
        if node.msg is not None:
            self.expr(node.msg)
        else:
            self.emit(Op.LOAD_CONST, self.const(None))
        self.line = node.lineno
        self.emit(Op.RAISE_ASSERTION)
        self.mark(end)

    def stmt_Import(self, node):
        for alias in node.names:
            self.emit(Op.IMPORT_NAME, self.name_(alias.name))
            self.store_name(alias.asname or alias.name.split(".")[0])

    def stmt_ImportFrom(self, node):
        if node.module == "__future__":
            # compiler directives; pyish has their semantics, but for
            # annotations, which then stay unevaluated strings
            if any(a.name == "annotations" for a in node.names):
                self.c.future_annotations = True
            return
        if node.level:
            self.unsupported(node, "relative imports")
        self.emit(Op.IMPORT_NAME, self.name_(node.module))
        if node.names[0].name == "*":
            if self.kind != "module":
                self.error(node, "import * only allowed at module level")
            self.emit(Op.IMPORT_STAR)
            return
        for alias in node.names:
            self.emit(Op.IMPORT_FROM, self.name_(alias.name))
            self.store_name(alias.asname or alias.name)
        self.emit(Op.POP_TOP)

    def annotation(self, expr):
        """An annotation's value: evaluated, or its text under
        `from __future__ import annotations`."""
        if self.c.future_annotations:
            self.emit(Op.LOAD_CONST, self.const(ast.unparse(expr)))
        else:
            self.expr(expr)

    def stmt_FunctionDef(self, node):
        for d in node.decorator_list:
            self.expr(d)
        self.line = node.lineno
        self.make_function(node, node.name, node.args, node.body, "function")
        a = node.args
        annotated = [(self.mangle(x.arg), x.annotation)
                     for x in a.posonlyargs + a.args + [a.vararg] + a.kwonlyargs + [a.kwarg]
                     if x is not None and x.annotation is not None]
        if node.returns is not None:
            annotated.append(("return", node.returns))
        if annotated:
            for name, expr in annotated:
                self.emit(Op.LOAD_CONST, self.const(name))
                self.annotation(expr)
            self.emit(Op.BUILD_MAP, len(annotated))
            self.line = node.lineno
            self.emit(Op.SET_ANNOTATIONS)
        for _ in node.decorator_list:
            self.emit(Op.CALL_FUNCTION, 1)
        self.store_name(node.name)

    def stmt_ClassDef(self, node):
        for d in node.decorator_list:
            self.expr(d)
        for k in node.keywords:
            if k.arg is None:
                self.unsupported(k, "'**' in class keywords")
        self.line = node.lineno
        table = self.child_table(node)
        qual = node.name if self.kind == "module" else (
            f"{self.qualname}.{node.name}" if self.kind == "class"
            else f"{self.qualname}.<locals>.{node.name}")
        unit = Unit(self.c, node.name, table, self, node.lineno, "class", None, qual)
        unit.emit(Op.LOAD_GLOBAL, unit.name_("__name__"))
        unit.emit(Op.STORE_NAME, unit.name_("__module__"))
        unit.emit(Op.LOAD_CONST, unit.const(qual))
        unit.emit(Op.STORE_NAME, unit.name_("__qualname__"))
        body = node.body
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                and isinstance(body[0].value.value, str):
            unit.emit(Op.LOAD_CONST, unit.const(body[0].value.value))
            unit.emit(Op.STORE_NAME, unit.name_("__doc__"))
            body = body[1:]
        unit.setup_annotations(body)
        unit.body(body)
        # the class body returns the cell that zero-argument super() reads
        if "__class__" in unit.cellnames:
            unit.emit(Op.LOAD_CLOSURE, unit.cellnames.index("__class__"))
        else:
            unit.emit(Op.LOAD_CONST, unit.const(None))
        unit.emit(Op.RETURN_VALUE)
        code = unit.assemble()
        self.emit_make(node, code, unit, None)
        self.emit(Op.LOAD_CONST, self.const(node.name))
        for b in node.bases:
            if isinstance(b, ast.Starred):
                self.unsupported(b, "starred base classes")
            self.expr(b)
        if node.keywords:                       # metaclass=..., __init_subclass__ keywords
            for k in node.keywords:
                self.emit(Op.LOAD_CONST, self.const(k.arg))
                self.expr(k.value)
            self.emit(Op.BUILD_MAP, len(node.keywords))
        else:
            self.emit(Op.LOAD_CONST, self.const(None))
        self.line = node.lineno
        self.emit(Op.BUILD_CLASS, len(node.bases))
        for _ in node.decorator_list:
            self.emit(Op.CALL_FUNCTION, 1)
        self.store_name(node.name)

    # -- functions ------------------------------------------------------------------------
    def child_table(self, node):
        return self.c.tables[id(node)]

    def make_function(self, node, name, args, body, kind):
        """Compile a nested function and emit what makes it at run time."""
        table = self.child_table(node)
        qual = name if self.kind == "module" else (
            f"{self.qualname}.{name}" if self.kind == "class"
            else f"{self.qualname}.<locals>.{name}")
        unit = Unit(self.c, name, table, self, node.lineno, kind, args, qual)
        if kind == "lambda":
            unit.line = body.lineno
            unit.is_generator = _is_generator([body])
            unit.expr(body)
            unit.emit(Op.RETURN_VALUE)
        else:
            unit.is_generator = _is_generator(body)
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                    and isinstance(body[0].value.value, str):
                unit.meta["doc"] = body[0].value.value
            unit.body(body)
            unit.emit(Op.LOAD_CONST, unit.const(None))
            unit.emit(Op.RETURN_VALUE)
        code = unit.assemble()
        self.emit_make(node, code, unit, args)

    def emit_make(self, node, code, unit, args):
        self.line = node.lineno
        self.emit(Op.LOAD_CONST, self.const(code))
        defaults = args.defaults if args is not None else []
        if defaults:
            for d in defaults:
                self.expr(d)
            self.emit(Op.BUILD_TUPLE, len(defaults))
        else:
            self.emit(Op.LOAD_CONST, self.const(None))
        kwd = [(self.mangle(a.arg), d) for a, d in zip(args.kwonlyargs, args.kw_defaults)
               if d is not None] if args is not None else []
        if kwd:
            for k, d in kwd:
                self.emit(Op.LOAD_CONST, self.const(k))
                self.expr(d)
            self.emit(Op.BUILD_MAP, len(kwd))
        else:
            self.emit(Op.LOAD_CONST, self.const(None))
        if unit.freevars:
            for nm in unit.freevars:
                if nm not in self.cellnames:
                    raise AssertionError(f"free variable {nm} not a cell of {self.name}")
                self.emit(Op.LOAD_CLOSURE, self.cellnames.index(nm))
            self.emit(Op.BUILD_TUPLE, len(unit.freevars))
        else:
            self.emit(Op.LOAD_CONST, self.const(None))
        self.line = node.lineno
        self.emit(Op.MAKE_FUNCTION)

    def comprehension(self, node, kind):
        """List/set/dict comprehensions and generator expressions are nested
        functions taking the first iterator, as in CPython."""
        name = {"ListComp": "listcomp", "SetComp": "setcomp", "DictComp": "dictcomp",
                "GeneratorExp": "genexpr"}[type(node).__name__]
        table = self.child_table(node)
        qual = f"<{name}>" if self.kind == "module" else f"{self.qualname}.<locals>.<{name}>"
        fake_args = ast.arguments(posonlyargs=[], args=[ast.arg(arg=".0")], kwonlyargs=[],
                                  kw_defaults=[], defaults=[], vararg=None, kwarg=None)
        unit = Unit(self.c, f"<{name}>", table, self, node.lineno, "comprehension",
                    fake_args, qual)
        unit.line = node.lineno
        result = None
        if name != "genexpr":
            result = unit.local(".result")
            unit.emit({"listcomp": Op.BUILD_LIST, "setcomp": Op.BUILD_SET,
                       "dictcomp": Op.BUILD_MAP}[name], 0)
            unit.emit(Op.STORE_FAST, result)
        else:
            unit.is_generator = True
        unit.comp_loops(node, node.generators, 0, name, result)
        if result is not None:
            unit.emit(Op.LOAD_FAST, result)
        else:
            unit.emit(Op.LOAD_CONST, unit.const(None))
        unit.emit(Op.RETURN_VALUE)
        code = unit.assemble()
        self.emit_make(node, code, unit, None)
        self.expr(node.generators[0].iter)
        self.emit(Op.GET_ITER)
        self.line = node.lineno
        self.emit(Op.CALL_FUNCTION, 1)

    def comp_loops(self, node, gens, i, name, result):
        gen = gens[i]
        if gen.is_async:
            self.unsupported(gen, "async comprehensions")
        top, end = Label(), Label()
        if i == 0:
            self.emit(Op.LOAD_FAST, self.local(".0"))
        else:
            self.expr(gen.iter)
            self.emit(Op.GET_ITER)
        self.mark(top)
        self.line = node.lineno
        self.emit(Op.FOR_ITER, end)
        self.store(gen.target)
        for cond in gen.ifs:
            self.jump_if(cond, False, top)
        if i + 1 < len(gens):
            self.comp_loops(node, gens, i + 1, name, result)
        elif name == "genexpr":
            self.expr(node.elt)
            self.emit(Op.YIELD_VALUE)
            self.emit(Op.POP_TOP)
        elif name == "dictcomp":
            self.expr(node.key)
            self.expr(node.value)
            self.emit(Op.COMP_MAP_ADD, result)
        else:
            self.expr(node.elt)
            self.emit(Op.COMP_LIST_APPEND if name == "listcomp" else Op.COMP_SET_ADD, result)
        self.line = node.lineno
        self.emit(Op.JUMP, top)
        self.mark(end)

    # -- assignment targets ---------------------------------------------------------------
    def store(self, t):
        if isinstance(t, ast.Name):
            self.store_name(t.id)
        elif isinstance(t, ast.Attribute):
            self.expr(t.value)
            self.line = t.lineno
            self.emit(Op.STORE_ATTR, self.attr_(t.attr))
        elif isinstance(t, ast.Subscript):
            self.expr(t.value)
            self.subscript_key(t.slice)
            self.line = t.lineno
            self.emit(Op.STORE_SUBSCR)
        elif isinstance(t, (ast.Tuple, ast.List)):
            starred = [i for i, e in enumerate(t.elts) if isinstance(e, ast.Starred)]
            if len(starred) > 1:
                self.error(t, "multiple starred expressions in assignment")
            if starred:
                before = starred[0]
                after = len(t.elts) - before - 1
                if before > 255 or after > 255:
                    self.error(t, "too many expressions in star-unpacking assignment")
                self.emit(Op.UNPACK_EX, before | (after << 8))
            else:
                self.emit(Op.UNPACK_SEQUENCE, len(t.elts))
            for e in t.elts:
                self.store(e.value if isinstance(e, ast.Starred) else e)
        elif isinstance(t, ast.Starred):
            self.error(t, "starred assignment target must be in a list or tuple")
        else:
            self.error(t, f"cannot assign to {type(t).__name__.lower()}")

    # -- expressions ----------------------------------------------------------------------
    def expr(self, node):
        saved = self.line
        self.line = getattr(node, "lineno", saved)
        if type(node) in UNSUPPORTED:
            self.unsupported(node, UNSUPPORTED[type(node)])
        method = getattr(self, "expr_" + type(node).__name__, None)
        if method is None:
            self.unsupported(node, f"{type(node).__name__} expressions")
        method(node)
        self.line = saved

    def expr_Constant(self, node):
        self.emit(Op.LOAD_CONST, self.const(node.value))

    def expr_Name(self, node):
        self.load_name(node.id)

    def expr_BinOp(self, node):
        self.expr(node.left)
        self.expr(node.right)
        self.emit(BINOPS[type(node.op)])

    def expr_UnaryOp(self, node):
        if isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant) \
                and type(node.operand.value) in (int, float, complex):
            self.emit(Op.LOAD_CONST, self.const(-node.operand.value))
            return
        self.expr(node.operand)
        self.emit(UNARYOPS[type(node.op)])

    def expr_BoolOp(self, node):
        end = Label()
        op = Op.JUMP_IF_FALSE_OR_POP if isinstance(node.op, ast.And) else Op.JUMP_IF_TRUE_OR_POP
        for v in node.values[:-1]:
            self.expr(v)
            self.emit(op, end)
        self.expr(node.values[-1])
        self.mark(end)

    def expr_Compare(self, node):
        self.expr(node.left)
        if len(node.ops) == 1:
            self.expr(node.comparators[0])
            self.emit(CMPOPS[type(node.ops[0])])
            return
        cleanup, end = Label(), Label()
        for op, right in zip(node.ops[:-1], node.comparators[:-1]):
            self.expr(right)
            self.emit(Op.DUP_TOP)
            self.emit(Op.ROT_THREE)
            self.emit(CMPOPS[type(op)])
            self.emit(Op.JUMP_IF_FALSE_OR_POP, cleanup)
        self.expr(node.comparators[-1])
        self.emit(CMPOPS[type(node.ops[-1])])
        self.emit(Op.JUMP, end)
        self.mark(cleanup)
        self.emit(Op.ROT_TWO)
        self.emit(Op.POP_TOP)
        self.mark(end)

    def expr_IfExp(self, node):
        orelse, end = Label(), Label()
        self.jump_if(node.test, False, orelse)
        self.expr(node.body)
        self.emit(Op.JUMP, end)
        self.mark(orelse)
        self.expr(node.orelse)
        self.mark(end)

    def expr_NamedExpr(self, node):
        self.expr(node.value)
        self.emit(Op.DUP_TOP)
        self.store(node.target)

    def expr_Attribute(self, node):
        self.expr(node.value)
        self.line = node.end_lineno if node.end_lineno == node.lineno else self.line
        self.emit(Op.LOAD_ATTR, self.attr_(node.attr))

    def expr_Subscript(self, node):
        self.expr(node.value)
        self.subscript_key(node.slice)
        self.emit(Op.BINARY_SUBSCR)

    def subscript_key(self, sl):
        if isinstance(sl, ast.Slice):
            for part in (sl.lower, sl.upper):
                if part is None:
                    self.emit(Op.LOAD_CONST, self.const(None))
                else:
                    self.expr(part)
            if sl.step is not None:
                self.expr(sl.step)
            self.emit(Op.BUILD_SLICE, 3 if sl.step is not None else 2)
        else:
            self.expr(sl)

    def expr_Slice(self, node):
        self.subscript_key(node)

    def expr_Starred(self, node):
        self.error(node, "can't use starred expression here")

    def elements(self, elts, build, append, extend):
        """Emit a display; returns after leaving the container on the stack."""
        if not any(isinstance(e, ast.Starred) for e in elts):
            for e in elts:
                self.expr(e)
            self.emit(build, len(elts))
            return
        self.emit(build, 0)
        for e in elts:
            if isinstance(e, ast.Starred):
                self.expr(e.value)
                self.emit(extend)
            else:
                self.expr(e)
                self.emit(append)

    def expr_List(self, node):
        self.elements(node.elts, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND)

    def expr_Tuple(self, node):
        if any(isinstance(e, ast.Starred) for e in node.elts):
            self.elements(node.elts, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND)
            self.emit(Op.LIST_TO_TUPLE)
        else:
            self.elements(node.elts, Op.BUILD_TUPLE, None, None)

    def expr_Set(self, node):
        self.elements(node.elts, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE)

    def expr_Dict(self, node):
        if None not in node.keys:
            for k, v in zip(node.keys, node.values):
                self.expr(k)
                self.expr(v)
            self.emit(Op.BUILD_MAP, len(node.keys))
            return
        self.emit(Op.BUILD_MAP, 0)
        for k, v in zip(node.keys, node.values):
            if k is None:
                self.expr(v)
                self.emit(Op.DICT_UPDATE)
            else:
                self.expr(k)
                self.expr(v)
                self.emit(Op.MAP_ADD)

    def expr_ListComp(self, node):
        self.comprehension(node, "list")

    expr_SetComp = expr_DictComp = expr_GeneratorExp = expr_ListComp

    def expr_Lambda(self, node):
        self.make_function(node, "<lambda>", node.args, node.body, "lambda")

    def expr_Yield(self, node):
        if self.kind not in ("function", "lambda"):
            self.error(node, "'yield' outside function")
        if node.value is None:
            self.emit(Op.LOAD_CONST, self.const(None))
        else:
            self.expr(node.value)
        self.emit(Op.YIELD_VALUE)

    def expr_YieldFrom(self, node):
        if self.kind not in ("function", "lambda"):
            self.error(node, "'yield from' outside function")
        self.expr(node.value)
        self.emit(Op.YIELD_FROM)

    def expr_JoinedStr(self, node):
        for v in node.values:
            if isinstance(v, ast.Constant):
                self.emit(Op.LOAD_CONST, self.const(v.value))
            else:
                self.expr_FormattedValue(v)
        if len(node.values) != 1:
            self.emit(Op.BUILD_STRING, len(node.values))
        elif isinstance(node.values[0], ast.Constant):
            pass

    def expr_FormattedValue(self, node):
        self.expr(node.value)
        conv = CONVERSION[node.conversion]
        if node.format_spec is not None:
            self.expr(node.format_spec)
            self.emit(Op.FORMAT_WITH_SPEC, conv)
        else:
            self.emit(Op.FORMAT_VALUE, conv)

    def check_call(self, node):
        seen = set()
        for k in node.keywords:
            if k.arg is not None:
                if k.arg in seen:
                    self.error(k, f"keyword argument repeated: {k.arg}")
                seen.add(k.arg)

    def expr_Call(self, node):
        self.check_call(node)
        if (isinstance(node.func, ast.Name) and node.func.id == "super" and not node.args
                and not node.keywords and "__class__" in self.cellnames
                and self.kind == "function" and self.meta.get("argcount")):
            # zero-argument super(): super(__class__, <first argument>)
            self.load_name("super")
            self.emit(Op.LOAD_DEREF, self.cellnames.index("__class__"))
            self.load_name(self.varnames[0])
            self.line = node.lineno
            self.emit(Op.CALL_FUNCTION, 2)
            return
        if (isinstance(node.func, ast.Name) and node.func.id in FRAME_BUILTINS
                and not node.args and not node.keywords
                and self.scope_of(node.func.id) in ("global", "name")):
            # globals(), locals(), vars(), dir(): about this guest frame
            self.emit(Op.FRAME_NAMES, FRAME_BUILTINS[node.func.id])
            return
        self.expr(node.func)
        args, kws = node.args, node.keywords
        starred = any(isinstance(a, ast.Starred) for a in args)
        dstar = any(k.arg is None for k in kws)
        if not starred and not dstar:
            for a in args:
                self.expr(a)
            if kws:
                for k in kws:
                    self.expr(k.value)
                self.emit(Op.LOAD_CONST, self.const(tuple(k.arg for k in kws)))
                self.line = node.lineno
                self.emit(Op.CALL_FUNCTION_KW, len(args) + len(kws))
            else:
                self.line = node.lineno
                self.emit(Op.CALL_FUNCTION, len(args))
            return
        # Arguments go as parts, merged by the runtime with CPython's checks
        # and messages (which name the function): runs of plain arguments as
        # tuples, each *x as itself; runs of named keywords as dicts, each **m
        # as itself.
        self.parts(args, lambda a: isinstance(a, ast.Starred), lambda a: a.value,
                   self.expr, Op.BUILD_TUPLE)
        if kws:
            def named(run):
                for k in run:
                    self.emit(Op.LOAD_CONST, self.const(k.arg))
                    self.expr(k.value)
            self.parts(kws, lambda k: k.arg is None, lambda k: k.value, named, Op.BUILD_MAP,
                       grouped=True)
        else:
            self.emit(Op.LOAD_CONST, self.const(None))
        self.line = node.lineno
        self.emit(Op.CALL_FUNCTION_EX)

    def parts(self, items, is_unpacked, unpacked_value, compile_plain, build, grouped=False):
        nparts, run = 0, []

        def flush():
            if run:
                if grouped:
                    compile_plain(run)
                else:
                    for x in run:
                        compile_plain(x)
                self.emit(build, len(run))
                run.clear()
                return 1
            return 0
        for item in items:
            if is_unpacked(item):
                nparts += flush()
                self.expr(unpacked_value(item))
                nparts += 1
            else:
                run.append(item)
        nparts += flush()
        self.emit(Op.BUILD_TUPLE, nparts)

    # -- conditions ------------------------------------------------------------------------
    def jump_if(self, node, when, label):
        """Jump to `label` if the truth of `node` equals `when`."""
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            return self.jump_if(node.operand, not when, label)
        if isinstance(node, ast.BoolOp):
            is_and = isinstance(node.op, ast.And)
            if is_and != when:
                # and/False or or/True: any operand decides
                for v in node.values:
                    self.jump_if(v, when, label)
            else:
                skip = Label()
                for v in node.values[:-1]:
                    self.jump_if(v, not when, skip)
                self.jump_if(node.values[-1], when, label)
                self.mark(skip)
            return
        self.expr(node)
        self.line = getattr(node, "lineno", self.line)
        self.emit(Op.POP_JUMP_IF_TRUE if when else Op.POP_JUMP_IF_FALSE, label)

    # -- assembly --------------------------------------------------------------------------
    def assemble(self) -> CodeObject:
        instrs, lines, handlers = assemble(self.code)
        self.meta["cell_args"] = self.cell_args
        self.meta.setdefault("argcount", 0)
        self.meta.setdefault("posonly", 0)
        self.meta.setdefault("kwonly", 0)
        self.meta.setdefault("varargs", False)
        self.meta.setdefault("varkw", False)
        nparams = (self.meta["argcount"] + self.meta["kwonly"] + self.meta["varargs"]
                   + self.meta["varkw"])
        mark_unbound_loads(instrs, handlers, len(self.varnames), nparams)
        return CodeObject(
            name=self.name, filename=self.c.filename,
            instructions=tuple((op, arg) for op, arg in instrs), lines=tuple(lines),
            consts=tuple(self.consts), names=tuple(self.names),
            varnames=tuple(self.varnames), cellnames=tuple(self.cellnames), nfree=self.nfree,
            firstlineno=self.firstlineno, is_generator=self.is_generator, meta=self.meta,
            handlers=handlers)


def mark_unbound_loads(instrs, handlers, nlocals, nparams):
    """A LOAD_FAST of a local that may be unassigned on some path becomes
    LOAD_FAST_CHECK, which raises UnboundLocalError (as CPython 3.12 does)."""
    if not instrs or not nlocals:
        return
    state = assigned_locals(instrs, handlers, build_table(_interp()), nlocals,
                            (1 << nparams) - 1, (Op.STORE_FAST,), (Op.DELETE_FAST,))
    for i, (op, arg) in enumerate(instrs):
        if op == Op.LOAD_FAST and state[i] is not None and not state[i] >> arg & 1:
            instrs[i][0] = int(Op.LOAD_FAST_CHECK)


def _interp():
    from .interpreter import PyishInterpreter
    return PyishInterpreter


def _all_frees(table):
    """The free variables of a scope.  A class passes its methods' free
    variables through even when it binds the same name itself (its own
    binding lives in its namespace), which its symbols do not show."""
    frees = {s.get_name() for s in table.get_symbols() if s.is_free()}
    if table.get_type() == "class":
        for child in table.get_children():
            frees |= _all_frees(child) - {"__class__"}
    return frees


_NESTED_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef,
                  ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def _is_generator(body):
    """Does this body (not a nested scope in it) yield?"""
    todo = [n for n in body if not isinstance(n, _NESTED_SCOPES)]
    while todo:
        n = todo.pop()
        if isinstance(n, (ast.Yield, ast.YieldFrom)):
            return True
        todo += [ch for ch in ast.iter_child_nodes(n) if not isinstance(ch, _NESTED_SCOPES)]
    return False
