# cython: language_level=3
"""hostvm_ext's compiled runtime: the frame and the guest call path.

The Cython backend's frame is a C struct with the same documented surface as
`hostvm.interp.Interpreter` (code, locals, cells, consts, names, globals,
vm), so an i-op body compiled against it reads `self.locals` as a field, not
a slot lookup.  `Calls` is the backend's guest-call path: frame set-up, the
recursion limit and the jump into the code object's compiled entry, in C.
"""
from cpython.object cimport PyObject

from hostvm.errors import StackCheckError


cdef class Frame:
    """A guest frame of the Cython backend (see hostvm/interp.py)."""

    def __init__(self, vm, code, locals_, cells, globals_):
        self.vm = vm
        self.code = code
        self.locals = locals_
        self.cells = cells
        self.consts = code.consts
        self.names = code.names
        self.globals = globals_

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
        if e is None or (<tuple>e)[0] is not self.engine:
            run = self.vm._load(frame.code)
        else:
            run = (<tuple>e)[1]
        cdef Py_ssize_t depth = self.depth + 1
        if depth > self.limit:
            raise RecursionError("maximum recursion depth exceeded")
        self.depth = depth
        try:
            return run(frame)
        finally:
            self.depth = depth - 1

    def call_code(self, code, locals_, cells, globals_):
        cdef Frame frame = Frame.__new__(Frame)
        frame.vm = self.vm
        frame.code = code
        frame.locals = locals_
        frame.cells = cells
        frame.consts = code.consts
        frame.names = code.names
        frame.globals = globals_
        return self.call(frame)


def stack_bound_error(Py_ssize_t index, Py_ssize_t cap):
    return StackCheckError(f"operand stack store out of bounds: slot {index}, capacity {cap}")
