# Declarations of hostvm_ext's compiled runtime, cimported by every module the
# Cython backend generates (code tables and threaded code).

ctypedef object (*frame_fn)(object, object)


cdef class Frame:
    # the documented frame surface (hostvm/interp.py), as C fields
    cdef public object code, locals, cells, consts, names, globals, vm
    # the engines' own: where a suspended direct-threaded frame stopped
    cdef public object stack, rv
    cdef public Py_ssize_t sp, pc
    # the VM's compiled call path (a Calls), for i-ops compiled with it
    cdef object calls


cdef class Entry:
    # what a code object's `entry` holds in this backend: the engine, what
    # runs a frame of it, and the frame fields a call copies from the code
    cdef readonly object engine, run, consts, names
    # when `run` is a C function taking the frame (threaded code): it and
    # its self, called without the host's call protocol
    cdef frame_fn cfunc
    cdef object cself


cdef class Calls:
    cdef object vm, engine
    cdef public Py_ssize_t depth, limit
    cpdef object call(self, Frame frame)
    cdef object call_code_c(self, object code, object locals_, object cells, object globals_)
    cdef object _run(self, object run, Frame frame)
    cdef object _run_entry(self, Entry e, Frame frame)
