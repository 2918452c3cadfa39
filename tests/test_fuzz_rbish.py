"""A deterministic mutation fuzz of the verifier on real rbish bytecode.

The compiler's output for small Ruby programs is mutated (an operand
changed, a call site's packed constant index or argument count nudged, an
opcode replaced, an instruction dropped, duplicated or moved, an exception
handler's range, target or depth shifted), in the main code object or in a
method, block or class body nested in it; each mutant must either be
rejected by the verifier, with the offset and the rule, or run to the same
outcome (stdout and the kind of error) on the checked and the unchecked
stack in every engine.  A difference between them would mean the verifier
let through code whose stack accesses the unchecked stack does not check:
the unchecked stack's safety rests on nothing else.

rbish's SEND and SEND_BLOCK take an IMM operand packing `const_index << 8 |
argc`; the verifier bounds only the stack counts derived from it, so a
mutated constant index may fail at run time (a host IndexError,
AttributeError or TypeError inside the guest, which a `rescue` may even
catch as a Ruby TypeError).  That is the mutant's own outcome, and it must be
the same on both stacks.

Runs are bounded by a step budget (a trace function counting the host lines
of the run, set in the thread `run_with_big_stack` runs the program in);
once spent, it raises at every line, so the run unwinds even through the
guest's rescue clauses (tests/fuzz_budget.py: CPython drops a trace function
that raises), and the run's outcome is "budget" however it ends.  Outcomes that
depend on where a budget ran out are not compared.  A checked store refusing
a value the guest never produces (a type the interpreter does not admit,
which only a mutant could push) is also a legitimate difference: the checked
stack checks types, the verifier does not.  A checked store out of bounds is
not: the verifier's maximum depth sizes both stacks.  The trace function
also sees a StackCheckError the guest rescues, so a swallowed one is still
noticed.

A sample of the mutants that ended within the budget also runs in the
Cython backend, where its outcome must be the python backend's (but for the
wording of a host error's message): in the switch and direct engines, and a
few in the threaded engine, which compiles a C module per mutant and stack.
"""
import contextlib
import io
import random
import re

import attrs
import pytest

from hostvm import VM, StackCheckError, VerifyError
from hostvm.iop import IMM
from guests.rbish import GUEST
from guests.rbish.objects import RubyError

from fuzz_budget import run_budgeted
from guest_runner import cython_unavailable

PROGRAMS = [
    # arithmetic on locals, while/until loops, globals, ||=, &., && and ||
    """s = 0; i = 0
while i < 6
  s += i * 3 - i / 2 % 4
  i += 1
end
until s >= 50 && i == 7
  s = s + (i.succ & 7 | 1)
  i = 7 unless !(s > 45)
end
$g = s
x = nil
x ||= -s
y = x&.abs
puts s, x, y, $g != 7 || i
""",
    # calls with 0, 1, 2 and 3 arguments, an optional one, keywords, a singleton method
    """def zero; 7; end
def one(a) a * 2 end
def three(a, b, c = 1) a + b * c end
def kw(a, b: 2, **rest) a + b + rest.size end
def self.sing(x, y) x - y end
opts = {c: 1}
puts zero, one(zero), three(1, 2), three(1, 2, one(3)), kw(1, b: 5, **opts), sing(9, 2)
""",
    # yield, closures over locals, a lambda, &block, yield *args, return from a block
    """def twice; yield(1) + yield(2); end
def each2(a) a.each { |x| yield x, x * 2 } end
def spread(args) yield(*args) end
def early; [1, 2, 3].each { |x| return x * 5 if x == 2 }; 0; end
k = 10
puts twice { |v| v * k }
acc = []
each2([1, 2]) { |p, q| acc << p + q + k }
add = ->(x) { x + k }
puts acc.inspect, add.call(5), [3, 4].map(&add).sum, spread([1, 2]) { |a, b| a - b }, early
""",
    # next and break in blocks
    """r = [1, 2, 3, 4, 5].map do |x|
  next 0 if x.even?
  x * x
end
f = [3, 8, 9].each { |x| break x * 10 if x > 5 }
n = 0
3.times { |j| n += j }
puts r.inspect, f, n
""",
    # classes: attr_accessor, ivars, class variables, constants, super, a module, alias
    """module Greet
  def hi; "hi #{name}"; end
end
class Animal
  include Greet
  LEGS = 4
  @@count = 0
  attr_accessor :name, :legs
  def initialize(name, legs); @name = name; @legs = legs; @@count += 1; end
  def to_s; "#{@name}/#{legs}"; end
  def self.count; @@count; end
end
class Dog < Animal
  def initialize(name); super(name, Animal::LEGS); @tricks = []; end
  def learn(t) @tricks << t; self end
  def tricks; @tricks.size; end
  alias tr tricks
end
d = Dog.new("rex")
d.legs = 3
puts d.learn(:sit).learn(:roll).tr, d, d.hi, Animal.count
""",
    # begin/rescue/ensure/retry
    """tries = 0
begin
  tries += 1
  raise ArgumentError, "bad #{tries}" if tries < 3
  x = 10 / (tries - 3)
rescue ArgumentError => e
  puts e.message
  retry
rescue ZeroDivisionError
  puts "zero"
ensure
  puts "done #{tries}"
end
""",
    # case/when: values, ranges, splats, a regexp, classes; defined?
    """SMALL = [4, 5]
def kind(v)
  case v
  when 0 then "zero"
  when 1..3, 7 then "small"
  when *SMALL then "listed"
  when /^a/ then "a-word"
  when String, Symbol then "text"
  else "other"
  end
end
puts [0, 2, 5, "ab", :t, 99].map { |v| kind(v) }.join(","), defined?(kind), defined?(zz).nil?
""",
    # multiple assignment, splats, interpolation, a dynamic symbol
    """a, b = 1, 2
a, b = b, a
h, *t = [5, 6, 7]
(m, n), o = [8, 9], 10
def sum(*xs) xs.sum end
arr = [1, 2]
all = [0, *arr, 3]
puts a, b, h, t.inspect, m + n + o, sum(*arr, 3), all.inspect, "#{a}+#{b}=#{a + b}", :"s#{a}"
""",
    # hashes and arrays (OPT_AREF / OPT_ASET, op-assignment on elements), for-in loops, ranges
    """h = {"a" => 1, 2 => [3, 4]}
h["b"] = h["a"] + 1
arr = [0, 0, 0]
arr[1] = h[2][0]
arr[-1] += 5
n = 3
for k in 1..n
  arr[0] += k
end
for x, y in [[1, 2], [3, 4]]
  h[x] = y
end
h["z"] ||= 9
arr[n - 2] -= 1 if arr[0] <= 9 and not h.empty?
puts arr.inspect, h.size, h[3], h.keys.length, (0...n).to_a.inspect
""",
]
CONFIGS = [(m, s) for m in ("switch", "direct", "threaded") for s in ("checked", "unchecked")]
BUDGET = 120_000
SEEDS = range(8)
PER_SEED = 60
#: mutants of each seed that also run in the cython backend (the first few
#: in its threaded engine too)
CYTHON_PER_SEED, CYTHON_THREADED = 8, 1


VM_TABLE = VM(GUEST.interpreter).table
def mutate(code, rng, nops):
    """Mutate, in place, one code object of the freshly compiled tree `code`
    (chosen by size, so bigger bodies draw more mutations); returns what was
    done, for the failure report."""
    codes = list(code.walk())
    c = rng.choices(codes, weights=[len(x.instructions) for x in codes])[0]
    instrs = [list(i) for i in c.instructions]
    lines = list(c.lines)
    handlers = list(c.handlers)
    done = []
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(instrs))
        kind = rng.choice(["operand", "opcode", "delete", "duplicate", "swap", "nudge"]
                          + ["handler"] * bool(handlers))
        if kind == "operand":
            instrs[i][1] = rng.randint(-2, max(len(instrs), c.nlocals, len(c.consts),
                                               len(c.names), c.ncells) + 3)
            done.append(f"operand {i} := {instrs[i][1]}")
        elif kind == "opcode":
            instrs[i][0] = rng.choice(nops)
            done.append(f"opcode {i} := {VM_TABLE[instrs[i][0]].opname}")
        elif kind == "delete" and len(instrs) > 2:
            del instrs[i], lines[i]
            done.append(f"delete {i}")
        elif kind in ("duplicate", "delete"):
            instrs.insert(i, list(instrs[i]))
            lines.insert(i, lines[i])
            done.append(f"duplicate {i}")
        elif kind == "swap":
            j = rng.randrange(len(instrs))
            instrs[i], instrs[j] = instrs[j], instrs[i]
            done.append(f"swap {i} {j}")
        elif kind == "nudge":
            # off by a little: a local, a constant, a target, a count, or a call
            # site's packed constant index (<< 8) or argument count
            step = rng.choice([-2, -1, 1, 1, 2])
            if VM_TABLE[instrs[i][0]].operand is IMM and instrs[i][1] > 255 \
                    and rng.random() < .5:
                step <<= 8
            instrs[i][1] = max(0, instrs[i][1] + step)
            done.append(f"nudge {i} by {step}")
        else:
            k = rng.randrange(len(handlers))
            field = rng.choice(["start", "end", "target", "depth"])
            step = rng.choice([-2, -1, 1, 2])
            handlers[k] = attrs.evolve(handlers[k],
                                       **{field: getattr(handlers[k], field) + step})
            done.append(f"handler {k} {field} by {step}")
    c.instructions = tuple(map(tuple, instrs))
    c.lines = tuple(lines)
    c.handlers = tuple(handlers)
    return f"{c.name}: {', '.join(done)}"


#: what a run prints: object addresses (a Proc's inspect, a host repr in a
#: rescued host error's message) differ from run to run
ADDRESS = re.compile(r"0x[0-9a-f]{6,}")


def outcome(code, mode, stack, backend="python", budget=BUDGET):
    """How one run of the program ends: ("ok", stdout), ("error", the host
    error's type or the Ruby exception's class, its message, stdout),
    ("exit", status, stdout), ("budget",) or ("stack-check", message)."""
    vm = VM(GUEST.interpreter, mode, stack, backend)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        b, error = run_budgeted(lambda: GUEST.run_main(vm, code, "<fuzz>", ["<fuzz>"]), budget)
    if error is None:
        result = ("ok",)
    elif isinstance(error, StackCheckError):
        result = ("stack-check", str(error))
    elif isinstance(error, SystemExit):
        result = ("exit", error.code)
    elif isinstance(error, RubyError):         # the mutant's own error: its class is the outcome
        result = ("error", error.exc.cls.name, ADDRESS.sub("0x?", str(error)))
    else:                                      # a host error of the mutant's: its type
        result = ("error", type(error).__name__, ADDRESS.sub("0x?", str(error)))
    if b and b.spent:
        return ("budget",)
    if b and b.stack_checks:
        return ("stack-check", b.stack_checks[0])
    if result[0] == "stack-check":
        return result
    return result + (ADDRESS.sub("0x?", out.getvalue()),)


def mutants(seed, count):
    """(description, mutant, verify error or None) of `count` mutants of seed."""
    rng = random.Random(seed)
    table_ops = [int(op) for op in GUEST.interpreter.opcodes]
    for n in range(count):
        k = (seed * count + n) % len(PROGRAMS)
        code = GUEST.compile(PROGRAMS[k], "<fuzz>")
        what = f"program {k}, {mutate(code, rng, table_ops)}"
        vm = VM(GUEST.interpreter, "switch", "checked", "python")
        try:
            vm.verify(code)
        except VerifyError as e:
            yield what, code, e
            continue
        yield what, code, None


def test_programs_run_within_budget():
    # the unmutated programs end well inside the budget, with their output
    for k, source in enumerate(PROGRAMS):
        code = GUEST.compile(source, "<fuzz>")
        results = {cfg: outcome(code, *cfg, budget=BUDGET * 2 // 3) for cfg in CONFIGS}
        assert len(set(results.values())) == 1, (k, results)
        r = results[CONFIGS[0]]
        assert r[0] == "ok" and r[1].count("\n") >= 3, (k, r)


@pytest.mark.parametrize("source", [
    # a rescue takes the budget's error (as a Ruby TypeError) once: not "ok"
    "x = 0\nbegin\n  while true; x += 1; end\nrescue Exception\n  puts x\nend\n",
    # ... nor, with the trace set again, can it go on for ever
    "while true\n  begin\n    while true; end\n  rescue Exception\n  end\nend\n",
    "begin\nensure\n  loop { begin; retry_me = 1; rescue Exception; end }\nend\n",
], ids=["rescued-once", "rescue-in-a-loop", "loop-in-ensure"])
def test_budget_ends_a_run_the_guest_rescues(source):
    code = GUEST.compile(source, "<fuzz>")
    for cfg in CONFIGS:
        assert outcome(code, *cfg) == ("budget",), cfg


def without_message(result):
    """An outcome without its error message: Cython words some host errors
    its own way (raising a non-exception, say)."""
    return result[:2] + result[3:] if result[0] == "error" else result


def is_stack_type_check(result):
    return result[0] == "stack-check" and "non-guest value" in result[1]


@pytest.mark.parametrize("seed", SEEDS)
def test_mutants_are_rejected_or_agree(seed):
    rejected = compared = 0
    for what, mutant, error in mutants(seed, PER_SEED):
        if error is not None:
            rejected += 1
            assert error.offset is not None and error.rule, str(error)
            assert str(error.offset) in str(error)
            continue
        results = {cfg: outcome(mutant, *cfg) for cfg in CONFIGS}
        report = f"{what}\n" + "\n".join(f"  {m}/{s}: {r}" for (m, s), r in results.items())
        for (m, s), r in results.items():
            # a checked store out of bounds: the verifier's max depth was wrong;
            # the unchecked stack never sees a stack check
            assert r[0] != "stack-check" or (s == "checked" and is_stack_type_check(r)), report
        if any(r[0] in ("budget", "stack-check") for r in results.values()):
            # a budget spent at different points, or the checked store refusing
            # a value only a mutant pushes: the unchecked runs must still agree
            unchecked = {r for cfg, r in results.items() if cfg[1] == "unchecked"}
            if all(r[0] != "budget" for r in unchecked):
                assert len(unchecked) == 1, report
            continue
        compared += 1
        assert len(set(results.values())) == 1, report
    assert rejected > PER_SEED // 5 and compared > PER_SEED // 8, (rejected, compared)


@pytest.mark.skipif(cython_unavailable() is not None, reason=str(cython_unavailable()))
@pytest.mark.parametrize("seed", SEEDS[:2])
def test_cython_backend_agrees_on_a_sample(seed):
    """The first mutants of the seed that ran to an end in the python backend
    run again in the compiled engines, untraced (the budget counts host lines,
    and compiled code has none): the same program, so the same end.  The
    threaded engine compiles a C module per mutant and stack: only a few."""
    ran = 0
    for what, mutant, error in mutants(seed, PER_SEED):
        if error is not None:
            continue
        reference = outcome(mutant, "switch", "checked")
        if reference[0] in ("budget", "stack-check"):
            continue
        modes = ("switch", "direct", "threaded") if ran < CYTHON_THREADED else ("switch", "direct")
        for mode in modes:
            for stack in ("checked", "unchecked"):
                r = outcome(mutant, mode, stack, "cython", budget=None)
                assert without_message(r) == without_message(reference), \
                    f"{what}\n  python: {reference}\n  {mode}/{stack}/cython: {r}"
        ran += 1
        if ran == CYTHON_PER_SEED:
            break
    assert ran >= CYTHON_THREADED, ran


def test_mutants_are_deterministic():
    def listing(seed):
        return [(what, [(c.instructions, c.handlers) for c in m.walk()])
                for what, m, _ in mutants(seed, 20)]
    assert listing(3) == listing(3)
