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
    cdef list pool
    cdef public Py_ssize_t depth, limit
    cpdef object call(self, Frame frame)
    cdef object call_code_c(self, object code, object locals_, object cells, object globals_)
    cdef object _run(self, object run, Frame frame)
    cdef object _run_entry(self, Entry e, Frame frame)
    cdef Frame _pooled_frame(self, Py_ssize_t depth)


# Attribute reads and writes of compiled code, with an inline cache per site.
# An instance slot of a Python class (`__slots__`, attrs' slotted classes) is a
# member descriptor, a C type's computed attribute (a cell's `cell_contents`)
# a getset descriptor; CPython's own bytecode specializes such reads
# (LOAD_ATTR_SLOT), but a generic attribute read from C looks the name up in
# the type's MRO and calls the descriptor every time.  A site remembers the
# exact type, the type's version tag and the slot's offset (or the getset's
# functions), and goes to the slot directly while both match; the version tag
# changes whenever the type or a base is modified, so a stale entry is never
# used.  Both are data descriptors, which win over an instance __dict__.
# Anything else (a __dict__ attribute, a property, __getattr__, an unset
# slot) takes the generic path.
cdef extern from *:
    """
    #ifndef HX_ATTR_CACHE_H
    #define HX_ATTR_CACHE_H
    #include <structmember.h>
    #define HX_GENERIC (-1)
    #define HX_GETSET (-2)
    #define HX_METHOD (-3)
    typedef struct {
        PyTypeObject *type;
        unsigned int tag;
        Py_ssize_t offset;          /* >= 0: an object slot; HX_GETSET; HX_METHOD; HX_GENERIC */
        PyGetSetDef *getset;
        PyObject *method;           /* HX_METHOD: the type's method descriptor (borrowed:
                                       the type holds it while the tag is unchanged) */
    } hx_attr_site;
    typedef struct { hx_attr_site e[2]; } hx_attr_cache;

    /* Fill the site for obj's type from the generic lookup: a writable (store)
       or any object slot (T_OBJECT_EX), a getset with the function needed,
       for a method call (call) a C method of a type whose instances have no
       __dict__ to shadow it, else HX_GENERIC. */
    static void hx_attr_fill(PyObject *obj, PyObject *name, hx_attr_cache *c, int store,
                             int call) {
        PyTypeObject *tp = Py_TYPE(obj);
        Py_ssize_t offset = HX_GENERIC;
        PyGetSetDef *getset = NULL;
        PyObject *d, *method = NULL;
        if (!PyUnicode_CheckExact(name)
                || (store ? tp->tp_setattro != PyObject_GenericSetAttr
                          : tp->tp_getattro != PyObject_GenericGetAttr))
            goto done;
        d = _PyType_Lookup(tp, name);      /* borrowed; gives the type a version tag */
        if (d != NULL && Py_TYPE(d) == &PyMemberDescr_Type) {
            PyMemberDef *m = ((PyMemberDescrObject *)d)->d_member;
            if (m->type == T_OBJECT_EX && !(store && (m->flags & READONLY)))
                offset = m->offset;
        } else if (d != NULL && Py_TYPE(d) == &PyGetSetDescr_Type) {
            getset = ((PyGetSetDescrObject *)d)->d_getset;
            if (store ? getset->set != NULL : getset->get != NULL)
                offset = HX_GETSET;
        } else if (call && d != NULL && Py_TYPE(d) == &PyMethodDescr_Type
                   && tp->tp_dictoffset == 0) {
            offset = HX_METHOD;
            method = d;
        }
    done:
        if (!(tp->tp_flags & Py_TPFLAGS_VALID_VERSION_TAG) || tp->tp_version_tag == 0)
            return;                        /* no tag to key on: stay uncached */
        c->e[1] = c->e[0];
        c->e[0].type = tp;
        c->e[0].tag = tp->tp_version_tag;
        c->e[0].offset = offset;
        c->e[0].getset = getset;
        c->e[0].method = method;
    }

    static inline hx_attr_site *hx_attr_find(PyObject *obj, hx_attr_cache *c) {
        PyTypeObject *tp = Py_TYPE(obj);
        if (c->e[0].type == tp && c->e[0].tag == tp->tp_version_tag)
            return &c->e[0];
        if (c->e[1].type == tp && c->e[1].tag == tp->tp_version_tag)
            return &c->e[1];
        return NULL;
    }

    static inline PyObject *hx_getattr(PyObject *obj, PyObject *name, hx_attr_cache *c) {
        hx_attr_site *s = hx_attr_find(obj, c);
        if (s == NULL)
            hx_attr_fill(obj, name, c, 0, 0);
        else if (s->offset >= 0) {
            PyObject *v = *(PyObject **)((char *)obj + s->offset);
            if (v != NULL) {
                Py_INCREF(v);
                return v;
            }                              /* unset: AttributeError, or __getattr__ */
        } else if (s->offset == HX_GETSET)
            return s->getset->get(obj, s->getset->closure);
        return PyObject_GetAttr(obj, name);
    }

    static inline int hx_setattr(PyObject *obj, PyObject *name, hx_attr_cache *c, PyObject *v) {
        hx_attr_site *s = hx_attr_find(obj, c);
        if (s == NULL)
            hx_attr_fill(obj, name, c, 1, 0);
        else if (s->offset >= 0) {
            PyObject **slot = (PyObject **)((char *)obj + s->offset);
            PyObject *old = *slot;
            Py_INCREF(v);
            *slot = v;
            Py_XDECREF(old);
            return 0;
        } else if (s->offset == HX_GETSET)
            return s->getset->set(obj, v, s->getset->closure);
        return PyObject_SetAttr(obj, name, v);
    }

    /* x.a(args) for n = 0..3 arguments: a callable held in an instance slot
       (found through the site's cache) is called directly, a C method of x's
       type (list.insert, str.join) through its descriptor, anything else as
       a method call (CPython finds x.a without binding a method).  stack[1]
       is x, the arguments follow; stack[0] is spare, as vectorcall's
       ARGUMENTS_OFFSET lets a callee use the slot before its arguments. */
    static PyObject *hx_callattr(PyObject *name, hx_attr_cache *c, PyObject **stack,
                                 Py_ssize_t n) {
        PyObject *obj = stack[1], *f, *r;
        hx_attr_site *s = hx_attr_find(obj, c);
        if (s == NULL) {
            hx_attr_fill(obj, name, c, 0, 1);
            s = hx_attr_find(obj, c);
        }
        if (s != NULL && s->offset >= 0 && (f = *(PyObject **)((char *)obj + s->offset)) != NULL) {
            Py_INCREF(f);                  /* the call may replace the slot */
            r = PyObject_Vectorcall(f, stack + 2, n | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
            Py_DECREF(f);
            return r;
        }
        if (s != NULL && s->offset == HX_METHOD) {
            f = s->method;
            Py_INCREF(f);                  /* the call may change the type */
            r = PyObject_Vectorcall(f, stack + 1, (n + 1) | PY_VECTORCALL_ARGUMENTS_OFFSET,
                                    NULL);
            Py_DECREF(f);
            return r;
        }
        return PyObject_VectorcallMethod(name, stack + 1,
                                         (n + 1) | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
    }
    static inline PyObject *hx_callattr0(PyObject *x, PyObject *name, hx_attr_cache *c) {
        PyObject *stack[2] = {NULL, x};
        return hx_callattr(name, c, stack, 0);
    }
    static inline PyObject *hx_callattr1(PyObject *x, PyObject *name, hx_attr_cache *c,
                                         PyObject *a) {
        PyObject *stack[3] = {NULL, x, a};
        return hx_callattr(name, c, stack, 1);
    }
    static inline PyObject *hx_callattr2(PyObject *x, PyObject *name, hx_attr_cache *c,
                                         PyObject *a, PyObject *b) {
        PyObject *stack[4] = {NULL, x, a, b};
        return hx_callattr(name, c, stack, 2);
    }
    static inline PyObject *hx_callattr3(PyObject *x, PyObject *name, hx_attr_cache *c,
                                         PyObject *a, PyObject *b, PyObject *d) {
        PyObject *stack[5] = {NULL, x, a, b, d};
        return hx_callattr(name, c, stack, 3);
    }

    /* len(x) of an i-op body: the size of an exact list, tuple or str
       without the generic protocol */
    static inline Py_ssize_t hx_len(PyObject *x) {
        if (PyList_CheckExact(x))
            return PyList_GET_SIZE(x);
        if (PyTuple_CheckExact(x))
            return PyTuple_GET_SIZE(x);
        if (PyUnicode_CheckExact(x))
            return PyUnicode_GET_LENGTH(x);
        return PyObject_Size(x);
    }

    /* `a OP n` (n_left 0) or `n OP a` (n_left 1), a an object and n a C
       integer (a length: `0 <= key < len(items)`): C's comparison when a is
       an int of one digit, else Python's, in the body's order (so the same
       method runs, and a failure has the same message) */
    static inline int hx_cmp_n(PyObject *a, Py_ssize_t n, int op, int n_left) {
        long long v, x, y;
        PyObject *b;
        int r;
    #if PY_VERSION_HEX >= 0x030B0000 && PY_VERSION_HEX < 0x030C0000
        if (PyLong_CheckExact(a) && Py_SIZE(a) >= -1 && Py_SIZE(a) <= 1) {
            v = (long long)Py_SIZE(a) * (long long)((PyLongObject *)a)->ob_digit[0];
            x = n_left ? (long long)n : v;
            y = n_left ? v : (long long)n;
            switch (op) {
            case Py_LT: return x < y;
            case Py_LE: return x <= y;
            case Py_EQ: return x == y;
            case Py_NE: return x != y;
            case Py_GT: return x > y;
            default: return x >= y;
            }
        }
    #endif
        (void)v; (void)x; (void)y;
        if ((b = PyLong_FromSsize_t(n)) == NULL)
            return -1;
        r = n_left ? PyObject_RichCompareBool(b, a, op) : PyObject_RichCompareBool(a, b, op);
        Py_DECREF(b);
        return r;
    }

    /* T.__new__(T) (an i-op body making an instance without running its
       __init__): the type's tp_new slot, which for a class defining __new__
       calls that; for anything but a type, the method call */
    static inline PyObject *hx_new(PyObject *t) {
        static PyObject *no_args;
        if (PyType_Check(t) && ((PyTypeObject *)t)->tp_new != NULL) {
            if (no_args == NULL && (no_args = PyTuple_New(0)) == NULL)
                return NULL;
            return ((PyTypeObject *)t)->tp_new((PyTypeObject *)t, no_args, NULL);
        }
        return PyObject_CallMethod(t, "__new__", "O", t);
    }

    /* The item i >= 0 of an exact tuple or list, as a new reference, or NULL
       (no error set) when c is neither or i is out of range. */
    static inline PyObject *hx_seq_item(PyObject *c, Py_ssize_t i) {
        PyObject *v;
        if (PyTuple_CheckExact(c) && i < PyTuple_GET_SIZE(c))
            v = PyTuple_GET_ITEM(c, i);
        else if (PyList_CheckExact(c) && i < PyList_GET_SIZE(c))
            v = PyList_GET_ITEM(c, i);
        else
            return NULL;
        Py_INCREF(v);
        return v;
    }

    /* c[i] for a constant index i >= 0 (an i-op body's `plain[1]`): the item
       of an exact tuple or list in range, else the subscript protocol */
    static inline PyObject *hx_item(PyObject *c, Py_ssize_t i) {
        PyObject *v = hx_seq_item(c, i), *k;
        if (v != NULL)
            return v;
        k = PyLong_FromSsize_t(i);
        if (k == NULL)
            return NULL;
        v = PyObject_GetItem(c, k);
        Py_DECREF(k);
        return v;
    }

    /* c[k] and c[k] = v for an exact list (or tuple, reading) and an int key
       of one digit within range: the item without the subscript protocol;
       anything else (negative or big keys, other types) through it */
    #if PY_VERSION_HEX >= 0x030B0000 && PY_VERSION_HEX < 0x030C0000
    #define HX_INDEX_OF(k) (PyLong_CheckExact(k) && Py_SIZE(k) == 1 \
                            ? (Py_ssize_t)((PyLongObject *)(k))->ob_digit[0] \
                            : (PyLong_CheckExact(k) && Py_SIZE(k) == 0 ? 0 : -1))
    #else
    #define HX_INDEX_OF(k) ((Py_ssize_t)-1)
    #endif
    static inline PyObject *hx_subscr(PyObject *c, PyObject *k) {
        Py_ssize_t i = HX_INDEX_OF(k);
        PyObject *v = i >= 0 ? hx_seq_item(c, i) : NULL;
        return v != NULL ? v : PyObject_GetItem(c, k);
    }

    static inline int hx_setitem(PyObject *c, PyObject *k, PyObject *v) {
        Py_ssize_t i = HX_INDEX_OF(k);
        if (i >= 0 && PyList_CheckExact(c) && i < PyList_GET_SIZE(c)) {
            PyObject *old = PyList_GET_ITEM(c, i);
            Py_INCREF(v);
            PyList_SET_ITEM(c, i, v);
            Py_DECREF(old);
            return 0;
        }
        return PyObject_SetItem(c, k, v);
    }

    /* m.get(k, default) for an exact dict without looking the method up and
       calling it (an i-op body's `props.get(name, MISSING)`); anything else
       calls its own `get` */
    static inline PyObject *hx_get(PyObject *m, PyObject *k, PyObject *dflt) {
        static PyObject *get_name;
        PyObject *v;
        if (PyDict_CheckExact(m)) {
            v = PyDict_GetItemWithError(m, k);
            if (v == NULL) {
                if (PyErr_Occurred())
                    return NULL;
                v = dflt;
            }
            Py_INCREF(v);
            return v;
        }
        if (get_name == NULL && (get_name = PyUnicode_InternFromString("get")) == NULL)
            return NULL;
        return PyObject_CallMethodObjArgs(m, get_name, k, dflt, NULL);
    }
    #endif
    """
    ctypedef struct hx_attr_site:
        void *type
        unsigned int tag
        Py_ssize_t offset
        void *getset
        void *method
    ctypedef struct hx_attr_cache:
        hx_attr_site e[2]
    object hx_getattr(object obj, object name, hx_attr_cache *c)
    int hx_setattr(object obj, object name, hx_attr_cache *c, object v) except -1
    object hx_item(object c, Py_ssize_t i)
    object hx_callattr0(object x, object name, hx_attr_cache *c)
    object hx_callattr1(object x, object name, hx_attr_cache *c, object a)
    object hx_callattr2(object x, object name, hx_attr_cache *c, object a, object b)
    object hx_callattr3(object x, object name, hx_attr_cache *c, object a, object b, object d)
    object hx_get(object m, object k, object dflt)
    object hx_new(object t)
    Py_ssize_t hx_len(object x) except -1
    bint hx_cmp_n(object a, Py_ssize_t n, int op, int n_left) except -1
    object hx_subscr(object c, object k)
    int hx_setitem(object c, object k, object v) except -1
