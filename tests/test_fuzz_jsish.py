"""A deterministic mutation fuzz of the verifier on real jsish bytecode.

The compiler's output for small programs is mutated (an operand changed, an
opcode replaced, an instruction dropped, duplicated or moved); each mutant
must either be rejected by the verifier, with the offset and the rule, or
run to the same outcome on the checked and the unchecked stack in every
engine.  A difference between them would mean the verifier let through code
whose stack accesses the unchecked stack does not check: the unchecked
stack's safety rests on nothing else.

Runs are bounded by a step budget (tests/fuzz_budget.py: a trace function
counting the host lines of the run); once spent, it raises at every line, so
the run unwinds even through the guest's catch clauses, and the outcome is
"budget" however the run ends.  Outcomes that depend on where a budget
ran out are not compared.  A checked store refusing a value the guest never
produces (the dead-zone marker, which only a mutant can push) is also a
legitimate difference: the checked stack checks types, the verifier does not.
"""
import contextlib
import io
import random

import attrs
import pytest

from hostvm import VM, StackCheckError, VerifyError
from hostvm.guest import get_guest

from fuzz_budget import run_budgeted

GUEST = get_guest("jsish")
PROGRAMS = [
    """var s = 0; for (var i = 0; i < 5; i++) { s += i * 2; } console.log(s);""",
    """function f(a, b) { return a < b ? [a, b] : {a: a, b: b}; }
       console.log(f(1, 2), f(3, 1).a);""",
    """var o = {x: 1, y: [1, 2, 3]}; o.z = o.y.length; delete o.x;
       for (var k in o) console.log(k, o[k]);""",
    """let t = 0; try { null.x; } catch (e) { t = 1; } finally { t += 10; } console.log(t);""",
    """function mk(n) { let c = n; return () => c++; } const g = mk(3); g(); console.log(g());""",
    """var a = [3, 1, 2]; var [p, q, ...r] = a; console.log(p + q, r, `${p}-${q}`);""",
    """class A { constructor(v) { this.v = v; } get w() { return this.v * 2; } }
       class B extends A { m() { return super.w + 1; } } console.log(new B(4).m());""",
    """outer: for (var i = 0; i < 3; i++) { switch (i) { case 1: continue outer; default: }
       console.log(i); }""",
]
CONFIGS = [("switch", "checked"), ("switch", "unchecked"), ("direct", "unchecked"),
           ("threaded", "checked"), ("threaded", "unchecked")]
BUDGET = 20_000


def mutate(code, rng, nops):
    instrs = [list(i) for i in code.instructions]
    lines = list(code.lines)
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(instrs))
        kind = rng.randrange(5)
        if kind == 0:
            instrs[i][1] = rng.randint(-2, max(len(instrs), code.nlocals, len(code.consts)) + 3)
        elif kind == 1:
            instrs[i][0] = rng.choice(nops)
        elif kind == 2 and len(instrs) > 2:
            del instrs[i], lines[i]
        elif kind == 3:
            instrs.insert(i, list(instrs[i]))
            lines.insert(i, lines[i])
        else:
            j = rng.randrange(len(instrs))
            instrs[i], instrs[j] = instrs[j], instrs[i]
    return attrs.evolve(code, instructions=tuple(map(tuple, instrs)), lines=tuple(lines),
                        verified=False, max_depth=0, depths=(), handler_at=(), entry=None)


def outcome(code, mode, stack):
    vm = VM(GUEST.interpreter, mode, stack, "python")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        b, error = run_budgeted(lambda: GUEST.run_main(vm, code, "<fuzz>", ["<fuzz>"]), BUDGET)
    if b.spent:
        return ("budget",)
    if b.stack_checks:                          # even one the guest caught
        return ("stack-check", b.stack_checks[0])
    if error is None:
        return ("ok", out.getvalue())
    if isinstance(error, StackCheckError):
        return ("stack-check", str(error))
    if isinstance(error, SystemExit):
        return ("exit", error.code, out.getvalue())
    return ("error", type(error).__name__, out.getvalue())    # the mutant's own error


@pytest.mark.parametrize("source", [
    # a catch takes the budget's error (as a JavaScript Error) once: not "ok"
    "var x = 0; try { while (true) x++; } catch (e) { console.log(x); }",
    # ... nor, with the trace set again, can it go on for ever
    "while (true) { try { while (true) {} } catch (e) {} }",
    "try {} finally { for (;;) { try { null.x; } catch (e) {} } }",
], ids=["caught-once", "catch-in-a-loop", "loop-in-finally"])
def test_budget_ends_a_run_the_guest_catches(source):
    code = GUEST.compile(source, "<fuzz>")
    for cfg in CONFIGS:
        assert outcome(code, *cfg) == ("budget",), cfg


@pytest.mark.parametrize("seed", range(8))
def test_mutants_are_rejected_or_agree(seed):
    rng = random.Random(seed)
    table_ops = [int(op) for op in GUEST.interpreter.opcodes]
    rejected = compared = 0
    for n in range(60):
        source = PROGRAMS[(seed * 60 + n) % len(PROGRAMS)]
        code = GUEST.compile(source, "<fuzz>")
        mutant = mutate(code, rng, table_ops)
        vm = VM(GUEST.interpreter, "switch", "checked", "python")
        try:
            vm.verify(mutant)
        except VerifyError as e:
            rejected += 1
            assert e.offset is not None and e.rule, str(e)
            assert str(e.offset) in str(e)
            continue
        results = {cfg: outcome(mutant, *cfg) for cfg in CONFIGS}
        if any(r[0] in ("budget", "stack-check") for r in results.values()):
            # a budget spent at different points, or the checked store refusing
            # a marker only a mutant pushes: the unchecked runs must still agree
            unchecked = {r for cfg, r in results.items() if cfg[1] == "unchecked"}
            if all(r[0] != "budget" for r in unchecked):
                assert len(unchecked) == 1, results
            continue
        compared += 1
        assert len(set(results.values())) == 1, results
    assert rejected > 10 and compared > 5, (rejected, compared)
