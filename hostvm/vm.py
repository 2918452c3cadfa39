"""The VM: one guest interpreter configured with an engine and a stack kind.

A run is named by its choices, e.g. `threaded/unchecked/python`.  The VM
verifies code before it runs, creates frames, runs them with its engine and
keeps the guest's recursion depth, so that deep guest recursion is a guest
error and never a crash of the host.
"""
from __future__ import annotations

import sys
import threading

from .engines import ENGINES
from .stack import STACKS
from .table import build_table
from .errors import BackendError
from .verify import verify


class BackendUnavailable(BackendError):
    """The backend asked for cannot run here; the message says why, in one line."""

#: "python": generated Python (hostvm.engines), the reference; "cython": the
#: same i-ops compiled to C (hostvm_ext), where it can be built
BACKENDS = ("python", "cython")
#: host frames a guest call may take, at most, in any engine
HOST_FRAMES_PER_GUEST_CALL = 8


class VM:
    def __init__(self, interp, mode="switch", stack="checked", backend="python",
                 recursion_limit=1000, **engine_options):
        if mode not in ENGINES:
            raise ValueError(f"unknown mode {mode!r} (choose from {', '.join(ENGINES)})")
        if stack not in STACKS:
            raise ValueError(f"unknown stack {stack!r} (choose from {', '.join(STACKS)})")
        if backend not in BACKENDS:
            raise ValueError(f"unknown backend {backend!r} (choose from {', '.join(BACKENDS)})")
        self.interp = interp
        self.table = build_table(interp)
        self.mode, self.stack_name, self.backend = mode, stack, backend
        self.recursion_limit = recursion_limit
        self.depth = 0
        if backend == "cython":
            self._init_cython(mode, stack, engine_options)
        else:
            self.frame_type = interp
            self.engine = ENGINES[mode](self, self.table, STACKS[stack], **engine_options)
        #: the guest's per-program state (modules, argv...), set by the guest
        self.runtime = None

    def _init_cython(self, mode, stack, engine_options):
        import hostvm_ext
        # (a C compiler missing for threaded code is reported when code is compiled)
        why = hostvm_ext.unavailable()
        if why:
            raise BackendUnavailable(f"--backend cython is unavailable: {why}")
        from hostvm_ext.engines import ENGINES as C_ENGINES, runtime_module
        if engine_options:
            raise ValueError(f"the cython backend takes no engine options "
                             f"({', '.join(engine_options)})")
        runtime = runtime_module()
        self.frame_type = runtime.Frame
        self.engine = C_ENGINES[mode](self, self.table, STACKS[stack])
        # the guest-call path in C: these shadow the methods below
        calls = self._calls = runtime.Calls(self, self.engine)
        self.call, self.call_code = calls.call, calls.call_code

    def set_recursion_limit(self, limit: int) -> None:
        """The guest's recursion limit; the host's is raised to match, so that
        the guest's RecursionError is the one a deep guest program meets (a
        guest call takes a few host frames: the call i-op, the function's
        call path, the engine's entry)."""
        self.recursion_limit = limit
        if self.backend == "cython":
            self._calls.limit = limit
        needed = limit * HOST_FRAMES_PER_GUEST_CALL + 10_000
        if sys.getrecursionlimit() < needed:
            sys.setrecursionlimit(needed)

    @property
    def name(self):
        return f"{self.mode}/{self.stack_name}/{self.backend}"

    def verify(self, code):
        return verify(code, self.table)

    def frame(self, code, locals_, cells, globals_):
        return self.frame_type(self, code, locals_, cells, globals_)

    def execute(self, frame):
        """Run a frame to completion (or, for a generator code object, return
        the host generator that runs it)."""
        if frame.code.is_generator:
            return self.start_generator(frame)
        return self.call(frame)

    def start_generator(self, frame):
        if not frame.code.verified:
            self.verify(frame.code)
        return self.engine.run_generator(frame)

    def call(self, frame):
        """Run a frame of an ordinary code object: the path of every guest
        call, so it is kept short."""
        e = frame.code.entry
        run = e[1] if e is not None and e[0] is self.engine else self._load(frame.code)
        depth = self.depth + 1
        if depth > self.recursion_limit:
            raise RecursionError("maximum recursion depth exceeded")
        self.depth = depth
        try:
            return run(frame)
        finally:
            self.depth = depth - 1

    def call_code(self, code, locals_, cells, globals_):
        """Make a frame of an ordinary code object and run it: `call` with the
        frame built here, without a host `__init__` call (a guest call's
        fixed cost is paid in every engine, and dilutes what they measure)."""
        frame = self._new_frame(self.interp)   # keep in step with Interpreter.__init__
        frame.vm = self
        frame.code = code
        frame.locals = locals_
        frame.cells = cells
        frame.consts = code.consts
        frame.names = code.names
        frame.globals = globals_
        # `call`'s body, inline: one host call fewer on every guest call
        e = code.entry
        run = e[1] if e is not None and e[0] is self.engine else self._load(code)
        depth = self.depth + 1
        if depth > self.recursion_limit:
            raise RecursionError("maximum recursion depth exceeded")
        self.depth = depth
        try:
            return run(frame)
        finally:
            self.depth = depth - 1

    _new_frame = object.__new__

    def _load(self, code):
        """First run of a code object in this VM: verify it (as a JVM verifies
        a class before it runs) and let the engine make its entry."""
        if not code.verified:
            self.verify(code)
        return self.engine.entry(code)


_STEADY = []


def steady_host() -> str | None:
    """Keep the host's freed frame-stack chunks for reuse (once per process;
    hostvm_ext/arenas.pyx).  CPython 3.11+ frees a chunk of a thread's frame
    stack as soon as the call that opened it returns, so a hot call on a
    chunk boundary pays an mmap and a munmap every time, and one benchmark of
    one configuration runs 2-3x slower for reasons unrelated to dispatch
    (docs/host-frame-chunks.md).  Returns None when in place, else why not
    (the pure-Python fallback: no compiled module, or HOSTVM_KEEP_ARENAS=0).
    A module not built yet is looked for again at the next run: the Cython
    backend's first use in this process builds it beside the runtime."""
    if not _STEADY:
        try:
            import hostvm_ext
            why = hostvm_ext.keep_freed_arenas()
            if why == hostvm_ext.NOT_BUILT:
                return why
        except Exception as e:              # a broken build must not stop a python-backend run
            why = f"hostvm_ext's arena allocator cannot be loaded: {e}".splitlines()[0]
        _STEADY.append(why)
    return _STEADY[0]


def run_with_big_stack(fn, *args, stack_mb=512, recursion_limit=200_000):
    """Run fn(*args) in a thread with a large C stack and a high host
    recursion limit, so the guest's own recursion limit is what a deeply
    recursive guest program hits.  Returns fn's result or re-raises."""
    steady_host()
    result, error = [], []

    def target():
        try:
            result.append(fn(*args))
        except BaseException as e:       # handed to the calling thread
            error.append(e)

    old_limit = sys.getrecursionlimit()
    old_size = threading.stack_size()
    sys.setrecursionlimit(recursion_limit)
    threading.stack_size(stack_mb << 20)
    try:
        t = threading.Thread(target=target)
        t.start()
        t.join()
    finally:
        threading.stack_size(old_size)
        sys.setrecursionlimit(old_limit)
    if error:
        raise error[0]
    return result[0]
