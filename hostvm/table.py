"""The code-table builder (the paper's Algorithm 1, ICT initialisation).

`build_table(InterpreterClass)` collects the class's i-ops, checks each
declaration against its body (with Python's `ast`, never with text), and
returns a `CodeTable`: one `IOp` per opcode, indexed by opcode.  Every engine,
the verifier and the disassembler read the table; it is built once per class.
"""
from __future__ import annotations

import ast
import builtins
import inspect
import textwrap
from typing import Callable

import attrs

from .errors import TableError
from .iop import (BRANCH, JUMP, NONE, RETURN, RAISE, YIELD, YIELD_FROM, Control, IOpDecl,
                  OperandKind, StackEffect)
from .opcodes import MAX_OPCODE


@attrs.define(eq=False)
class IOp:
    """One built i-op: its declaration plus what the builder derived."""

    opcode: int
    opname: str
    name: str                     # the method's name
    func: Callable                # the plain function; called as func(frame, ...)
    operand: OperandKind
    operand_param: str | None     # the parameter that receives the operand
    effect: StackEffect           # fall-through edge
    branch_effect: StackEffect    # branch edge (same as effect unless declared)
    control: Control
    uses_self: bool               # does the body read the frame?
    call: Callable                # what engines call: `func`, or (when the body
                                  # never reads the frame) a compiled copy without `self`
    inline_expr: ast.expr | None  # the body's expression, if it is `return <expr>`
    inline_stmt: ast.stmt | None  # the body, if it is one simple statement and no outputs
    module_globals: dict          # globals the body resolves names in
    free_globals: frozenset       # global names the body refers to
    count_fns: dict               # count expression -> function of the operand

    @property
    def params(self) -> list[str]:
        return [s.name for s in self.effect.inputs]

    def count(self, expr: str, arg: int) -> int:
        return self.count_fns[expr](arg)

    def n_inputs(self, arg: int) -> int:
        return _size(self, self.effect.inputs, arg)

    def n_outputs(self, arg: int, branch: bool = False) -> int:
        eff = self.branch_effect if branch else self.effect
        return _size(self, eff.outputs, arg)

    @property
    def returns_new_values_on_fallthrough(self) -> bool:
        """A branch i-op that pushes on fall-through returns values or TAKEN."""
        return self.control is BRANCH and bool(self.effect.new_outputs)

    @property
    def ends_block(self) -> bool:
        return self.control in (BRANCH, JUMP, RETURN, RAISE)

    @property
    def falls_through(self) -> bool:
        return self.control not in (JUMP, RETURN, RAISE)


def _size(iop, slots, arg):
    return sum(1 if s.count is None else iop.count(s.count, arg) for s in slots)


@attrs.define(eq=False)
class CodeTable:
    interp: type
    opcodes: type
    iops: dict                    # opcode -> IOp
    by_index: list                # IOp or None, indexed by opcode (the ICT)
    #: the exact types the checked stack admits without isinstance: the
    #: declared value types, plus those the guest admits at run time (the
    #: classes guest programs define).  One set, shared by every engine.
    value_exact: set = attrs.Factory(set)

    def admit(self, cls: type) -> None:
        """Make instances of `cls` guest values for the checked stack."""
        self.value_exact.add(cls)

    def admit_value(self, value) -> bool:
        """The checked store's slow path: a value of an undeclared type."""
        if self.interp.is_guest_value(value):
            self.value_exact.add(type(value))
            return True
        return False

    def __getitem__(self, opcode) -> IOp:
        return self.iops[opcode]

    def get(self, opcode):
        return self.iops.get(opcode)


def build_table(interp: type) -> CodeTable:
    """Build (once) and return the code table of an Interpreter subclass."""
    cached = interp.__dict__.get("_hostvm_table")
    if cached is not None:
        return cached
    opcodes = getattr(interp, "opcodes", None)
    if opcodes is None:
        raise TableError(f"{interp.__name__} declares no `opcodes` (its Opcode enum)")

    decls: dict[str, IOpDecl] = {}
    for klass in reversed(interp.__mro__):
        for attr, value in vars(klass).items():
            decl = getattr(value, "__i_op__", None)
            if decl is not None:
                decls[attr] = decl             # a subclass's method overrides
            elif attr in decls:
                del decls[attr]                # overridden by a non-i-op

    by_opcode: dict[int, tuple[str, IOpDecl]] = {}
    for attr, decl in decls.items():
        if decl.opcode not in opcodes.__members__.values():
            raise TableError(f"{interp.__name__}.{attr}: {decl.opcode!r} is not an opcode of "
                             f"{opcodes.__name__}")
        if decl.opcode in by_opcode:
            other = by_opcode[decl.opcode][0]
            raise TableError(f"{interp.__name__}: two i-ops for {opcodes(decl.opcode).name}: "
                             f"{other} and {attr}")
        by_opcode[decl.opcode] = (attr, decl)

    missing = [op.name for op in opcodes if op not in by_opcode]
    if missing:
        raise TableError(f"{interp.__name__}: no i-op for opcode(s) {', '.join(missing)}")

    iops = {}
    for op, (attr, decl) in sorted(by_opcode.items()):
        if not 0 <= op <= MAX_OPCODE:
            raise TableError(f"{interp.__name__}.{attr}: opcode {op} does not fit the "
                             f"instruction encoding (0..{MAX_OPCODE})")
        iops[int(op)] = _build_iop(interp, attr, decl, opcodes(op).name)

    by_index = [None] * (max(iops) + 1)
    for op, iop in iops.items():
        by_index[op] = iop
    vt = interp.value_type
    exact = set(vt if isinstance(vt, tuple) else (vt,)) | set(interp.value_exact)
    table = CodeTable(interp, opcodes, iops, by_index, exact)
    interp._hostvm_table = table
    return table


def _build_iop(interp, attr, decl: IOpDecl, opname: str) -> IOp:
    func = decl.func
    where = f"{interp.__name__}.{attr} (i-op of {opname})"
    try:
        source = textwrap.dedent(inspect.getsource(func))
    except (OSError, TypeError) as e:
        raise TableError(f"{where}: cannot read the body's source: {e}") from None
    tree = ast.parse(source)
    fdef = tree.body[0]
    if not isinstance(fdef, ast.FunctionDef):
        raise TableError(f"{where}: an i-op must be a plain `def`")

    # --- parameters: self, [operand], inputs...
    args = fdef.args
    if args.vararg or args.kwarg or args.kwonlyargs or args.posonlyargs or args.defaults:
        raise TableError(f"{where}: i-op parameters must be plain positional names")
    params = [a.arg for a in args.args]
    expected = ["self"]
    operand_param = None
    if decl.operand is not NONE:
        if len(params) < 2:
            raise TableError(f"{where}: operand kind {decl.operand.name} needs an operand "
                             f"parameter after self")
        operand_param = params[1]
        expected.append(operand_param)
    for eff in (decl.effect, decl.branch_effect):
        if eff is not None and eff.inputs != decl.effect.inputs:
            raise TableError(f"{where}: the branch edge must consume the same inputs as "
                             f"the fall-through edge")
    expected += [s.name for s in decl.effect.inputs]
    if params != expected:
        raise TableError(f"{where}: parameters ({', '.join(params)}) do not match the declared "
                         f"stack effect '{decl.effect}': expected ({', '.join(expected)})")

    # --- count expressions may use only the operand
    count_fns = {}
    for eff in (decl.effect, decl.branch_effect):
        for slot in (eff.inputs + eff.outputs) if eff else ():
            if slot.count is None or slot.count in count_fns:
                continue
            names = {n.id for n in ast.walk(ast.parse(slot.count, mode="eval"))
                     if isinstance(n, ast.Name)}
            if operand_param is None or names - {operand_param}:
                raise TableError(f"{where}: count '{slot.count}' of '{slot.name}' may only "
                                 f"use the operand parameter ({operand_param or 'none'})")
            count_fns[slot.count] = eval(f"lambda {operand_param}: int({slot.count})")

    if decl.branch_effect is not None and decl.control is not BRANCH:
        raise TableError(f"{where}: only a BRANCH i-op may declare a branch edge effect")

    # --- body checks
    body = fdef.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str):
        body = body[1:]                                  # docstring
    returns = [n for n in _walk_own(body) if isinstance(n, ast.Return)]
    valued = [r for r in returns if r.value is not None]
    effect = decl.effect
    if decl.control is JUMP:
        if any(not _is_empty_stmt(s) for s in body):
            raise TableError(f"{where}: a JUMP i-op has no body (every engine inlines the jump)")
        if effect.inputs or effect.outputs:
            raise TableError(f"{where}: a JUMP i-op has no stack effect")
    if decl.control is BRANCH:
        if not valued or len(valued) != len(returns) or not _always_returns(body):
            raise TableError(f"{where}: a BRANCH i-op must return its decision on every path")
    elif decl.control in (YIELD, YIELD_FROM):
        if len(effect.new_outputs) != 1 or not valued:
            raise TableError(f"{where}: a {decl.control.name} i-op returns what to yield (or "
                             f"delegate to) and declares one output, the value it resumes with")
    elif effect.new_outputs or decl.control is RETURN:
        if not valued or len(valued) != len(returns) or not _always_returns(body):
            raise TableError(f"{where}: declares outputs '{effect}' but does not return them "
                             f"on every path")
    elif valued:
        raise TableError(f"{where}: returns a value but declares no outputs ('{effect}')")
    if any(isinstance(n, (ast.Yield, ast.YieldFrom, ast.Await)) for n in _walk_own(body)):
        raise TableError(f"{where}: an i-op body may not yield or await")

    # the body's names (not the decorator's: it runs once, at class creation)
    body_nodes = [n for stmt in fdef.body for n in ast.walk(stmt)]
    names_used = {n.id for n in body_nodes if isinstance(n, ast.Name)}
    uses_self = "self" in names_used
    local_names = set(params) | {n.id for n in body_nodes
                                 if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)} \
        | {n.name for n in body_nodes if isinstance(n, ast.ExceptHandler) and n.name}
    free = frozenset(n for n in names_used - local_names if not hasattr(builtins, n))

    inline_expr = None
    if (len(body) == 1 and isinstance(body[0], ast.Return) and body[0].value is not None
            and not any(isinstance(n, (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp,
                                       ast.GeneratorExp, ast.NamedExpr))
                        for n in ast.walk(body[0].value))
            and decl.control not in (YIELD, YIELD_FROM)):
        inline_expr = body[0].value

    inline_stmt = None
    if (len(body) == 1 and isinstance(body[0], (ast.Assign, ast.AugAssign, ast.Expr))
            and not any(isinstance(t, ast.Name) for t in getattr(body[0], "targets", [])
                        + [getattr(body[0], "target", None)])
            and not any(isinstance(n, (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp,
                                       ast.GeneratorExp, ast.NamedExpr, ast.Starred))
                        for n in ast.walk(body[0]))):
        inline_stmt = body[0]
    elif not body or all(_is_empty_stmt(s) for s in body):
        inline_stmt = ast.Pass()

    call = func
    if not uses_self and not func.__code__.co_freevars:
        call = _without_self(fdef, func, where)

    return IOp(
        opcode=int(decl.opcode), opname=opname, name=attr, func=func, call=call,
        operand=decl.operand, operand_param=operand_param, effect=effect,
        branch_effect=decl.branch_effect or effect, control=decl.control,
        uses_self=uses_self, inline_expr=inline_expr, inline_stmt=inline_stmt,
        module_globals=func.__globals__, free_globals=free, count_fns=count_fns)


def _without_self(fdef: ast.FunctionDef, func, where):
    """Compile the i-op again without its unused `self` parameter: a call with
    one argument fewer, on every instruction of threaded code (Algorithm 1
    compiles each i-op; for the Python backend this is the compilation)."""
    import copy
    tree = copy.deepcopy(fdef)
    tree.decorator_list = []
    tree.args.args = tree.args.args[1:]
    module = ast.fix_missing_locations(ast.Module(body=[tree], type_ignores=[]))
    ns = {}
    try:
        exec(compile(module, func.__code__.co_filename, "exec"), func.__globals__, ns)
    except Exception as e:                                     # pragma: no cover
        raise TableError(f"{where}: cannot compile the body: {e}") from None
    compiled = ns[fdef.name]
    compiled.__qualname__ = func.__qualname__
    return compiled


def _walk_own(stmts):
    """ast.walk over statements, not descending into nested functions."""
    todo = list(stmts)
    while todo:
        node = todo.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda,
                                      ast.ClassDef)):
                todo.append(child)


def _is_empty_stmt(stmt):
    return isinstance(stmt, ast.Pass) or (isinstance(stmt, ast.Expr)
                                          and isinstance(stmt.value, ast.Constant))


def _always_returns(stmts) -> bool:
    """Does every path through `stmts` end in return or raise?"""
    for stmt in stmts:
        if isinstance(stmt, (ast.Return, ast.Raise)):
            return True
        if isinstance(stmt, ast.If) and _always_returns(stmt.body) \
                and _always_returns(stmt.orelse):
            return True
        if isinstance(stmt, ast.Try) and _always_returns(stmt.body + stmt.orelse) \
                and all(_always_returns(h.body) for h in stmt.handlers):
            return True
        if isinstance(stmt, ast.Try) and stmt.finalbody and _always_returns(stmt.finalbody):
            return True
    return False
