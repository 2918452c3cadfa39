# cython: language_level=3
"""A steadier host: CPython's arena allocator with a few freed blocks kept.

CPython 3.11+ keeps a thread's Python frames in chunks of a data stack.  A
frame that does not fit in the current chunk opens a new one (16 KiB, from
the arena allocator, which is mmap); when that frame returns, the chunk is
given straight back (munmap).  A hot call whose frame lands on a chunk
boundary therefore pays an mmap and a munmap on every call, and where the
boundary falls depends on how deep the guest started and on the frame
sizes of the generated code: one benchmark of one configuration runs 2-3x
slower for reasons that have nothing to do with dispatch
(docs/host-frame-chunks.md has the measurements).

This allocator sits in front of CPython's own: a freed block of at most
MAX_KEPT bytes is kept (up to SLOTS of them, the most recent first) and
handed back for the next request of the same size.  Memory held: at most
SLOTS x 1 MiB (obmalloc's arenas are 1 MiB).  Blocks are never mixed
between allocators: a kept block came from CPython's allocator and goes
back to it when the cache is full.  Called with the GIL held, as every
arena request is.
"""
from libc.stddef cimport size_t

cdef extern from "Python.h":
    ctypedef struct PyObjectArenaAllocator:
        void *ctx
        void *(*alloc)(void *ctx, size_t size) noexcept nogil
        void (*free)(void *ctx, void *ptr, size_t size) noexcept nogil
    void PyObject_GetArenaAllocator(PyObjectArenaAllocator *allocator)
    void PyObject_SetArenaAllocator(PyObjectArenaAllocator *allocator)

DEF SLOTS = 8
DEF MAX_KEPT = 1 << 20

cdef PyObjectArenaAllocator host          # CPython's allocator, behind ours
cdef void *kept_block[SLOTS]
cdef size_t kept_size[SLOTS]
cdef int n_kept = 0
cdef bint installed = False
cdef unsigned long long n_reused = 0, n_passed = 0


cdef void *alloc_keeping(void *ctx, size_t size) noexcept nogil:
    global n_kept, n_reused, n_passed
    cdef int i
    cdef void *block
    for i in range(n_kept - 1, -1, -1):          # the most recently freed first
        if kept_size[i] == size:
            block = kept_block[i]
            n_kept -= 1
            kept_block[i] = kept_block[n_kept]
            kept_size[i] = kept_size[n_kept]
            n_reused += 1
            return block
    n_passed += 1
    return host.alloc(host.ctx, size)


cdef void free_keeping(void *ctx, void *block, size_t size) noexcept nogil:
    global n_kept
    if n_kept < SLOTS and size <= MAX_KEPT:
        kept_block[n_kept] = block
        kept_size[n_kept] = size
        n_kept += 1
    else:
        host.free(host.ctx, block, size)


def install():
    """Put the keeping allocator in front of CPython's (once per process)."""
    global installed
    if installed:
        return
    cdef PyObjectArenaAllocator mine
    PyObject_GetArenaAllocator(&host)
    mine.ctx = NULL
    mine.alloc = alloc_keeping
    mine.free = free_keeping
    PyObject_SetArenaAllocator(&mine)
    installed = True


def stats():
    """(installed, blocks handed back from the cache, requests passed on to
    CPython's allocator, blocks kept now)."""
    return installed, n_reused, n_passed, n_kept
