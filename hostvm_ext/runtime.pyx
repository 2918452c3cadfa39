# cython: language_level=3
"""hostvm_ext's compiled runtime: the frame and the guest call path.

The Cython backend's frame is a C struct with the same documented surface as
`hostvm.interp.Interpreter` (code, locals, cells, consts, names, globals,
vm), so an i-op body compiled against it reads `self.locals` as a field, not
a slot lookup.  `Calls` is the backend's guest-call path: frame set-up, the
recursion limit and the jump into the code object's compiled entry, in C.
"""
from cpython.object cimport PyObject
from cpython.list cimport PyList_GET_ITEM
from cpython.ref cimport Py_REFCNT

cdef extern from "Python.h":
    int METH_O
    void *PyCFunction_GET_FUNCTION(object)
    int PyCFunction_GET_FLAGS(object)
    PyObject *PyCFunction_GET_SELF(object)

_BUILTIN = type(len)

cdef enum:
    # calls deeper than this make their frames afresh (a deep recursion should
    # not leave its frames pooled)
    POOLED_DEPTH = 256

# the inline caches of the call path's attribute reads (runtime.pxd)
cdef hx_attr_cache CODE_ENTRY_SITE, FRAME_ENTRY_SITE


cimport cython


@cython.freelist(64)
cdef class Frame:
    """A guest frame of the Cython backend (see hostvm/interp.py).  Freed
    frames are kept for reuse: a guest call allocates none."""

    def __init__(self, vm, code, locals_, cells, globals_):
        self.vm = vm
        self.code = code
        self.locals = locals_
        self.cells = cells
        self.consts = code.consts
        self.names = code.names
        self.globals = globals_          # keep in step with hostvm.interp.Interpreter.__init__
        self.calls = getattr(vm, "_calls", None)

    def __repr__(self):
        return f"<hostvm_ext frame of {self.code!r}>"

    @staticmethod
    def layout():
        """Byte offsets of code, locals, cells, consts, names, globals and vm,
        which generated C reads directly (hostvm_ext/ctcg.py checks them when
        it loads): found by planting markers and looking for them in the
        object's memory."""
        cdef Frame f = Frame.__new__(Frame)
        marks = [object() for _ in range(7)]
        f.code, f.locals, f.cells, f.consts, f.names, f.globals, f.vm = marks
        cdef PyObject **words = <PyObject **><void *>f
        cdef Py_ssize_t k
        found = [-1] * 7
        for k in range(Frame.__basicsize__ // sizeof(PyObject *)):
            for i in range(7):
                if words[k] == <PyObject *>marks[i]:
                    found[i] = k * sizeof(PyObject *)
        return tuple(found)


cdef class Entry:
    """A code object's entry in this backend (hostvm.code.CodeObject.entry):
    one attribute read gives a call everything it takes from the code.
    Indexing gives (engine, run), as the python backend's tuples do."""

    def __init__(self, engine, run, code):
        self.engine, self.run = engine, run
        self.consts, self.names = code.consts, code.names
        self.cfunc = NULL
        if type(run) is _BUILTIN and PyCFunction_GET_FLAGS(run) == METH_O:
            self.cfunc = <frame_fn>PyCFunction_GET_FUNCTION(run)
            self.cself = <object>PyCFunction_GET_SELF(run) if PyCFunction_GET_SELF(run) else None

    def __getitem__(self, i):
        return (self.engine, self.run)[i]

    def __len__(self):
        return 2


cdef class Calls:
    """The VM's `call` and `call_code` for the Cython backend: what every
    guest call runs between the calling i-op and the callee's compiled code."""

    def __init__(self, vm, engine):
        self.vm = vm
        self.engine = engine
        self.depth = 0
        self.limit = vm.recursion_limit
        self.pool = []                     # frames by call depth

    cpdef object call(self, Frame frame):
        cdef object e = hx_getattr(frame.code, "entry", &FRAME_ENTRY_SITE)
        if type(e) is Entry and (<Entry>e).engine is self.engine:
            return self._run_entry(<Entry>e, frame)
        return self._run(self.vm._load(frame.code), frame)

    cdef object _run(self, object run, Frame frame):
        cdef Py_ssize_t depth = self.depth + 1
        if depth > self.limit:
            raise RecursionError("maximum recursion depth exceeded")
        self.depth = depth
        try:
            return run(frame)
        finally:
            self.depth = depth - 1

    cdef object _run_entry(self, Entry e, Frame frame):
        if e.cfunc == NULL:
            return self._run(e.run, frame)
        cdef Py_ssize_t depth = self.depth + 1
        if depth > self.limit:
            raise RecursionError("maximum recursion depth exceeded")
        self.depth = depth
        try:
            return e.cfunc(e.cself, frame)
        finally:
            self.depth = depth - 1

    def call_code(self, code, locals_, cells, globals_):
        return self.call_code_c(code, locals_, cells, globals_)

    cdef object call_code_c(self, object code, object locals_, object cells, object globals_):
        cdef Py_ssize_t depth = self.depth + 1
        cdef Frame frame = self._pooled_frame(depth)
        frame.locals = locals_
        frame.cells = cells
        if frame.code is not code:
            frame.code = code
        if frame.globals is not globals_:
            frame.globals = globals_
        cdef object e = hx_getattr(code, "entry", &CODE_ENTRY_SITE)
        try:
            if type(e) is Entry and (<Entry>e).engine is self.engine:
                if frame.consts is not (<Entry>e).consts:
                    frame.consts = (<Entry>e).consts
                if frame.names is not (<Entry>e).names:
                    frame.names = (<Entry>e).names
                return self._run_entry(<Entry>e, frame)
            frame.consts = code.consts
            frame.names = code.names
            return self._run(self.vm._load(code), frame)
        finally:
            if depth < POOLED_DEPTH:
                if Py_REFCNT(frame) == 2:
                    # the pool's and ours: release what the guest can observe
                    # the lifetime of; the rest (code, constants, globals, the
                    # VM) stays for the next call at this depth
                    frame.locals = None
                    frame.cells = None
                    if frame.rv is not None:
                        frame.rv = None
                else:
                    # kept (a traceback): it lives, with its locals, as long
                    # as its holders do, not as long as the pool
                    self.pool[depth] = None

    cdef Frame _pooled_frame(self, Py_ssize_t depth):
        """The frame of a call at `depth`: the one the last call at this depth
        ran in, when nothing else kept it (a traceback, a generator), else a
        new one.  Guest calls nest, so a depth has one running frame at a
        time; reusing it saves the allocation, the garbage collector's
        tracking and the reference counting of fields that rarely change."""
        cdef object pooled
        cdef Frame frame
        if depth < len(self.pool):
            pooled = <object>PyList_GET_ITEM(self.pool, depth)
            if Py_REFCNT(pooled) == 2 and type(pooled) is Frame:    # the pool's and ours
                return <Frame>pooled
        frame = Frame.__new__(Frame)
        frame.vm = self.vm
        frame.calls = self
        if depth < POOLED_DEPTH:
            while len(self.pool) <= depth:
                self.pool.append(None)
            self.pool[depth] = frame
        return frame
