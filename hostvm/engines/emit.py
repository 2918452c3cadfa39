"""Source generation shared by the engines.

Every engine is generated Python source built from the same i-op
declarations: how an i-op's inputs are read from the operand stack, how its
body is called (or, in the switch and direct engines, inlined), and how its
outputs are stored through the stack kind's store.  The engines differ only in
how they address stack slots (a running `sp`, or the depth the verifier
computed, written in as a constant) and in how they reach the next
instruction.
"""
from __future__ import annotations

import ast
import re

from ..iop import BRANCH, CALL, TAKEN
from ..stack import stack_bound_error, stack_type_error
from ..errors import StackCheckError
from ..traceback import record_guest_frame

#: names the generated code uses for itself; an i-op body that refers to one
#: of them as a global is called rather than inlined.
RESERVED = {"f", "st", "st_cap", "sp", "pc", "arg", "op", "code", "d", "pc1", "v", "vs",
            "e", "TAKEN", "VALUE_TYPE", "VALUE_EXACT", "ADMIT", "stack_bound_error", "stack_type_error",
            "record_guest_frame", "sent", "blk", "h", "handler_at",
            "StackCheckError", "BLOCK_HANDLER"}


_LINEAR = re.compile(r"^(.*) ([+-]) (\d+)$")


def add(a, b):
    """Add two offsets, each an int or a source expression; folds constants
    so that generated code reads `st[sp - 1]`, not `st[sp - 2 + 1]`."""
    if isinstance(a, int) and isinstance(b, int):
        return a + b
    if b == 0:
        return a
    if a == 0:
        return b
    if isinstance(a, int):
        a, b = b, a
    if isinstance(b, int):
        m = _LINEAR.match(a)
        if m and "(" not in m.group(1):
            k = int(m.group(3)) * (1 if m.group(2) == "+" else -1) + b
            a = m.group(1)
            b = k
            if b == 0:
                return a
        return f"{a} - {-b}" if b < 0 else f"{a} + {b}"
    return f"{a} + ({b})"


class Generator:
    """Collects the namespace generated code runs in and emits i-op code."""

    def __init__(self, table, stack, *, inline: bool):
        self.table = table
        self.stack = stack
        self.inline = inline
        self.ns = {"TAKEN": TAKEN, "VALUE_TYPE": table.interp.value_type,
                   "VALUE_EXACT": table.value_exact, "ADMIT": table.admit_value,
                   "stack_bound_error": stack_bound_error,
                   "stack_type_error": stack_type_error,
                   "record_guest_frame": record_guest_frame,
                   "StackCheckError": StackCheckError}
        self._inline_ok = {}

    # -- names ---------------------------------------------------------------
    def func_name(self, iop) -> str:
        name = f"iop_{iop.name}"
        self.ns[name] = iop.call
        return name

    def can_inline(self, iop, stmt=False) -> bool:
        body = iop.inline_stmt if stmt else iop.inline_expr
        if body is None:
            return False
        ok = self._inline_ok.get(iop.opcode)
        if ok is None:
            ok = self.inline and not (iop.free_globals & RESERVED)
            if ok:
                for name in iop.free_globals:
                    if name not in iop.module_globals:
                        ok = False
                    elif name in self.ns and self.ns[name] is not iop.module_globals[name]:
                        ok = False
                if ok:
                    for name in iop.free_globals:
                        self.ns[name] = iop.module_globals[name]
            self._inline_ok[iop.opcode] = ok
        return ok

    # -- counts --------------------------------------------------------------
    def count(self, iop, slot, arg):
        """A counted slot's size: an int if the operand is known, else source."""
        if isinstance(arg, int):
            return iop.count(slot.count, arg)
        if slot.count == iop.operand_param:
            return arg
        return f"({_substitute_expr(slot.count, {iop.operand_param: arg})})"

    def layout(self, iop, slots, arg):
        """Offsets of each slot from the first, and the total size."""
        offs, total = [], 0
        for s in slots:
            offs.append(total)
            total = add(total, 1 if s.count is None else self.count(iop, s, arg))
        return offs, total

    # -- one i-op ------------------------------------------------------------
    def _mapping(self, iop, arg, base, frame):
        mapping = {"self": frame}
        if iop.operand_param:
            mapping[iop.operand_param] = str(arg)
        mapping.update(zip(iop.params, self.inputs(iop, arg, base)))
        return mapping

    def inputs(self, iop, arg, base):
        """Source expressions reading each input from the stack."""
        offs, _ = self.layout(iop, iop.effect.inputs, arg)
        ins = []
        for s, off in zip(iop.effect.inputs, offs):
            pos = add(base, off)
            if s.count is None:
                ins.append(f"st[{pos}]")
            else:
                ins.append(f"st[{pos}:{add(pos, self.count(iop, s, arg))}]")
        return ins

    def call(self, iop, arg, base, frame="f"):
        """The expression that runs the i-op's body, with its inputs read from
        the stack starting at slot `base`."""
        if self.can_inline(iop):
            return _substitute(iop.inline_expr, self._mapping(iop, arg, base, frame))
        ins = self.inputs(iop, arg, base)
        args = ([frame] if iop.call is iop.func else []) + \
            ([str(arg)] if iop.operand_param else []) + ins
        return f"{self.func_name(iop)}({', '.join(args)})"

    def store_outputs(self, iop, arg, base, value, branch=False) -> list[str]:
        """Store the i-op's returned value(s) `value` for the given edge."""
        eff = iop.branch_effect if branch else iop.effect
        new = eff.new_outputs
        if not new:
            return []
        offs, _ = self.layout(iop, eff.outputs, arg)
        offs = offs[eff.kept:]
        lines = []
        if len(new) == 1 and new[0].count is None:
            return self.stack.store("st", add(base, offs[0]), value)
        if len(new) == 1 and not self.stack.checked:
            pos = add(base, offs[0])
            return [f"st[{pos}:{add(pos, self.count(iop, new[0], arg))}] = {value}"]
        names = [f"{value}{i}" for i in range(len(new))]
        lines.append(f"{', '.join(names)}, = {value}" if len(new) > 1 else f"{names[0]} = {value}")
        for s, off, nm in zip(new, offs, names):
            pos = add(base, off)
            if s.count is None:
                lines += self.stack.store("st", pos, nm)
            elif self.stack.checked:
                lines.append(f"for i, x in enumerate({nm}):")
                lines += ["    " + l for l in self.stack.store("st", add(pos, "i"), "x")]
            else:
                lines.append(f"st[{pos}:{add(pos, self.count(iop, s, arg))}] = {nm}")
        return lines

    def delta(self, iop, arg, branch=False):
        """Depth change over the instruction on an edge (int or source)."""
        eff = iop.branch_effect if branch else iop.effect
        _, n_in = self.layout(iop, eff.inputs, arg)
        _, n_out = self.layout(iop, eff.outputs, arg)
        if isinstance(n_in, int) and isinstance(n_out, int):
            return n_out - n_in
        return f"{n_out} - ({n_in})"

    def n_inputs(self, iop, arg):
        return self.layout(iop, iop.effect.inputs, arg)[1]

    def statement(self, iop, arg, base, frame="f") -> list[str]:
        """For an i-op with no outputs: its body as statements (inlined when it
        is one simple statement), else a call."""
        if self.can_inline(iop, stmt=True):
            if isinstance(iop.inline_stmt, ast.Pass):
                return []
            mapping = self._mapping(iop, arg, base, frame)
            return [_substitute(iop.inline_stmt, mapping, expr=False)]
        return [self.call(iop, arg, base, frame)]



class _Subst(ast.NodeTransformer):
    def __init__(self, mapping):
        self.mapping = {k: ast.parse(v, mode="eval").body for k, v in mapping.items()}

    def visit_Name(self, node):
        if node.id in self.mapping:
            return self.mapping[node.id]
        return node


def _substitute(node, mapping, expr=True) -> str:
    import copy
    tree = _Subst(mapping).visit(copy.deepcopy(node))
    return f"({ast.unparse(tree)})" if expr else ast.unparse(tree)


def _substitute_expr(text: str, mapping) -> str:
    return _substitute(ast.parse(text, mode="eval").body, mapping)


def compile_source(source: str, ns: dict, filename: str, name: str):
    """Compile generated source and return the function `name` defined in it.
    The source is registered with linecache so tracebacks and debuggers can
    show it."""
    import linecache
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), ns)
    return ns[name]


def catch(stack, offset, cut, slot, resume, record="record_guest_frame(e, f, {offset})"):
    """The `except` clause every engine puts around its loop: the frame joins
    the exception's guest traceback (caught here or not, as in CPython), then
    the exception goes to the instruction's handler (stack cut to the
    handler's depth, the exception pushed) or, if it has none, leaves.
    hostvm's own errors are never caught."""
    return (["except BaseException as e:",
             "    " + record.format(offset=offset),
             f"    h = handler_at[{offset}] if handler_at else None",
             "    if h is None or isinstance(e, StackCheckError):",
             "        raise",
             f"    {cut}"]
            + ["    " + l for l in stack.store("st", slot, "e")]
            + ["    " + l for l in resume])


def indent(lines, n=1):
    pad = "    " * n
    return [pad + l if l else l for l in lines]


class Emitted:
    """The code of one instruction, for an engine to place.

    lines:  statements that run the i-op (and store its outputs, for plain
            i-ops); for a branch they compute what `cond` tests
    cond:   BRANCH only: expression, true when the branch is taken
    taken, fall: statements for the branch and fall-through edges
    ret:    RETURN only: expression of the returned value
    yielded: YIELD / YIELD_FROM only: expression of the yielded value (or of
            the iterator delegated to); then `sent_store` stores the value the
            frame resumes with (variable `sent`)
    """

    __slots__ = ("lines", "cond", "taken", "fall", "ret", "yielded", "sent_store", "delegate")

    def __init__(self):
        self.lines, self.taken, self.fall, self.sent_store = [], [], [], []
        self.cond = self.ret = self.yielded = None
        self.delegate = False               # YIELD_FROM: `yield from`, not `yield`


def emit_instruction(gen: Generator, iop, arg, depth, *, sp_var: str | None = None) -> Emitted:
    """Code for one instruction whose stack depth before it is `depth` (an int
    the verifier computed, or a variable).  With `sp_var`, the depth is a
    running stack pointer that the code keeps up to date."""
    from ..iop import JUMP, RAISE, RETURN, YIELD, YIELD_FROM
    out = Emitted()
    n_in = gen.n_inputs(iop, arg)
    if isinstance(n_in, int) or sp_var is None:
        base = add(depth, -n_in) if isinstance(n_in, int) else f"{depth} - ({n_in})"
    else:
        out.lines.append(f"b = {depth} - ({n_in})")
        base = "b"

    def bump(branch=False):
        if sp_var is None:
            return []
        dl = gen.delta(iop, arg, branch)
        if dl == 0:
            return []
        return [f"{sp_var} += {dl}"] if isinstance(dl, int) else [f"{sp_var} += {dl}"]

    def release(branch=False):
        """Clear the slots of values the instruction consumed and did not put
        back, where a guest could tell: a call's arguments and a finished
        loop's iterator die now, as in CPython (a generator's `finally`, a
        __del__, run then), not when the slot is next overwritten."""
        eff = iop.branch_effect if branch else iop.effect
        _, total_in = gen.layout(iop, eff.inputs, arg)
        _, total_out = gen.layout(iop, eff.outputs, arg)
        lo, hi = add(base, total_out), add(base, total_in)
        if isinstance(lo, int) and isinstance(hi, int):
            return [f"st[{k}] = None" for k in range(lo, hi)]
        return [f"st[{lo}:{hi}] = [None] * (({hi}) - ({lo}))"]

    c = iop.control
    if c is JUMP:
        return out
    if c is RETURN:
        out.ret = gen.call(iop, arg, base)
        return out
    if c is RAISE:
        out.lines += gen.statement(iop, arg, base) if not iop.effect.new_outputs else \
            [gen.call(iop, arg, base)]
        out.lines.append(f"raise SystemError('i-op {iop.name} (RAISE) returned')")
        return out
    if c in (YIELD, YIELD_FROM):
        out.yielded = gen.call(iop, arg, base)
        out.delegate = c is YIELD_FROM
        out.sent_store = gen.store_outputs(iop, arg, base, "sent") + bump()
        return out
    if c is BRANCH:
        if iop.returns_new_values_on_fallthrough:
            out.lines.append(f"v = {gen.call(iop, arg, base)}")
            out.cond = "v is TAKEN"
            out.fall = gen.store_outputs(iop, arg, base, "v") + bump()
        else:
            out.cond = gen.call(iop, arg, base)
            out.fall = bump()
        out.taken = gen.store_outputs(iop, arg, base, "v", branch=True)
        if iop.returns_new_values_on_fallthrough:      # the loop's exit: its iterator dies
            out.taken += release(branch=True)
        out.taken += bump(branch=True)
        return out
    new = iop.effect.new_outputs
    if len(new) == 1 and new[0].count is None and not gen.stack.checked:
        # an unchecked store takes the value straight from the call
        out.lines += gen.stack.store("st", add(base, iop.effect.kept), gen.call(iop, arg, base))
    elif new:
        out.lines.append(f"v = {gen.call(iop, arg, base)}")
        out.lines += gen.store_outputs(iop, arg, base, "v")
    else:
        out.lines += gen.statement(iop, arg, base)
    if c is CALL:
        out.lines += release()
    out.lines += bump()
    return out
