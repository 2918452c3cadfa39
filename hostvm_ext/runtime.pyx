# cython: language_level=3
"""hostvm_ext's compiled runtime: the frame and the guest call path.

The Cython backend's frame is a C struct with the same documented surface as
`hostvm.interp.Interpreter` (code, locals, cells, consts, names, globals,
vm), so an i-op body compiled against it reads `self.locals` as a field, not
a slot lookup.  `Calls` is the backend's guest-call path: frame set-up, the
recursion limit and the jump into the code object's compiled entry, in C.
"""
from cpython.object cimport PyObject

cdef extern from "Python.h":
    int METH_O
    void *PyCFunction_GET_FUNCTION(object)
    int PyCFunction_GET_FLAGS(object)
    PyObject *PyCFunction_GET_SELF(object)

_BUILTIN = type(len)



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

    cpdef object call(self, Frame frame):
        cdef object e = frame.code.entry
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
        cdef Frame frame = Frame.__new__(Frame)
        frame.vm = self.vm
        frame.calls = self
        frame.code = code
        frame.locals = locals_
        frame.cells = cells
        frame.globals = globals_
        cdef object e = code.entry
        if type(e) is Entry and (<Entry>e).engine is self.engine:
            frame.consts = (<Entry>e).consts
            frame.names = (<Entry>e).names
            return self._run_entry(<Entry>e, frame)
        frame.consts = code.consts
        frame.names = code.names
        return self._run(self.vm._load(code), frame)
