# Declarations of hostvm_ext's compiled runtime, cimported by every module the
# Cython backend generates (code tables and threaded code).

cdef class Frame:
    # the documented frame surface (hostvm/interp.py), as C fields
    cdef public object code, locals, cells, consts, names, globals, vm
    # the engines' own: where a suspended direct-threaded frame stopped
    cdef public object stack, rv
    cdef public Py_ssize_t sp, pc


cdef class Entry:
    # what a code object's `entry` holds in this backend: the engine, what
    # runs a frame of it, and the frame fields a call copies from the code
    cdef readonly object engine, run, consts, names


cdef class Calls:
    cdef object vm, engine, run_generator_of
    cdef public Py_ssize_t depth, limit
    cpdef object call(self, Frame frame)
    cdef object _run(self, object run, Frame frame)
