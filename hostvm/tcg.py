"""The threaded-code generator (the paper's Algorithm 2) and its code cache
(Algorithm 3).

For each guest code object the TCG writes one host function: a straight
sequence of calls to the i-ops, with the operands written in as literals and
each stack slot addressed by the depth the verifier computed.  Jumps never
become calls: unconditional jumps are host control flow, and a conditional
branch is a call to its i-op whose result the host code branches on (the
paper's `call; test; jnz`, Listing 3).

Control flow comes from the guest's control-flow graph.  A reducible graph
(what compilers of structured languages produce) becomes structured
`while True:` / `if` code; anything the structuring cannot express falls back
to a block-dispatch loop, and the generated code says so in its header.

A generator code object becomes a host generator function: its YIELD i-ops
are host `yield`s, so a suspended guest frame is a suspended host frame and
resumes where it stopped, with its operand stack and locals intact.
"""
from __future__ import annotations

from collections import OrderedDict

from .code import Handler
from .engines.emit import Generator, catch, compile_source, emit_instruction, indent
from .iop import BRANCH, JUMP, RAISE, RETURN
from .traceback import record_threaded_frame


class _Unstructured(Exception):
    """The structuring algorithm cannot express this graph."""


class Block:
    __slots__ = ("index", "start", "end", "succs", "preds")

    def __init__(self, index, start, end):
        self.index, self.start, self.end = index, start, end
        self.succs, self.preds = [], []

    def __repr__(self):
        return f"B{self.index}[{self.start}:{self.end}]"


def basic_blocks(code, table):
    """Split the reachable instructions into basic blocks, in offset order."""
    instrs, depths = code.instructions, code.depths
    n = len(instrs)
    leaders = {0}
    for h in code.handlers:          # a block lies in one handler's range or none
        leaders.update((h.start, h.end, h.target))
    leaders.discard(n)
    for off, (op, arg) in enumerate(instrs):
        if depths[off] is None:
            continue
        iop = table[op]
        if iop.control in (BRANCH, JUMP):
            leaders.add(arg)
        if iop.ends_block and off + 1 < n:
            leaders.add(off + 1)
    starts = sorted(o for o in leaders if depths[o] is not None)
    blocks, by_start = [], {}
    for i, s in enumerate(starts):
        e = s + 1
        while e < n and e not in leaders and not table[instrs[e - 1][0]].ends_block:
            e += 1
        b = Block(i, s, e)
        blocks.append(b)
        by_start[s] = b
    for b in blocks:
        op, arg = instrs[b.end - 1]
        iop = table[op]
        if iop.control is BRANCH:
            b.succs = [by_start[arg], by_start[b.end]]     # [taken, fall-through]
        elif iop.control is JUMP:
            b.succs = [by_start[arg]]
        elif iop.falls_through:
            b.succs = [by_start[b.end]]
        for s in b.succs:
            s.preds.append(b)
    return blocks


def _bits(blocks, succ, entry_bits):
    """Iterative dominator sets as bit masks over `succ` edges."""
    n = len(blocks)
    full = (1 << n) - 1
    dom = [full] * n
    for i in entry_bits:
        dom[i] = 1 << i
    preds = [[] for _ in range(n)]
    for b in blocks:
        for s in succ(b):
            preds[s].append(b.index)
    changed = True
    while changed:
        changed = False
        for b in blocks:
            i = b.index
            if i in entry_bits:
                continue
            m = full
            for p in preds[i]:
                m &= dom[p]
            m |= 1 << i
            if m != dom[i]:
                dom[i] = m
                changed = True
    return dom


class Structurer:
    """Turns a reducible CFG into nested `while True:` / `if` code."""

    def __init__(self, blocks):
        self.blocks = blocks
        n = len(blocks)
        # post-dominators over a virtual exit with index n
        ext = blocks + [Block(n, -1, -1)]
        rsucc = lambda b: ([s.index for s in b.succs] or [n]) if b.index < n else []
        # reverse graph: edges s -> b for each b -> s
        rev = {b.index: [] for b in ext}
        for b in ext:
            for s in rsucc(b):
                rev[s].append(b.index)
        reaches_exit, work = {n}, [n]
        while work:
            for p in rev[work.pop()]:
                if p not in reaches_exit:
                    reaches_exit.add(p)
                    work.append(p)
        if len(reaches_exit) <= n:
            raise _Unstructured("a block never reaches the exit (an endless loop)")
        self.pdom = _bits(ext, lambda b: rev[b.index], {n})
        self.dom = _bits(blocks, lambda b: [s.index for s in b.succs], {0})
        # loops: back edges t -> h with h dominating t
        self.loop_body = {}
        for b in blocks:
            for s in b.succs:
                if self.dom[b.index] >> s.index & 1:
                    body = self.loop_body.setdefault(s.index, {s.index})
                    work = [b.index]
                    while work:
                        x = work.pop()
                        if x not in body:
                            body.add(x)
                            work += [p.index for p in blocks[x].preds]
        self._check_reducible()
        self.n = n

    def _check_reducible(self):
        # DFS: every retreating edge must be a back edge
        color = {}
        stack = [(self.blocks[0], iter(self.blocks[0].succs))]
        color[0] = 1
        while stack:
            b, it = stack[-1]
            for s in it:
                c = color.get(s.index)
                if c is None:
                    color[s.index] = 1
                    stack.append((s, iter(s.succs)))
                    break
                if c == 1 and not (self.dom[b.index] >> s.index & 1):
                    raise _Unstructured("irreducible control flow")
            else:
                color[b.index] = 2
                stack.pop()

    def terminal(self, i, _memo=None):
        """Does every path from block i end in a return or raise without
        going back to an earlier block?"""
        memo = self.__dict__.setdefault("_terminal", {})
        if i not in memo:
            b = self.blocks[i]
            memo[i] = all(s.index > i and self.terminal(s.index) for s in b.succs)
        return memo[i]

    def ipdom(self, i):
        """The immediate post-dominator of block i, or None for the exit."""
        mask = self.pdom[i] & ~(1 << i)
        want = bin(self.pdom[i]).count("1") - 1
        j = 0
        while mask:
            if mask & 1 and bin(self.pdom[j]).count("1") == want:
                return None if j == self.n else j
            mask >>= 1
            j += 1
        return None

    def loop_exit(self, h, enclosing=None):
        """The block a loop's `break` goes to.  Other exit targets (a block
        that returns, a `for` loop's else clause) are emitted inside the loop,
        where reaching the chosen exit is a `break`.  Inside another loop the
        exit must stay in that loop's body, or the code after the inner loop
        could not `continue` the outer one."""
        body = self.loop_body[h]
        exits = {s.index for x in body for s in self.blocks[x].succs if s.index not in body}
        # A block that only leads to returns can be emitted where it is
        # reached; it stays the exit only if the loop's own test leads to it
        # (else an inner loop reaching it would have to leave two loops).
        exits = {e for e in exits if not self.terminal(e)
                 or all(p.index == h for p in self.blocks[e].preds if p.index in body)}
        if enclosing is not None:
            exits = {e for e in exits if e in self.loop_body[enclosing]} or exits
        if not exits:
            return None
        if len(exits) == 1:
            return exits.pop()
        p = self.ipdom(h)
        if p in exits:
            return p
        return max(exits, key=lambda e: self.blocks[e].start)


class TCG:
    """Generates threaded code for the code objects of one VM."""

    def __init__(self, table, stack):
        self.table = table
        self.stack = stack
        self.gen = Generator(table, stack, inline=False)
        self.gen.ns["record_threaded_frame"] = record_threaded_frame
        self.serial = 0

    # -- public ----------------------------------------------------------------
    def source(self, code, force_dispatch=None) -> tuple[str, list[int], bool]:
        """(source, guest offset of each source line, structured?)"""
        blocks = basic_blocks(code, self.table)
        try:
            if code.handlers:
                raise _Unstructured("exception handlers are dispatched by block")
            if force_dispatch:
                raise _Unstructured(force_dispatch)
            body, offs = self._structured(code, blocks)
            structured = True
            note = "structured control flow"
        except _Unstructured as why:
            body, offs = self._dispatch(code, blocks)
            structured = False
            note = f"block-dispatch loop (not structured: {why})"
        name = self.func_name(code)
        head = [f"# Generated by hostvm.tcg (threaded-code generator) for {code.name} "
                f"({code.filename}:{code.firstlineno}), {self.stack.name} stack, {note}. "
                f"Do not edit."]
        head += self._prologue(code, name)
        if code.is_generator:
            head.append("    if False: yield  # a generator even if no yield is reachable")
        if code.handlers:
            # exceptions go to the handler of the block that raised them
            head += ["    handler_at = BLOCK_HANDLER", "    blk = 0", "    while True:",
                     "        try:"]
            tail = indent(catch(self.stack, "blk", "d = h.depth", "d", ["blk = h.target"],
                                record="record_threaded_frame(e, f, LINES)"), 2)
            body = indent(body, 1)
        else:
            head.append("    try:")
            tail = ["    except BaseException as e:",
                    "        record_threaded_frame(e, f, LINES)",
                    "        raise"]
        out = head + indent(body, 2) + tail
        line_offs = [0] * len(head) + offs + [0] * len(tail)
        return "\n".join(out) + "\n", line_offs, structured

    def _prologue(self, code, name):
        head = [f"def {name}(f):", f"    st = [None] * {code.max_depth}"]
        if self.stack.checked:
            head.append("    st_cap = len(st)")
        return head

    def block_handlers(self, code):
        """For each block, its handler as (target block, depth), or None."""
        blocks = basic_blocks(code, self.table)
        by_start = {b.start: b.index for b in blocks}
        at = code.handler_at
        return tuple(None if not at or at[b.start] is None else
                     Handler(at[b.start].start, at[b.start].end, by_start[at[b.start].target],
                             at[b.start].depth)
                     for b in blocks)

    def func_name(self, code):
        safe = "".join(c if c.isalnum() else "_" for c in code.name)
        return f"threaded_{safe}"

    def generate(self, code):
        """Compile the threaded code of `code`; returns the host function."""
        src, offs, structured = self.source(code)
        try:
            fn = self._compile(code, src, offs)
        except (SyntaxError, RecursionError, MemoryError) as e:
            # the host's own limits (20 statically nested blocks, parser
            # depth): the block-dispatch form nests two levels at most
            why = getattr(e, "msg", None) or type(e).__name__
            src, offs, structured = self.source(
                code, f"the host compiler refused the structured form: {why}")
            fn = self._compile(code, src, offs)
        fn.structured = structured
        return fn

    def _compile(self, code, src, offs):
        self.serial += 1
        ns = dict(self.gen.ns)
        ns["LINES"] = offs
        ns["BLOCK_HANDLER"] = self.block_handlers(code)
        filename = f"<hostvm threaded {code.name} #{self.serial}>"
        return compile_source(src, ns, filename, self.func_name(code))

    # -- instruction and block emission ---------------------------------------
    def _instr(self, code, off, out, offs, ind):
        op, arg = code.instructions[off]
        iop = self.table[op]
        e = emit_instruction(self.gen, iop, arg, code.depths[off])

        def put(lines, extra=0):
            for l in lines:
                out.append("    " * (ind + extra) + l)
                offs.append(off)
        put(e.lines)
        if e.ret is not None:
            put([f"return {e.ret}"])
        elif e.yielded is not None:
            put([f"sent = yield {'from ' if e.delegate else ''}{e.yielded}"] + e.sent_store)
        return e

    def _structured(self, code, blocks):
        s = Structurer(blocks)
        out, offs = [], []
        emitted = set()
        # Short-circuit conditions (`if a or b: X else: Y`) reach a block from
        # two branches; a small block is emitted again rather than giving up
        # on structure.  The budget keeps generation linear in the code size.
        budget = [len(code.instructions)]

        def put(line, ind, off):
            if out and out[-1].startswith("    " * ind) and not out[-1].startswith(
                    "    " * (ind + 1)) and out[-1].split("(")[0].split()[0] in (
                    "break", "continue", "return", "raise"):
                return                     # dead code after a jump at this level
            out.append("    " * ind + line)
            offs.append(off)

        def goto(b, follow, loops, ind, off):
            """Emit the transfer to block b if it leaves the region; True if so."""
            if b is None:
                return True
            if loops:
                h, ex = loops[-1]
                if b == h:
                    put("continue", ind, off)
                    return True
                if b == ex:
                    put("break", ind, off)
                    return True
                for oh, oex in loops[:-1]:
                    if b in (oh, oex):
                        raise _Unstructured("a jump out of more than one loop")
            return b == follow

        def region(b, follow, loops, ind, off):
            while True:
                if goto(b, follow, loops, ind, off):
                    return
                if b in s.loop_body and not (loops and loops[-1][0] == b):
                    ex = s.loop_exit(b, loops[-1][0] if loops else None)
                    put("while True:", ind, blocks[b].start)
                    nxt = block(b, loops + [(b, ex)], ind + 1)
                    if nxt is not None:
                        region(nxt, None, loops + [(b, ex)], ind + 1, blocks[b].end - 1)
                    if ex is None:
                        return
                    b, off = ex, blocks[b].start
                    continue
                nxt = block(b, loops, ind)
                if nxt is None:
                    return
                b, off = nxt, blocks[b].end - 1

        def block(i, loops, ind):
            """Emit block i; returns the block control goes to next (None if
            the block returns or its branches handled everything)."""
            blk = blocks[i]
            if i in emitted:
                size = blk.end - blk.start
                if size > 12 or size > budget[0] or i in s.loop_body:
                    raise _Unstructured(f"block {i} would be emitted twice")
                budget[0] -= size
            emitted.add(i)
            for off in range(blk.start, blk.end - 1):
                self._instr(code, off, out, offs, ind)
            last = blk.end - 1
            op, arg = code.instructions[last]
            iop = self.table[op]
            e = self._instr(code, last, out, offs, ind)
            if iop.control is JUMP:
                return blk.succs[0].index
            if iop.control in (RETURN, RAISE):
                return None
            if iop.control is BRANCH:
                m = s.ipdom(i)
                taken, fall = blk.succs[0].index, blk.succs[1].index
                def arm(header, edge_lines, target, at):
                    """`header:` then an edge's stores and the region it leads to."""
                    if header:
                        put(header, ind, last)
                    n0 = len(out)
                    for l in edge_lines:
                        put(l, at, last)
                    region(target, m, loops, at, last)
                    if header and len(out) == n0:
                        put("pass", at, last)

                if taken == m and not e.taken and not (loops and m in loops[-1]):
                    # an `if` with no else: the branch skips the body (but a
                    # loop's test reads best as `if cond: break`)
                    arm(f"if not {e.cond}:", e.fall, fall, ind + 1)
                    return m
                arm(f"if {e.cond}:", e.taken, taken, ind + 1)
                # after a taken arm that leaves (break, continue, return), the
                # fall-through code needs no `else:`.  Only a jump at the arm's
                # own level ends it: one nested deeper (in an inner `if`) may
                # be skipped, and control then falls out of the arm.
                last_line = out[-1]
                terminal = (last_line.startswith("    " * (ind + 1))
                            and not last_line.startswith("    " * (ind + 2))
                            and last_line.split("(")[0].split()[0] in ("break", "continue",
                                                                       "return", "raise"))
                if terminal:
                    arm(None, e.fall, fall, ind)
                else:
                    arm("else:", e.fall, fall, ind + 1)
                return m
            return blk.succs[0].index if blk.succs else None

        region(0, None, [], 0, 0)
        return out, offs

    def _dispatch(self, code, blocks):
        out, offs = [], []

        def put(line, ind, off):
            out.append("    " * ind + line)
            offs.append(off)
        if not code.handlers:
            put("blk = 0", 0, 0)
        put("while True:", 0, 0)
        for b in blocks:
            put(f"{'if' if b.index == 0 else 'elif'} blk == {b.index}:", 1, b.start)
            for off in range(b.start, b.end - 1):
                self._instr(code, off, out, offs, 2)
            last = b.end - 1
            iop = self.table[code.instructions[last][0]]
            e = self._instr(code, last, out, offs, 2)
            if iop.control is BRANCH:
                put(f"if {e.cond}:", 2, last)
                for l in e.taken:
                    put(l, 3, last)
                put(f"blk = {b.succs[0].index}", 3, last)
                put("else:", 2, last)
                for l in e.fall:
                    put(l, 3, last)
                put(f"blk = {b.succs[1].index}", 3, last)
            elif b.succs:
                put(f"blk = {b.succs[0].index}", 2, last)
            elif iop.control is not RETURN:
                put("raise SystemError('control left a block with no successor')", 2, last)
        return out, offs


class CodeCache:
    """Threaded code, generated lazily on a code object's first run and kept
    in a bounded cache (Algorithm 3).  When the cache is full the oldest entry
    is evicted; its code object regenerates on its next run, which is cheap
    (generation is linear in the code's size)."""

    def __init__(self, tcg, capacity=1024):
        self.tcg = tcg
        self.capacity = capacity
        self.entries = OrderedDict()
        self.generated = 0
        self.evicted = 0

    def lookup(self, code, owner):
        fn = self.tcg.generate(code)
        self.generated += 1
        code.entry = (owner, fn)
        self.entries[code] = fn
        while len(self.entries) > self.capacity:
            old, _ = self.entries.popitem(last=False)
            old.entry = None
            self.evicted += 1
        return fn
