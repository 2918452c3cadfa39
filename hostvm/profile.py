"""Dynamic opcode profiles: how often each instruction executes.

The switch engine orders its cases by such a profile (hottest first), and
`hostvm profile` prints one.  Counting is done by the direct-threaded engine
with every handler wrapped in a counter, so profiling needs no engine of its
own and sees exactly the instructions the other engines run.
"""
from __future__ import annotations

from collections import Counter

from .engines.direct import DirectEngine


class CountingEngine(DirectEngine):
    name = "counting"

    def __init__(self, vm, table, stack):
        super().__init__(vm, table, stack)
        self.counts = Counter()
        counts = self.counts

        def wrap(op, h):
            def counted(f, st, arg, d, pc1):
                counts[op] += 1
                return h(f, st, arg, d, pc1)
            return counted
        self.handlers = {op: wrap(op, h) for op, h in self.handlers.items()}


def profile_to_text(counts: Counter, table) -> str:
    total = sum(counts.values()) or 1
    lines = [f"{'opcode':<24} {'count':>12} {'share':>7}"]
    for op, n in counts.most_common():
        lines.append(f"{table[op].opname:<24} {n:>12} {100 * n / total:>6.2f}%")
    return "\n".join(lines)


def profile_program(guest, path, argv=(), stack="unchecked") -> tuple[Counter, object]:
    """Run a guest program under the counting engine; (counts, code table).
    The program's own output goes where it always goes."""
    from pathlib import Path

    from .stack import STACKS
    from .vm import VM, run_with_big_stack
    code = guest.compile(Path(path).read_text(encoding="utf-8"), str(path))
    vm = VM(guest.interpreter, "direct", stack)
    vm.engine = CountingEngine(vm, vm.table, STACKS[stack])
    vm.verify(code)
    run_with_big_stack(guest.run_main, vm, code, str(path), [str(path), *argv])
    return vm.engine.counts, vm.table
