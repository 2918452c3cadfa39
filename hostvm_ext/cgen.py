"""The Cython backend's generator: code tables and threaded code as Cython.

The same declarations and the same emitters as the python backend
(hostvm/engines/emit.py, the switch cases, the direct handlers, the TCG's
structured output) produce the text; this module adds what makes it C:

* each i-op becomes a `cdef inline` function compiled from its own Python
  body, with the frame typed (`self.locals` is a struct field), the operand a
  C integer and the inputs by value.  A body never touches the operand stack:
  the emitters read its inputs and store its outputs from the declared stack
  effect.  The direct engine's handlers are the i-ops in one fixed C
  signature, `Py_ssize_t h(Frame f, list st, Py_ssize_t arg, Py_ssize_t d,
  Py_ssize_t next)`, an array of which is the direct-threaded code.
* the operand stack is a list whose item array the code indexes with
  constant (threaded) or verified (switch, direct) slots, bounds checks off:
  a raw array of object pointers, sized by the verifier.  The checked stack
  adds its bound and type tests in the store, as in the python backend.
* the names a body uses from its module (the guest's runtime helpers) become
  C globals, bound once when the module is loaded.

A code-table module holds every i-op and the switch and direct engines for
both stack kinds, and exports the i-ops to threaded code (hostvm_ext/ctcg.py,
which generates C directly).
"""
from __future__ import annotations

import ast
import inspect
import textwrap

from hostvm.engines.direct import RETURNED, YIELDED, handler_body
from hostvm.engines.emit import Generator, catch, indent
from hostvm.engines.switch import dispatch_body
from hostvm.iop import BRANCH
from hostvm.stack import STACKS

from .toolchain import BuildError

#: the frame's documented surface (hostvm/interp.py): all an i-op body may
#: read from `self` when compiled against the C frame
FRAME_SURFACE = frozenset({"code", "locals", "cells", "consts", "names", "globals", "vm"})

#: names the generated modules define for themselves
MODULE_NAMES = frozenset({"Frame", "Calls", "hx_call_code", "hx_getattr", "hx_setattr",
                          "hx_site", "hx_sites", "hx_attr_cache", "hx_item", "hx_get", "hx_subscr",
                          "hx_setitem", "hx_callattr0", "hx_callattr1", "hx_callattr2",
                          "hx_callattr3", "hx_new", "hx_len", "hx_cmp_n", "cython", "array", "malloc", "free", "SwitchCode",
                          "DirectCode", "Instr", "handler_t", "_bind"})

ENGINE_DIRECTIVES = ["@cython.boundscheck(False)", "@cython.wraparound(False)"]


class Text:
    """Generated Cython, with what produced each line (for build errors)."""

    def __init__(self):
        self.lines: list[str] = []
        self.owners: list[str] = []

    def add(self, lines, owner: str):
        for l in lines:
            self.lines.extend(l.split("\n"))
            self.owners.extend([owner] * (l.count("\n") + 1))

    def source(self) -> str:
        return "\n".join(self.lines) + "\n"

    def owner(self, line: int):
        if 1 <= line <= len(self.lines):
            return self.owners[line - 1], self.lines[line - 1].strip()
        return "generated code", ""


# -- the i-ops -------------------------------------------------------------------

def iop_where(table, iop) -> str:
    return f"{table.interp.__name__}.{iop.name} (i-op of {iop.opname})"


#: Python's binary operators as the C API calls CPython makes for them.
#: i-op bodies are compiled with these, not with Cython's own operator fast
#: paths: Cython 3.3's `0 + x` returns x, which is wrong for x = -0.0
#: (Python: 0.0); tests/programs/pyish/feat_fast_path_edges.py found it.
NUMBER_API = {ast.Add: "PyNumber_Add", ast.Sub: "PyNumber_Subtract",
              ast.Mult: "PyNumber_Multiply", ast.Div: "PyNumber_TrueDivide",
              ast.FloorDiv: "PyNumber_FloorDivide", ast.Mod: "PyNumber_Remainder",
              ast.LShift: "PyNumber_Lshift", ast.RShift: "PyNumber_Rshift",
              ast.BitAnd: "PyNumber_And", ast.BitOr: "PyNumber_Or", ast.BitXor: "PyNumber_Xor",
              ast.MatMult: "PyNumber_MatrixMultiply"}


#: CPython's rich comparison codes (Py_LT ...)
_RICH = {ast.Lt: 0, ast.LtE: 1, ast.Eq: 2, ast.NotEq: 3, ast.Gt: 4, ast.GtE: 5}


class _Lowering(ast.NodeTransformer):
    """What an i-op body becomes before Cython sees it:

    * binary operators: CPython's number API (above);
    * `self.vm.call_code(...)`, the framework's guest call: a C call of the
      compiled call path (hostvm_ext/runtime.pyx);
    * `m.get(k, default)`: `hx_get`, a dict's lookup without the method call
      when m is an exact dict; `T.__new__(T)`: `hx_new`, the type's tp_new
      slot; any other method call `x.a(...)` (up to three arguments)
      `hx_callattrN`, which calls a callable held in an instance slot
      (jsish's `NativeFunction.fn`) or a C method of x's type (`list.insert`)
      through the site's cache and makes any other call as Cython does (the
      arguments must not be able to change what x.a finds: they are
      evaluated before the lookup);
    * `c[k]` with a constant index k >= 0: `hx_item`, a tuple's or list's
      item without the generic subscript (runtime.pxd); with any other key
      `hx_subscr`, and `c[k] = v` `hx_setitem`, the same for a small int key;
    * an attribute read `x.a` or write `x.a = v` of anything but the frame:
      `hx_getattr` / `hx_setattr` with an inline cache of its own
      (runtime.pxd), which reads and writes instance slots by offset.  The
      attribute of a method call (`x.a(...)`) stays Cython's, which calls
      the method without binding it.
    """

    def __init__(self, sites, lists=(), operand=None, module_globals=None):
        self.sites = sites                 # the module's attribute sites so far
        self.lists = frozenset(lists)      # the i-op's counted inputs (lists)
        self.operand = operand             # the operand: a C integer
        self.globals = module_globals or {}

    def c_integer(self, node) -> bool:
        """The operand, an int constant, or arithmetic of them: C arithmetic
        (Cython's), not a Python object's."""
        if isinstance(node, ast.Name):
            return node.id == self.operand
        if isinstance(node, ast.Constant):
            return type(node.value) is int and abs(node.value) < 2 ** 31
        return (isinstance(node, ast.BinOp) and type(node.op) in (ast.Add, ast.Sub, ast.Mult)
                and self.c_integer(node.left) and self.c_integer(node.right))

    def site(self):
        self.sites.append(None)
        return ast.Call(ast.Name("hx_site", ast.Load()), [ast.Constant(len(self.sites) - 1)], [])

    def c_size(self, node) -> bool:
        """`hx_len(x)` (a lowered `len(x)`), its negation, or C integer
        arithmetic: a C integer in the Cython the body becomes."""
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return self.c_size(node.operand)
        return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "hx_len") or (self.operand is not None
                                                  and self.c_integer(node))

    def visit_Compare(self, node):
        """A comparison of an object with a C integer (`key < len(items)`) is
        `hx_cmp_n`, which compares a small int in C; a chain is split into
        its comparisons when its middle operands are names or constants
        (evaluated once either way)."""
        self.generic_visit(node)
        operands = [node.left, *node.comparators]
        pairs = list(zip(operands, node.ops, operands[1:]))
        mixed = [self.c_size(a) != self.c_size(b) for a, b in (p[::2] for p in pairs)]
        if not any(mixed) or any(type(op) not in _RICH for op in node.ops) or not all(
                isinstance(m, (ast.Name, ast.Constant)) for m in operands[1:-1]):
            return node
        parts = []
        for (a, op, b), m in zip(pairs, mixed):
            if not m:
                parts.append(ast.Compare(a, [op], [b]))
                continue
            n_left = self.c_size(a)
            if n_left:
                a, b = b, a
            parts.append(ast.Call(ast.Name("hx_cmp_n", ast.Load()),
                                  [a, b, ast.Constant(_RICH[type(op)]), ast.Constant(int(n_left))],
                                  []))
        return parts[0] if len(parts) == 1 else ast.BoolOp(ast.And(), parts)

    def visit_Call(self, node):
        if isinstance(node.func, ast.Name) and node.func.id == "len" and "len" not in self.globals \
                and len(node.args) == 1 and not node.keywords:
            return ast.Call(ast.Name("hx_len", ast.Load()), [self.visit(node.args[0])], [])
        # a method call whose arguments cannot change what x.a finds: the
        # C helpers look x.a up after the arguments are evaluated
        in_order = (isinstance(node.func, ast.Attribute) and not node.keywords
                    and all(self.in_order(a) for a in node.args))
        if isinstance(node.func, ast.Attribute):       # x.a(...): lower x, keep .a
            node.func.value = self.visit(node.func.value)
            node.args = [self.visit(a) for a in node.args]
            node.keywords = [self.visit(k) for k in node.keywords]
        else:
            self.generic_visit(node)
        f = node.func
        if isinstance(f, ast.Attribute) and f.attr == "__new__" and isinstance(f.value, ast.Name) \
                and len(node.args) == 1 and isinstance(node.args[0], ast.Name) \
                and node.args[0].id == f.value.id and not node.keywords:
            return ast.Call(ast.Name("hx_new", ast.Load()), [f.value], [])
        if in_order and f.attr == "get" and len(node.args) == 2 and not _is_self(f.value):
            return ast.Call(ast.Name("hx_get", ast.Load()), [f.value, *node.args], [])
        if in_order and len(node.args) <= 3 and not _is_self(f.value) \
                and not _is_self_field(f.value):
            return ast.Call(ast.Name(f"hx_callattr{len(node.args)}", ast.Load()),
                            [f.value, ast.Constant(f.attr), self.site(), *node.args], [])
        if (isinstance(f, ast.Attribute) and f.attr == "call_code"
                and isinstance(f.value, ast.Attribute) and f.value.attr == "vm"
                and isinstance(f.value.value, ast.Name) and f.value.value.id == "self"
                and len(node.args) == 4 and not node.keywords):
            return ast.Call(ast.Name("hx_call_code", ast.Load()),
                            [ast.Name("self", ast.Load()), *node.args], [])
        return node

    def in_order(self, node) -> bool:
        """Evaluating `node` runs no guest or host code that could rebind an
        attribute: a settled name, or an item or slice (constant bounds) of a
        counted input, which is a list the engine made."""
        if isinstance(node, ast.Starred):
            return False
        if _settled(node):
            return True
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) \
                and node.value.id in self.lists:
            k = node.slice
            if isinstance(k, ast.Slice):
                return all(b is None or isinstance(b, ast.Constant)
                           for b in (k.lower, k.upper, k.step))
            return isinstance(k, ast.Constant)
        return False

    def visit_Attribute(self, node):
        self.generic_visit(node)
        if isinstance(node.ctx, ast.Load) and not _is_self(node.value):
            return ast.Call(ast.Name("hx_getattr", ast.Load()),
                            [node.value, ast.Constant(node.attr), self.site()], [])
        return node

    def visit_Assign(self, node):
        target = node.targets[0]
        # the C call evaluates the target before the value, Python the value
        # first: only targets whose evaluation the value cannot change
        if len(node.targets) == 1 and isinstance(target, ast.Subscript) \
                and _settled(target.value) and _settled(target.slice):
            return ast.Expr(ast.Call(ast.Name("hx_setitem", ast.Load()),
                                     [self.visit(target.value), self.visit(target.slice),
                                      self.visit(node.value)], []))
        if len(node.targets) == 1 and isinstance(target, ast.Attribute) \
                and not _is_self(target.value) and _settled(target.value):
            return ast.Expr(ast.Call(ast.Name("hx_setattr", ast.Load()),
                                     [self.visit(target.value), ast.Constant(target.attr),
                                      self.site(), self.visit(node.value)], []))
        self.generic_visit(node)
        return node

    def visit_Subscript(self, node):
        self.generic_visit(node)
        k = node.slice
        if not isinstance(node.ctx, ast.Load) or isinstance(k, (ast.Slice, ast.Tuple)):
            return node
        if isinstance(k, ast.Constant) and type(k.value) is int and k.value >= 0:
            return ast.Call(ast.Name("hx_item", ast.Load()), [node.value, k], [])
        return ast.Call(ast.Name("hx_subscr", ast.Load()), [node.value, k], [])

    def visit_BinOp(self, node):
        if self.operand is not None and self.c_integer(node):
            return node                        # `count + 1`: no int objects
        self.generic_visit(node)
        if type(node.op) is ast.Pow:
            return ast.Call(ast.Name("PyNumber_Power", ast.Load()),
                            [node.left, node.right, ast.Constant(None)], [])
        return ast.Call(ast.Name(NUMBER_API[type(node.op)], ast.Load()),
                        [node.left, node.right], [])


def _is_self(node) -> bool:
    return isinstance(node, ast.Name) and node.id == "self"


def _is_self_field(node) -> bool:
    return isinstance(node, ast.Attribute) and _is_self(node.value)


def _settled(node) -> bool:
    """A name, a constant or a field of the frame: its value cannot be changed
    by evaluating another expression of the body (a body has no `nonlocal`,
    and binding a name inside an expression, `:=`, is refused below)."""
    return (isinstance(node, (ast.Name, ast.Constant))
            or isinstance(node, ast.Attribute) and _is_self(node.value))


def iop_signature(iop) -> tuple[bool, str]:
    """(returns a decision?, the C function's header without its colon)."""
    params = []
    if iop.call is iop.func:
        params.append("Frame self")
    if iop.operand_param:
        params.append(f"Py_ssize_t {iop.operand_param}")
    params += [f"object {p}" for p in iop.params]
    decision = iop.control is BRANCH and not iop.returns_new_values_on_fallthrough
    ret = "bint" if decision else "object"
    tail = " except -1" if decision else ""
    return decision, f"cdef {ret} iop_{iop.name}({', '.join(params)}){tail}"


def iop_definition(table, iop, sites: list) -> list[str]:
    """The i-op as a by-value `cdef` function: the method's own body,
    with `self` typed as the C frame, the operand as a C integer, one object
    per declared input.  Its attribute sites are appended to `sites`."""
    where = iop_where(table, iop)
    fdef = ast.parse(textwrap.dedent(inspect.getsource(iop.func))).body[0]
    body = fdef.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str):
        body = body[1:]
    for node in ast.walk(ast.Module(body=body, type_ignores=[])):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and node.value.id == "self" and node.attr not in FRAME_SURFACE:
            raise BuildError(f"{where}: cannot compile 'self.{node.attr}': the compiled frame "
                             f"has only {', '.join(sorted(FRAME_SURFACE))}")
        if isinstance(node, ast.NamedExpr):
            raise BuildError(f"{where}: cannot compile ':=': an i-op body binds names in "
                             f"statements only")
    decision, header = iop_signature(iop)
    lines = [header + ":"]
    lowering = _Lowering(sites, [p for p, s in zip(iop.params, iop.effect.inputs)
                                 if s.count is not None], iop.operand_param,
                         iop.module_globals)
    body = [lowering.visit(s) for s in body]
    stmts = [ast.unparse(s) for s in body] or ["pass"]
    if not decision and not any(isinstance(n, ast.Return) and n.value is not None
                                for n in ast.walk(ast.Module(body=body, type_ignores=[]))):
        stmts.append("return None")
    lines += indent("\n".join(stmts).split("\n"))
    return lines


def iop_globals(table, iops) -> dict:
    """The module-level names the i-op bodies use, with their values."""
    names = {}
    for iop in iops:
        for name in sorted(iop.free_globals):
            if name in MODULE_NAMES or name.startswith(("iop_", "h_", "switch_", "direct_",
                                                         "threaded_")):
                raise BuildError(f"{iop_where(table, iop)}: cannot compile the global name "
                                 f"{name!r}: the generated module uses it")
            if name not in iop.module_globals:
                raise BuildError(f"{iop_where(table, iop)}: cannot compile {name!r}: not "
                                 f"defined in {iop.func.__module__}")
            value = iop.module_globals[name]
            if name in names and names[name] is not value:
                raise BuildError(f"{iop_where(table, iop)}: cannot compile {name!r}: another "
                                 f"i-op means a different object by it")
            names[name] = value
    return names


# -- module frame ----------------------------------------------------------------

def module_head(text: Text, what: str, runtime: str, bound: dict, nsites: int = 0):
    """Directives, cimports, the C globals `_bind(ns)` sets at load time and
    the inline caches of the module's `nsites` attribute sites."""
    text.add([
        "# cython: language_level=3, binding=False, embedsignature=False",
        f"# Generated by hostvm_ext.cgen ({what}). Do not edit.",
        "cimport cython",
        "from cpython cimport array",
        "from libc.stdlib cimport malloc, free",
        "from cpython.number cimport (PyNumber_Add, PyNumber_Subtract, PyNumber_Multiply,",
        "    PyNumber_TrueDivide, PyNumber_FloorDivide, PyNumber_Remainder, PyNumber_Power,",
        "    PyNumber_Lshift, PyNumber_Rshift, PyNumber_And, PyNumber_Or, PyNumber_Xor,",
        "    PyNumber_MatrixMultiply)",
        f"from {runtime} cimport (Frame, Calls, hx_attr_cache, hx_getattr, hx_setattr,",
        "    hx_item, hx_get, hx_new, hx_len, hx_cmp_n, hx_subscr, hx_setitem, hx_callattr0,",
        "    hx_callattr1, hx_callattr2, hx_callattr3)",
        "",
        f"cdef hx_attr_cache hx_sites[{max(nsites, 1)}]",
        "",
        "cdef inline hx_attr_cache *hx_site(Py_ssize_t k):",
        "    return &hx_sites[k]",
        "",
        "cdef inline object hx_call_code(Frame f, object code, object locals_, object cells,",
        "                                object globals_):",
        "    # vm.call_code, in C when the frame knows the VM's compiled call path",
        "    if f.calls is not None:",
        "        return (<Calls>f.calls).call_code_c(code, locals_, cells, globals_)",
        "    return f.vm.call_code(code, locals_, cells, globals_)",
        "",
    ], "module head")
    names = sorted(bound)
    decl = []
    for n in names:
        decl.append(f"cdef set {n}" if n == "VALUE_EXACT" else f"cdef object {n}")
    bind = ["def _bind(dict ns):"]
    if names:
        bind.append(f"    global {', '.join(names)}")
        bind += [f"    {n} = ns[{n!r}]" for n in names]
    else:
        bind.append("    pass")
    text.add(decl + [""] + bind + [""], "module head")


def shared_names(gen: Generator) -> dict:
    """What the emitted engine code refers to (stack checks, tracebacks...)."""
    return {k: v for k, v in gen.ns.items() if not k.startswith("iop_")}


def c_generator(table, stack_name: str) -> Generator:
    # bodies are not inlined as text: every i-op is a cdef inline function,
    # which the C compiler inlines
    return Generator(table, STACKS[stack_name], inline=False)


# -- the code-table module: switch and direct engines, both stacks ---------------

def table_pxd(table, runtime: str) -> str:
    """What threaded-code modules cimport from a code table: its i-ops."""
    return "\n".join([f"# Generated by hostvm_ext.cgen: the i-ops of "
                      f"{table.interp.__module__}.{table.interp.__name__}. Do not edit.",
                      f"from {runtime} cimport Frame", ""]
                     + [iop_signature(iop)[1] for iop in table.iops.values()]) + "\n"


def table_module(table, runtime: str) -> tuple[str, Text, dict]:
    """(source, text, names to bind) of a guest's compiled code table."""
    iops = list(table.iops.values())
    gens = {s: c_generator(table, s) for s in STACKS}
    bound = iop_globals(table, iops)
    for gen in gens.values():
        bound.update(shared_names(gen))
    text = Text()
    sites = []
    definitions = [iop_definition(table, iop, sites) for iop in iops]
    module_head(text, f"code table of {table.interp.__module__}.{table.interp.__name__}",
                runtime, bound, len(sites))
    for iop, definition in zip(iops, definitions):
        text.add(definition + [""], iop_where(table, iop))
    for s, gen in gens.items():
        text.add(switch_engine(gen, table, s) + [""], f"switch engine ({s} stack)")
    text.add(direct_types(), "direct engine")
    for s, gen in gens.items():
        for iop in iops:
            text.add(direct_handler(gen, iop, s) + [""],
                     f"direct handler of {iop.opname} ({s} stack)")
        text.add(direct_loop(gen, s, generator=False) + [""], f"direct engine ({s} stack)")
        text.add(direct_loop(gen, s, generator=True) + [""], f"direct engine ({s} stack)")
    text.add(direct_code(table), "direct engine")
    return text.source(), text, bound


SWITCH_LOCALS = ["cdef const int* code = words.data.as_ints",
                 "cdef object handler_at = f.code.handler_at",
                 "cdef Py_ssize_t st_cap = f.code.max_depth",
                 "cdef list st = [None] * st_cap",
                 "cdef Py_ssize_t sp = 0, pc = 0, arg, b",
                 "cdef int op"]


def switch_engine(gen, table, stack_name) -> list[str]:
    """A C switch over the opcodes (Cython compiles an if/elif chain over one
    C integer into `switch`), for ordinary and generator frames."""
    out = []
    for generator in (False, True):
        name = f"switch_{'gen_' if generator else ''}{stack_name}"
        sig = (f"def {name}(Frame f, array.array words):" if generator else
               f"cdef object {name}(Frame f, array.array words):")
        body = dispatch_body(gen, table, "chain", generator)
        out += ENGINE_DIRECTIVES + [sig] + indent(SWITCH_LOCALS + [
            "while True:",
            "    try:",
            "        while True:",
            "            op = code[2 * pc]",
            "            arg = code[2 * pc + 1]",
            "            pc += 1",
            *indent(body, 3),
            *indent(catch(STACKS[stack_name], "pc - 1", "sp = h.depth", "sp",
                          ["sp += 1", "pc = h.target"]), 1)]) + [""]
    out += [f"cdef class SwitchCode_{stack_name}:",
            "    cdef array.array words",
            "    def __init__(self, array.array words):",
            "        self.words = words",
            "    def __call__(self, Frame f):",
            f"        return switch_{stack_name}(f, self.words)",
            "    def generator(self, Frame f):",
            f"        return switch_gen_{stack_name}(f, self.words)", ""]
    return out


def direct_types() -> list[str]:
    return ["ctypedef Py_ssize_t (*handler_t)(Frame, list, Py_ssize_t, Py_ssize_t, "
            "Py_ssize_t) except -9",
            "cdef struct Instr:",
            "    handler_t h",
            "    Py_ssize_t arg",
            "    Py_ssize_t d",
            "",
            "cdef Py_ssize_t h_unreachable(Frame f, list st, Py_ssize_t arg, Py_ssize_t d, "
            "Py_ssize_t pc1) except -9:",
            "    raise SystemError('direct threaded code reached an unreachable instruction')",
            ""]


def direct_handler(gen, iop, stack_name) -> list[str]:
    body = handler_body(gen, iop, STACKS[stack_name])
    return ENGINE_DIRECTIVES + [
        f"cdef Py_ssize_t h_{stack_name}_{iop.opname}(Frame f, list st, Py_ssize_t arg, "
        f"Py_ssize_t d, Py_ssize_t pc1) except -9:",
        "    cdef Py_ssize_t st_cap, b"] + indent(body)


def direct_loop(gen, stack_name, generator) -> list[str]:
    """The loop calling one handler per instruction (Listing 8), in C."""
    stack = STACKS[stack_name]
    name = f"direct_{'gen_' if generator else ''}{stack_name}"
    sig = (f"def {name}(Frame f, DirectCode dc):" if generator else
           f"cdef object {name}(Frame f, DirectCode dc):")
    head = ["cdef Instr* code = dc.code",
            "cdef object handler_at = f.code.handler_at",
            "cdef Py_ssize_t st_cap = f.code.max_depth",
            "cdef list st = [None] * st_cap",
            "cdef Py_ssize_t pc = 0, d, kind",
            "while True:",
            "    try:"]
    step = ["pc = code[pc].h(f, st, code[pc].arg, code[pc].d, pc + 1)"]
    if generator:
        loop = ["while True:", *indent(step),
                "    if pc < 0:",
                f"        if pc == {RETURNED}:",
                "            return f.rv",
                "        kind = pc",
                "        pc = f.pc - 1          # the suspended instruction, for handlers",
                f"        if kind == {YIELDED}:",
                "            sent = yield f.rv",
                "        else:",
                "            sent = yield from f.rv",
                "        d = f.sp",
                *indent(stack.store("st", "d", "sent"), 2),
                "        pc += 1"]
    else:
        loop = ["while pc >= 0:", *indent(step), "return f.rv"]
    tail = catch(stack, "pc", "d = h.depth", "d", ["pc = h.target"])
    return ENGINE_DIRECTIVES + [sig] + indent(head + indent(loop, 2) + indent(tail, 1))


def direct_code(table) -> list[str]:
    """Direct-threaded code: per instruction (handler, operand, depth)."""
    out = [f"cdef handler_t HANDLERS_{s}[256]" for s in STACKS]
    out += ["cdef Py_ssize_t _i",
            "for _i in range(256):"]
    out += [f"    HANDLERS_{s}[_i] = h_unreachable" for s in STACKS]
    for iop in table.iops.values():
        out += [f"HANDLERS_{s}[{iop.opcode}] = h_{s}_{iop.opname}" for s in STACKS]
    out += ["",
            "cdef class DirectCode:",
            "    cdef Instr* code",
            "    cdef bint checked",
            "    def __cinit__(self, code, bint checked):",
            "        cdef Py_ssize_t n = len(code.instructions), i",
            "        cdef handler_t* handlers = &HANDLERS_unchecked[0]",
            "        if checked:",
            "            handlers = &HANDLERS_checked[0]",
            "        self.checked = checked",
            "        self.code = <Instr*>malloc(max(n, 1) * sizeof(Instr))",
            "        if self.code == NULL:",
            "            raise MemoryError()",
            "        for i in range(n):",
            "            op, arg = code.instructions[i]",
            "            depth = code.depths[i]",
            "            self.code[i].h = handlers[op] if depth is not None else h_unreachable",
            "            self.code[i].arg = arg",
            "            self.code[i].d = depth if depth is not None else 0",
            "    def __dealloc__(self):",
            "        free(self.code)",
            "    def __call__(self, Frame f):",
            "        return direct_checked(f, self) if self.checked else direct_unchecked(f, self)",
            "    def generator(self, Frame f):",
            "        return direct_gen_checked(f, self) if self.checked else "
            "direct_gen_unchecked(f, self)",
            ""]
    return out
