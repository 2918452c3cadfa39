"""The disassembler behind `hostvm dis`, generic for every guest.

It reads only the code object and the code table (the `@i_op` declarations):
opcode names, operand kinds and the depths the verifier recorded.  No guest
restates how its instructions print.

    Disassembly of fib (fib.py:3)
      max stack depth 3 (verified); locals (1): n; cells (0): -
      line  offset  depth  instruction
         4       0      0  LOAD_FAST                0 (n)
                 1      1  LOAD_CONST               1 (2)
                 2      2  COMPARE_OP               0 (<)
                 3      1  POP_JUMP_IF_FALSE        6 (to 6)
         5       4      0  LOAD_FAST                0 (n)
                 5      1  RETURN_VALUE
         6 >>    6      0  ...

Columns: the guest source line (printed where it changes), ">>" on jump
targets, the instruction offset, the stack depth before the instruction
("-" if unreachable, "?" if the code was not verified), the opcode name, the
operand and, in parentheses, what the operand means for its kind.

A guest may name its IMM / COUNT operands (an operator selector, say) by
giving its Interpreter class a `dis_operand(opname, arg)` static method that
returns a string, or None to print the bare number.
"""
from __future__ import annotations

from .code import CodeObject
from .iop import BRANCH, CELL, CONST, COUNT, IMM, JUMP, LOCAL, NAME, NONE, TARGET

#: longest constant repr shown before it is cut with "..."
MAX_REPR = 50


def disassemble(code: CodeObject, table, threaded_engine=None, *, recursive: bool = True,
                only: str | None = None) -> str:
    """The listing of `code` and, if `recursive`, of every code object nested
    in it (in `walk()` order).  `only`: list just the code objects of that
    name.  `threaded_engine`: also show each one's generated threaded code
    (`ThreadedEngine.describe`)."""
    codes = list(code.walk()) if recursive else [code]
    if only is not None:
        codes = [c for c in codes if c.name == only]
    parts = []
    for c in codes:
        part = format_code(c, table)
        if threaded_engine is not None:
            part += "\n" + format_threaded(c, threaded_engine)
        parts.append(part)
    return "\n".join(parts)


def code_names(code: CodeObject) -> list[str]:
    """The names of `code` and its nested code objects, in walk order."""
    return [c.name for c in code.walk()]


def format_header(code: CodeObject) -> str:
    if code.verified:
        depth = f"max stack depth {code.max_depth} (verified)"
    else:
        depth = "max stack depth ? (not verified)"
    flags = " generator;" if code.is_generator else ""
    cells = list(code.cellnames)
    if code.nfree:
        own, free = cells[:len(cells) - code.nfree], cells[len(cells) - code.nfree:]
        cells_text = ", ".join(own + [f"{n} (free)" for n in free])
    else:
        cells_text = ", ".join(cells)
    return (f"Disassembly of {code.name} ({code.filename}:{code.firstlineno})\n"
            f"  {depth};{flags} locals ({code.nlocals}): {', '.join(code.varnames) or '-'}; "
            f"cells ({code.ncells}): {cells_text or '-'}")


def format_code(code: CodeObject, table) -> str:
    """Header and one line per instruction of one code object."""
    instrs = code.instructions
    targets = jump_targets(code, table)
    depths = code.depths if code.verified and len(code.depths) == len(instrs) else None
    rows = []
    opw = max([len(_opname(table, op)) for op, _ in instrs] + [12])
    last_line = None
    for off, (op, arg) in enumerate(instrs):
        line = code.lines[off] if off < len(code.lines) else None
        line_col = f"{line:>5}" if line != last_line and line is not None else " " * 5
        last_line = line
        mark = ">>" if off in targets else "  "
        if depths is None:
            depth = "?"
        else:
            depth = "-" if depths[off] is None else str(depths[off])
        iop = table.get(op)
        name = _opname(table, op)
        prefix = f"{line_col} {mark} {off:>6}  {depth:>5}  "
        text = prefix + name
        if iop is None or iop.operand is not NONE or arg != 0:
            meaning = describe_operand(code, table, op, arg)
            text = f"{text:<{len(prefix) + opw}} {arg:>6}"
            if meaning:
                text += f" ({meaning})"
        rows.append(text.rstrip())
    head = format_header(code)
    cols = f"{'line':>5}    {'offset':>6}  {'depth':>5}  {'opcode':<{opw}} {'operand':>7}"
    if code.handlers:
        rows.append("  exception table:")
        rows += [f"    {h.start} to {h.end - 1} -> {h.target} [depth {h.depth}]"
                 for h in code.handlers]
    return "\n".join([head, cols, *rows]) + "\n"


def format_threaded(code: CodeObject, engine) -> str:
    """The threaded code the engine generates for one code object."""
    try:
        src = engine.describe(code)
    except Exception as e:             # show why instead of failing the listing
        src = f"# no threaded code: {type(e).__name__}: {e}"
    src = src.rstrip("\n")
    return (f"Threaded code of {code.name} ({code.filename}:{code.firstlineno})\n"
            + "\n".join("    " + ln if ln else "" for ln in src.splitlines()) + "\n")


def jump_targets(code: CodeObject, table) -> set[int]:
    targets = set()
    for op, arg in code.instructions:
        iop = table.get(op)
        if iop is not None and (iop.operand is TARGET or iop.control in (BRANCH, JUMP)):
            targets.add(arg)
    targets.update(h.target for h in code.handlers)    # exception handlers
    return targets


def describe_operand(code: CodeObject, table, op: int, arg: int) -> str:
    """What an operand means for its kind: a local's name, a constant's repr,
    a name, a jump target, a cell's name; "" when a number says it all."""
    iop = table.get(op)
    if iop is None:
        return "no i-op for this opcode"
    kind = iop.operand
    try:
        if kind is LOCAL:
            return code.varnames[arg]
        if kind is CELL:
            name = code.cellnames[arg]
            return f"{name}, free" if arg >= code.ncells - code.nfree else name
        if kind is CONST:
            return _short_repr(code.consts[arg])
        if kind is NAME:
            return code.names[arg]
        if kind is TARGET:
            return f"to {arg}"
    except IndexError:
        return f"out of range: {kind.name.lower()} index {arg}"
    if kind is NONE:
        return "operand of an instruction that takes none" if arg else ""
    if kind in (IMM, COUNT):
        hook = getattr(table.interp, "dis_operand", None)
        if hook is not None:
            try:
                meaning = hook(iop.opname, arg)
            except Exception:
                meaning = None
            if meaning is not None:
                return str(meaning)
    return ""


def _opname(table, op) -> str:
    iop = table.get(op)
    return iop.opname if iop is not None else f"<opcode {op}>"


def _short_repr(value) -> str:
    try:
        text = repr(value)
    except Exception as e:
        text = f"<unprintable {type(value).__name__}: {e}>"
    if len(text) > MAX_REPR:
        text = text[:MAX_REPR - 3] + "..."
    return text
