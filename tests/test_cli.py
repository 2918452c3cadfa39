"""Tests of the `hostvm` command line (run, dis) with a fake guest.

The fake guest, "fasm", is a line-based assembly for a handful of i-ops,
defined here so that the command line is tested without any real guest.
tests/test_bench.py uses it too (its benchmark workers import this module).

    # comment
    def NAME          a nested code object, called with `CALL NAME`
      ...
    end
    LABEL:
    OPCODE [OPERAND]  LOCAL and NAME operands are names, CONST a Python
                      literal or a function name, TARGET a label, IMM and
                      COUNT numbers
"""
from __future__ import annotations

import ast
import linecache
import os
import subprocess
import sys
from pathlib import Path

import pytest

import hostvm.guest
from hostvm import (BRANCH, CALL, CONST, COUNT, IMM, JUMP, LOCAL, NAME, RAISE, RETURN, TARGET,
                    CodeObject, Interpreter, Opcode, i_op)
from hostvm.cli import main
from hostvm.guest import Guest, GuestSyntaxError
from hostvm.traceback import guest_frames

REPO = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------------------
# The fake guest

class FOp(Opcode):
    LOAD_CONST = 1
    LOAD_FAST = 2
    STORE_FAST = 3
    LOAD_NAME = 4
    STORE_NAME = 5
    ARG = 6
    ADD = 7
    MUL = 8
    LESS = 9
    POP_JUMP_IF_FALSE = 10
    JUMP = 11
    PRINT = 12
    CALL = 13
    RETURN = 14
    FAIL = 15
    SUM = 16


class FakeError(Exception):
    pass


def call_code(frame, index):
    sub = frame.consts[index]
    vm = frame.vm
    return vm.execute(vm.frame(sub, [None] * sub.nlocals, [None] * sub.ncells, frame.globals))


class FasmInterpreter(Interpreter):
    opcodes = FOp
    value_type = (int, float, str, bool, list, type(None))

    @i_op(FOp.LOAD_CONST, operand=CONST, stack="-- value")
    def load_const(self, index):
        return self.consts[index]

    @i_op(FOp.LOAD_FAST, operand=LOCAL, stack="-- value")
    def load_fast(self, index):
        return self.locals[index]

    @i_op(FOp.STORE_FAST, operand=LOCAL, stack="value --")
    def store_fast(self, index, value):
        self.locals[index] = value

    @i_op(FOp.LOAD_NAME, operand=NAME, stack="-- value")
    def load_name(self, index):
        return self.globals[self.names[index]]

    @i_op(FOp.STORE_NAME, operand=NAME, stack="value --")
    def store_name(self, index, value):
        self.globals[self.names[index]] = value

    @i_op(FOp.ARG, operand=IMM, stack="-- value")
    def arg(self, index):
        return int(self.globals["argv"][index])

    @i_op(FOp.ADD, stack="left right -- sum")
    def add(self, left, right):
        return left + right

    @i_op(FOp.MUL, stack="left right -- product")
    def mul(self, left, right):
        return left * right

    @i_op(FOp.LESS, stack="left right -- result")
    def less(self, left, right):
        return left < right

    @i_op(FOp.POP_JUMP_IF_FALSE, operand=TARGET, stack="cond --", control=BRANCH)
    def pop_jump_if_false(self, target, cond):
        return not cond

    @i_op(FOp.JUMP, operand=TARGET, control=JUMP)
    def jump(self, target):
        pass

    @i_op(FOp.PRINT, stack="value --")
    def print_(self, value):
        print(value)

    @i_op(FOp.CALL, operand=CONST, stack="-- result", control=CALL)
    def call(self, index):
        return call_code(self, index)

    @i_op(FOp.RETURN, stack="value --", control=RETURN)
    def return_(self, value):
        return value

    @i_op(FOp.FAIL, stack="value --", control=RAISE)
    def fail(self, value):
        raise FakeError(value)

    @i_op(FOp.SUM, operand=COUNT, stack="items[count] -- total")
    def sum_(self, count, items):
        return sum(items)


def compile_fasm(source: str, filename: str) -> CodeObject:
    stack = [_Unit("<module>", 1)]
    for lineno, raw in enumerate(source.splitlines(), 1):
        text = raw.split("#", 1)[0].strip()
        if not text:
            continue
        col = len(raw) - len(raw.lstrip()) + 1
        unit = stack[-1]
        words = text.split(None, 1)
        if words[0] == "def":
            if len(words) != 2 or not words[1].isidentifier():
                raise GuestSyntaxError("def needs a name", filename, lineno, col)
            stack.append(_Unit(words[1], lineno))
        elif words[0] == "end":
            if len(stack) == 1:
                raise GuestSyntaxError("end without def", filename, lineno, col)
            done = stack.pop()
            stack[-1].functions[done.name] = done.finish(filename)
        elif text.endswith(":") and len(words) == 1:
            unit.labels[text[:-1]] = len(unit.instrs)
        else:
            try:
                op = FOp[words[0]]
            except KeyError:
                raise GuestSyntaxError(f"unknown instruction {words[0]!r}", filename, lineno,
                                       col) from None
            unit.instrs.append((op, words[1] if len(words) > 1 else None, lineno, col))
    if len(stack) != 1:
        raise GuestSyntaxError(f"def {stack[-1].name} has no end", filename, stack[-1].line, 1)
    return stack[0].finish(filename)


class _Unit:
    def __init__(self, name, line):
        self.name, self.line = name, line
        self.instrs, self.labels, self.functions = [], {}, {}

    def finish(self, filename):
        from hostvm.table import build_table
        table = build_table(FasmInterpreter)
        consts, names, varnames, out, lines = [], [], [], [], []

        def index(seq, value):
            for i, v in enumerate(seq):
                if type(v) is type(value) and v == value:
                    return i
            seq.append(value)
            return len(seq) - 1

        for op, text, lineno, col in self.instrs:
            kind = table[int(op)].operand.name
            if kind == "NONE":
                arg = 0
            elif text is None:
                raise GuestSyntaxError(f"{op.name} needs an operand", filename, lineno, col)
            elif kind == "LOCAL":
                arg = index(varnames, text)
            elif kind == "NAME":
                arg = index(names, text)
            elif kind == "TARGET":
                if text not in self.labels:
                    raise GuestSyntaxError(f"no label {text!r}", filename, lineno, col)
                arg = self.labels[text]
            elif kind == "CONST":
                if text in self.functions:
                    arg = index(consts, self.functions[text])
                else:
                    try:
                        arg = index(consts, ast.literal_eval(text))
                    except (ValueError, SyntaxError):
                        raise GuestSyntaxError(f"bad constant {text!r}", filename, lineno,
                                               col) from None
            else:
                arg = int(text)
            out.append((int(op), arg))
            lines.append(lineno)
        return CodeObject(name=self.name, filename=filename, instructions=tuple(out),
                          lines=tuple(lines), consts=tuple(consts), names=tuple(names),
                          varnames=tuple(varnames), firstlineno=self.line)


class FasmGuest(Guest):
    name = "fasm"
    extensions = (".fasm",)
    interpreter = FasmInterpreter
    bench_dir = None

    def compile(self, source, filename):
        return compile_fasm(source, filename)

    def run_main(self, vm, code, filename, argv):
        frame = vm.frame(code, [None] * code.nlocals, [], {"argv": list(argv)})
        return vm.execute(frame)

    def format_error(self, exc):
        if isinstance(exc, GuestSyntaxError):
            return (f'  File "{exc.filename}", line {exc.line}, column {exc.column}\n'
                    f"SyntaxError: {exc.message}\n")
        out = ["Traceback (most recent call last):\n"]
        for code, offset in guest_frames(exc):
            line = code.line_of(offset)
            out.append(f'  File "{code.filename}", line {line}, in {code.name}\n')
            text = linecache.getline(code.filename, line).strip()
            if text:
                out.append(f"    {text}\n")
        return "".join(out) + f"{type(exc).__name__}: {exc}\n"


GUEST = FasmGuest()

#: prints the sum of i*i for i < argv[1], computed by a nested function
SUM_SQUARES = """\
# sum of squares below argv[1]
def square_sum
  LOAD_CONST 0
  STORE_FAST s
  LOAD_CONST 0
  STORE_FAST i
loop:
  LOAD_FAST i
  LOAD_NAME n
  LESS
  POP_JUMP_IF_FALSE done
  LOAD_FAST s
  LOAD_FAST i
  LOAD_FAST i
  MUL
  ADD
  STORE_FAST s
  LOAD_FAST i
  LOAD_CONST 1
  ADD
  STORE_FAST i
  JUMP loop
done:
  LOAD_FAST s
  RETURN
end
ARG 1
STORE_NAME n
CALL square_sum
PRINT
LOAD_CONST 'done'
PRINT
LOAD_CONST None
RETURN
"""

FAILING = """\
def boom
  LOAD_CONST 'kaboom'
  FAIL
end
LOAD_CONST 'before'
PRINT
CALL boom
RETURN
"""


def sum_squares(n: int) -> int:
    return sum(i * i for i in range(n))


@pytest.fixture
def fasm(monkeypatch):
    """Register the fake guest as "fasm" (module: this file, as imported)."""
    monkeypatch.setitem(hostvm.guest.BUNDLED, "fasm", FasmGuest.__module__)
    return GUEST


@pytest.fixture
def prog(tmp_path):
    p = tmp_path / "squares.fasm"
    p.write_text(SUM_SQUARES)
    return p


# ---------------------------------------------------------------------------
# hostvm run

@pytest.mark.parametrize("mode", ["switch", "direct", "threaded"])
@pytest.mark.parametrize("stack", ["checked", "unchecked"])
def test_run_every_configuration(fasm, prog, capsys, mode, stack):
    assert main(["run", "--mode", mode, "--stack", stack, str(prog), "10"]) == 0
    assert capsys.readouterr().out == f"{sum_squares(10)}\ndone\n"


def test_run_infers_guest_from_extension(fasm, prog, capsys):
    assert main(["run", str(prog), "5"]) == 0
    assert capsys.readouterr().out == f"{sum_squares(5)}\ndone\n"


def test_run_passes_option_like_args_through(fasm, tmp_path, capsys):
    p = tmp_path / "args.fasm"
    # prints int(argv[2]), then the whole argv
    p.write_text("ARG 2\nPRINT\nLOAD_NAME argv\nPRINT\nLOAD_CONST None\nRETURN\n")
    assert main(["run", "--guest", "fasm", str(p), "--foo", "3", "--mode", "x"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "3"
    assert out[1] == repr([str(p), "--foo", "3", "--mode", "x"])


def test_run_guest_error_exit_1_with_guest_traceback(fasm, tmp_path, capsys):
    p = tmp_path / "fail.fasm"
    p.write_text(FAILING)
    assert main(["run", "--mode", "threaded", str(p)]) == 1
    cap = capsys.readouterr()
    assert cap.out == "before\n"
    assert "FakeError: kaboom" in cap.err
    assert "in boom" in cap.err
    assert "Traceback (most recent call last)" in cap.err


def test_run_syntax_error_exit_1(fasm, tmp_path, capsys):
    p = tmp_path / "bad.fasm"
    p.write_text("LOAD_CONST 1\n  FROB 2\n")
    assert main(["run", str(p)]) == 1
    err = capsys.readouterr().err
    assert "line 2, column 3" in err and "unknown instruction 'FROB'" in err


def test_run_usage_errors_exit_2(fasm, prog, tmp_path, capsys):
    assert main(["run", "--guest", "nosuch", str(prog)]) == 2
    assert "unknown guest 'nosuch'" in capsys.readouterr().err
    other = tmp_path / "prog.zzz"
    other.write_text("")
    assert main(["run", str(other)]) == 2
    assert "no guest for files ending in '.zzz'" in capsys.readouterr().err
    assert main(["run", str(tmp_path / "missing.fasm")]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert main(["run", "--mode", "nosuchmode", str(prog)]) == 2
    assert main(["run"]) == 2                       # FILE missing


def test_no_args_and_unknown_command_exit_2(capsys):
    assert main([]) == 2
    assert "usage: hostvm" in capsys.readouterr().err
    assert main(["frobnicate"]) == 2
    assert main(["--help"]) == 0


def test_python_dash_m_hostvm(tmp_path):
    """The real entry point, in a subprocess: exit statuses of `python -m hostvm`."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(REPO), os.environ.get("PYTHONPATH", "")]))
    r = subprocess.run([sys.executable, "-m", "hostvm"], capture_output=True, text=True,
                       env=env, cwd=tmp_path, timeout=60)
    assert r.returncode == 2 and "usage: hostvm" in r.stderr
    r = subprocess.run([sys.executable, "-m", "hostvm", "run", "--guest", "nosuch", "x.py"],
                       capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert r.returncode == 2, r.stderr
    r = subprocess.run([sys.executable, "-m", "hostvm", "bench", "--help"],
                       capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert r.returncode == 0 and "--rigorous" in r.stdout


# ---------------------------------------------------------------------------
# hostvm dis

def test_dis_lists_every_code_object(fasm, prog, capsys):
    assert main(["dis", str(prog)]) == 0
    out = capsys.readouterr().out
    assert out.count("Disassembly of ") == 2
    module, func = out.split("Disassembly of square_sum")
    assert module.startswith("Disassembly of <module> (")
    assert f"{prog}:1)" in module
    # header: verifier's max depth, locals
    assert "max stack depth 3 (verified)" in func
    assert "locals (2): s, i" in func
    lines = func.splitlines()
    assert lines[2].split() == ["line", "offset", "depth", "opcode", "operand"]
    assert len(lines) == 3 + 21, out         # header, columns, one line per instruction
    # operands resolved: local names, constants, names, jump targets
    assert any("STORE_FAST" in ln and "(s)" in ln for ln in lines)
    assert any("LOAD_NAME" in ln and "(n)" in ln for ln in lines)
    assert any("POP_JUMP_IF_FALSE" in ln and "(to 19)" in ln for ln in lines)
    assert any("JUMP " in ln and "(to 4)" in ln for ln in lines)
    # the jump targets are marked
    marked = [ln for ln in lines if ">>" in ln]
    assert len(marked) == 2
    assert "LOAD_FAST" in marked[0] and "LOAD_FAST" in marked[1]
    assert "CALL" in module and "(<code square_sum at" in module
    assert "LOAD_CONST" in module and "('done')" in module


def test_dis_columns(fasm, prog, capsys):
    assert main(["dis", str(prog), "--function", "square_sum"]) == 0
    out = capsys.readouterr().out
    assert out.count("Disassembly of ") == 1
    rows = out.splitlines()[3:]
    # line (only when it changes), offset, depth before, opcode, operand
    first = rows[0].split()
    assert first[:4] == ["3", "0", "0", "LOAD_CONST"] and first[4:] == ["0", "(0)"]
    second = rows[1].split()
    assert second[:3] == ["4", "1", "1"] and second[3] == "STORE_FAST"
    loop = rows[4].split()                   # offset 4, the loop head, line 8
    assert loop[:5] == ["8", ">>", "4", "0", "LOAD_FAST"]
    add = [r.split() for r in rows if " ADD" in r][0]
    assert add[-2:] == ["2", "ADD"]          # depth 2 before ADD, no operand shown


def test_dis_threaded_shows_generated_code(fasm, prog, capsys):
    assert main(["dis", str(prog), "--function", "square_sum", "--threaded",
                 "--stack", "unchecked"]) == 0
    out = capsys.readouterr().out
    assert "Threaded code of square_sum" in out
    assert "Generated by hostvm.tcg" in out
    assert "unchecked stack" in out


def test_dis_errors(fasm, prog, tmp_path, capsys):
    assert main(["dis", str(prog), "--function", "nosuch"]) == 2
    assert "no code object named 'nosuch'" in capsys.readouterr().err
    bad = tmp_path / "bad.fasm"
    bad.write_text("ADD\nRETURN\n")                 # stack underflow: rejected
    assert main(["dis", str(bad)]) == 1
    cap = capsys.readouterr()
    assert "stack underflow" in cap.err
    assert "ADD" in cap.out and "max stack depth ?" in cap.out   # still listed


def test_disassemble_api_generic(fasm):
    from hostvm.dis import disassemble
    from hostvm.table import build_table
    code = compile_fasm("LOAD_CONST 1\nLOAD_CONST 2\nLOAD_CONST 3\nSUM 3\nRETURN\n", "<s>")
    text = disassemble(code, build_table(FasmInterpreter))
    assert "max stack depth ? (not verified)" in text
    sum_line = [ln for ln in text.splitlines() if "SUM" in ln][0]
    assert sum_line.split()[-1] == "3" and sum_line.split()[-3] == "?"
