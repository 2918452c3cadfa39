"""The threaded-code generator's C output (the Cython backend's `threaded`).

Per guest code object, one C function: a straight sequence of calls into the
compiled i-ops (exported by the guest's code-table module), the operand and
every stack slot written in as constants, jumps as `goto`, a conditional
branch as a test of the i-op's decision, exception handlers as labels.  One
C module holds the threaded code of a whole guest source module.

The operand stack is a C array of object pointers, `PyObject *st[N]`, N the
verifier's maximum depth.  Reference counts follow the declared stack
effects: the slots below the instruction's depth own their values and those
above are NULL.  An i-op borrows its inputs; after it returns, the inputs it
consumed are released (a call's arguments, a finished loop's iterator die at
once, as in CPython) and its outputs stored.  On an exception the slots down
to the handler's depth are released; on leaving, all of them.

`unchecked` stores are plain; `checked` stores test the slot against N and
the value's type against the guest's value types (an exact-type set first),
as the python backend's checked store does.  With constant slots the C
compiler folds the bound test away: what remains is the type test.

Generator code objects are not generated here (a C function cannot suspend);
they run in the direct engine's compiled handlers, and `hostvm dis
--threaded` says so.
"""
from __future__ import annotations

import ast

from hostvm.iop import BRANCH, JUMP, PLAIN, RAISE, RETURN
from hostvm.tcg import basic_blocks

#: names bound from Python when the module loads (see hostvm_ext.engines)
BOUND = ("TAKEN", "VALUE_EXACT", "VALUE_TYPE", "ADMIT", "StackCheckError",
         "stack_bound_error", "stack_type_error", "record_guest_frame", "FrameType",
         "FAST_TYPE_LIST")

PRELUDE = r"""
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stddef.h>

static PyObject *TAKEN, *VALUE_EXACT, *VALUE_TYPE, *ADMIT, *StackCheckError,
    *stack_bound_error, *stack_type_error, *record_guest_frame, *FrameType, *FAST_TYPE_LIST;

/* the checked store's type test: an exact type the guest declared or
   admitted (a set lookup), else isinstance over its value types, else ask
   the guest (hostvm.table.CodeTable.admit_value) */
static PyTypeObject *FAST_TYPES[8];

static inline int hx_check(PyObject *v) {
    /* the guest's most common declared types, by pointer, before the set */
    PyTypeObject *t = Py_TYPE(v);
    for (int k = 0; k < 8 && FAST_TYPES[k] != NULL; k++)
        if (t == FAST_TYPES[k])
            return 0;
    int r = PySet_Contains(VALUE_EXACT, (PyObject *)t);
    if (r != 0)
        return r > 0 ? 0 : -1;
    r = PyObject_IsInstance(v, VALUE_TYPE);
    if (r == 0) {
        PyObject *ok = PyObject_CallOneArg(ADMIT, v);
        if (ok == NULL)
            return -1;
        r = PyObject_IsTrue(ok);
        Py_DECREF(ok);
    }
    if (r > 0)
        return 0;
    if (r == 0) {
        PyObject *e = PyObject_CallOneArg(stack_type_error, v);
        if (e != NULL) {
            PyErr_SetObject((PyObject *)Py_TYPE(e), e);
            Py_DECREF(e);
        }
    }
    return -1;
}

static int hx_bound_error(Py_ssize_t index, Py_ssize_t cap) {
    PyObject *e = PyObject_CallFunction(stack_bound_error, "nn", index, cap);
    if (e != NULL) {
        PyErr_SetObject((PyObject *)Py_TYPE(e), e);
        Py_DECREF(e);
    }
    return -1;
}

/* an i-op returning several outputs returns a tuple of exactly that many */
static int hx_parts(PyObject *r, Py_ssize_t n, PyObject **parts, const char *iop) {
    if (!PyTuple_CheckExact(r) || PyTuple_GET_SIZE(r) != n) {
        PyErr_Format(PyExc_SystemError, "i-op %s must return a tuple of %zd outputs", iop, n);
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        parts[i] = PyTuple_GET_ITEM(r, i);
    return 0;
}

/* a counted output: a sequence of exactly n values, stored from dst (new refs) */
static int hx_spread(PyObject *seq, Py_ssize_t n, PyObject **dst, const char *iop) {
    PyObject *fast = PySequence_Fast(seq, "a counted output must be a sequence");
    if (fast == NULL)
        return -1;
    if (PySequence_Fast_GET_SIZE(fast) != n) {
        PyErr_Format(PyExc_SystemError, "i-op %s returned %zd values for a counted output "
                     "of %zd", iop, PySequence_Fast_GET_SIZE(fast), n);
        Py_DECREF(fast);
        return -1;
    }
    PyObject **items = PySequence_Fast_ITEMS(fast);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_INCREF(items[i]);
        dst[i] = items[i];
    }
    Py_DECREF(fast);
    return 0;
}

/* a counted input: a list taking over the slots' references.  It has room
   for a few more items: a call's arguments usually become the callee's
   locals, extended by its other local variables, and growing the list in
   place spares a reallocation per call.  A list nothing else kept when its
   i-op returned (a call's arguments, after the callee's frame let go of
   them) is given back by hx_give, empty, and taken again by the next
   hx_take: a call then allocates no list, and the collector, which counts
   allocations, runs less often. */
#define HX_TAKE_SPARE 4
#define HX_KEPT_LISTS 16
#define HX_KEPT_MAX 64              /* item arrays larger than this are freed */
static PyObject *hx_kept[HX_KEPT_LISTS];
static int hx_nkept;

static PyObject *hx_take(PyObject **src, Py_ssize_t n) {
    PyObject *l;
    Py_ssize_t need = n + HX_TAKE_SPARE;
    if (hx_nkept > 0) {
        l = hx_kept[--hx_nkept];
        PyListObject *o = (PyListObject *)l;
        if (o->allocated < need) {  /* (a list shrinks when items are deleted) */
            PyObject **items = PyMem_Realloc(o->ob_item, need * sizeof(PyObject *));
            if (items == NULL) {
                Py_DECREF(l);
                PyErr_NoMemory();
                return NULL;
            }
            o->ob_item = items;
            o->allocated = need;
        }
    } else if ((l = PyList_New(need)) == NULL)
        return NULL;
    Py_SET_SIZE(l, n);          /* the spare items are not counted (nor read) */
    for (Py_ssize_t i = 0; i < n; i++) {
        PyList_SET_ITEM(l, i, src[i]);
        src[i] = NULL;
    }
    return l;
}

static void hx_give(PyObject *l) {
    PyListObject *o = (PyListObject *)l;
    if (Py_REFCNT(l) != 1 || !PyList_CheckExact(l) || hx_nkept == HX_KEPT_LISTS
            || o->allocated > HX_KEPT_MAX) {
        Py_DECREF(l);
        return;
    }
    /* ours alone: empty it (an item's finalizer may run, and may take lists,
       but cannot reach this one) and keep it */
    Py_ssize_t n = Py_SIZE(l);
    Py_SET_SIZE(l, 0);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *v = o->ob_item[i];
        o->ob_item[i] = NULL;
        Py_XDECREF(v);
    }
    if (hx_nkept < HX_KEPT_LISTS)
        hx_kept[hx_nkept++] = l;
    else
        Py_DECREF(l);
}

/* the frame joins the exception's guest traceback */
static void hx_record(PyObject *exc, PyObject *f, Py_ssize_t offset) {
    PyObject *r = PyObject_CallFunction(record_guest_frame, "OOn", exc, f, offset);
    if (r == NULL)
        PyErr_Clear();
    Py_XDECREF(r);
}

/* the compiled frame's fields (hostvm_ext/runtime.pxd); the layout is
   checked against the runtime's when the module is bound */
typedef struct { PyObject_HEAD PyObject *code, *locals, *cells, *consts, *names, *globals, *vm; }
    HxFrame;
#define HXF(f) ((HxFrame *)(f))

/* exact ints of at most one digit: their value in C, the sum, difference or
   product of two of them in a long long (CPython 3.11's int layout) */
#if PY_VERSION_HEX >= 0x030B0000 && PY_VERSION_HEX < 0x030C0000
#define HX_SMALL1(x) (PyLong_CheckExact(x) && Py_SIZE(x) >= -1 && Py_SIZE(x) <= 1)
#define HX_SMALL(x) ((long long)Py_SIZE(x) * (long long)((PyLongObject *)(x))->ob_digit[0])
#else
#define HX_SMALL1(x) 0
#define HX_SMALL(x) 0LL
#endif
#define HX_SMALL2(x, y) (HX_SMALL1(x) && HX_SMALL1(y))

/* container[key] for an exact list or tuple and a small int key in range:
   the index (negative keys count from the end, as in Python), else -1 */
static inline Py_ssize_t HX_INDEX(PyObject *c, PyObject *k) {
    Py_ssize_t n;
    if (PyList_CheckExact(c)) n = PyList_GET_SIZE(c);
    else if (PyTuple_CheckExact(c)) n = PyTuple_GET_SIZE(c);
    else return -1;
    if (!HX_SMALL1(k)) return -1;
    long long i = HX_SMALL(k);
    if (i < 0) i += n;
    return (0 <= i && i < n) ? (Py_ssize_t)i : -1;
}

/* d[k] is dict's own subscript: d is a dict whose class does not override
   __getitem__.  A subclass's slot is the generic one even then (dict's
   __getitem__ is a method descriptor, not a slot wrapper), so the answer is
   found by lookup and kept for the last class, keyed by its version tag. */
static PyTypeObject *hx_dict_class;
static unsigned int hx_dict_class_tag;

static int hx_plain_dict_class(PyTypeObject *tp) {
    static PyObject *getitem, *dicts;
    if (getitem == NULL) {
        getitem = PyUnicode_InternFromString("__getitem__");
        if (getitem == NULL) { PyErr_Clear(); return 0; }
        dicts = _PyType_Lookup(&PyDict_Type, getitem);
    }
    if (dicts == NULL || _PyType_Lookup(tp, getitem) != dicts
            || !(tp->tp_flags & Py_TPFLAGS_VALID_VERSION_TAG))
        return 0;
    hx_dict_class = tp;
    hx_dict_class_tag = tp->tp_version_tag;
    return 1;
}

static inline int hx_plain_dict(PyObject *d) {
    PyTypeObject *tp = Py_TYPE(d);
    if (tp == &PyDict_Type)
        return 1;
    if (!PyDict_Check(d))
        return 0;
    if (tp == hx_dict_class && tp->tp_version_tag == hx_dict_class_tag && hx_dict_class_tag)
        return 1;
    return hx_plain_dict_class(tp);
}

/* d[name] for a plain dict (borrowed, NULL on a miss), through a small cache
   of recent hits keyed by the dict, its version tag and the name: the tag
   changes whenever the dict does, so a hit is the dict's current value.
   Global reads, which repeat the same few names, mostly hit. */
#if PY_VERSION_HEX >= 0x030B0000 && PY_VERSION_HEX < 0x030C0000
#define HX_DICT_CACHE 256
static struct { PyObject *dict, *name, *value; uint64_t tag; } hx_dict_cache[HX_DICT_CACHE];

static inline PyObject *hx_dict_get(PyObject *d, PyObject *name) {
    size_t i = ((size_t)name >> 4) % HX_DICT_CACHE;
    uint64_t tag = ((PyDictObject *)d)->ma_version_tag;
    if (hx_dict_cache[i].dict == d && hx_dict_cache[i].name == name
            && hx_dict_cache[i].tag == tag)
        return hx_dict_cache[i].value;
    PyObject *v = PyDict_GetItemWithError(d, name);
    if (v != NULL) {
        hx_dict_cache[i].dict = d;
        hx_dict_cache[i].name = name;
        hx_dict_cache[i].value = v;
        hx_dict_cache[i].tag = tag;
    }
    return v;
}
#else
#define hx_dict_get PyDict_GetItemWithError
#endif

static int hx_check_frame(PyObject *f) {
    if (Py_TYPE(f) != (PyTypeObject *)FrameType) {
        PyErr_SetString(PyExc_TypeError, "threaded code runs a hostvm_ext frame");
        return -1;
    }
    return 0;
}
"""


class CFunction:
    """The C threaded code of one code object."""

    def __init__(self, table, stack, code, index, helpers):
        self.table, self.stack, self.code, self.k = table, stack, code, index
        self.helpers = helpers
        self.cap = max(code.max_depth, 1)
        self.out = []

    def emit(self, line, ind=1):
        self.out.append("    " * ind + line)

    # -- slots ----------------------------------------------------------------
    def store(self, slot: int, value: str, off: int):
        """Store a new reference into a slot that is NULL."""
        if self.stack.checked:
            self.emit(f"if (!(0 <= {slot} && {slot} < {self.cap})) "
                      f"{{ Py_DECREF({value}); hx_bound_error({slot}, {self.cap}); "
                      f"off = {off}; goto error; }}")
            self.emit(f"if (hx_check({value}) < 0) {{ Py_DECREF({value}); off = {off}; "
                      f"goto error; }}")
        self.emit(f"st[{slot}] = {value};")

    def release(self, lo: int, hi: int):
        for i in range(lo, hi):
            self.emit(f"Py_CLEAR(st[{i}]);")

    # -- one instruction --------------------------------------------------------
    def instruction(self, off):
        op, arg = self.code.instructions[off]
        iop = self.table[op]
        depth = self.code.depths[off]
        c = iop.control
        self.emit(f"/* {off}: {iop.opname} {arg} (depth {depth}) */", 0)
        if c is JUMP:
            self.goto(arg)
            return
        n_in = iop.n_inputs(arg)
        base = depth - n_in
        args = []
        if iop.call is iop.func:
            args.append("f")
        if iop.operand_param:
            args.append(str(arg))
        pos = base
        lists = []
        for s in iop.effect.inputs:
            if s.count is None:
                args.append(f"st[{pos}]")
                pos += 1
            else:
                n = iop.count(s.count, arg)
                var = f"l{off}_{len(lists)}"
                self.emit(f"PyObject *{var} = hx_take(&st[{pos}], {n});")
                self.emit(f"if ({var} == NULL) {{ off = {off}; goto error; }}")
                lists.append(var)
                args.append(var)
                pos += n
        call = f"iop_{iop.name}({', '.join(args)})"
        free_lists = "".join(f" hx_give({v});" for v in lists)
        decision = c is BRANCH and not iop.returns_new_values_on_fallthrough
        fast = fast_path(iop, arg, lambda i: f"st[{base + i}]", off) if not lists else None
        if fast is not None and fast.kind == "store":
            # the body stores its input into the frame: the slot's reference
            # moves there (the edge then finds the slot empty)
            self.emit(fast.test + " {")
            self.emit(fast.code, 2)
            self.emit("} else {")
            self.emit(f"r = {call};", 2)
            self.emit(f"if (r == NULL) {{ off = {off}; goto error; }}", 2)
            self.emit("Py_DECREF(r);", 2)
            self.emit("}")
            self.edge(iop, arg, base, None, off, branch=False)
            return
        if fast is not None and fast.kind == "permute":
            for i, src in enumerate(fast.sources):
                self.emit(f"parts[{i}] = {src}; Py_INCREF(parts[{i}]);")
            self.edge(iop, arg, base, "parts", off, branch=False)
            return
        if fast is not None:            # the shape's work, in a helper shared per module
            call = self.helper(iop, [a for a in args if a.startswith("st[")], arg)
        if decision:
            self.emit(f"c = {call};{free_lists}")
            self.emit(f"if (c < 0) {{ off = {off}; goto error; }}")
            self.emit("if (c) {")
            self.edge(iop, arg, base, None, off, branch=True, ind=2)
            self.goto(arg, 2)
            self.emit("}")
            self.edge(iop, arg, base, None, off, branch=False)
            return
        self.emit(f"r = {call};{free_lists}")
        self.emit(f"if (r == NULL) {{ off = {off}; goto error; }}")
        if c is RAISE:
            self.emit("Py_DECREF(r);")
            self.emit(f'PyErr_SetString(PyExc_SystemError, "i-op {iop.name} (RAISE) returned");')
            self.emit(f"off = {off}; goto error;")
            return
        if c is RETURN:
            self.release(0, depth)
            self.emit("return r;")
            return
        if c is BRANCH:               # FOR_ITER: a value to fall through, or TAKEN
            self.emit("if (r == TAKEN) {")
            self.emit("Py_DECREF(r);", 2)
            self.edge(iop, arg, base, None, off, branch=True, ind=2)
            self.goto(arg, 2)
            self.emit("}")
        self.edge(iop, arg, base, "r", off, branch=False)

    def helper(self, iop, inputs, arg) -> str:
        """A call of the module's fast-path helper of `iop` (written once per
        module: the shape's test and work, else a call of the i-op), so that
        each instruction is one call, as in the paper's threaded code."""
        name = f"fp_{iop.name}"
        fast = None
        if name not in self.helpers:
            fast = fast_path(iop, "arg", lambda i: f"in{i}", 0)
            if fast is None:                # the shape depends on the operand's value
                name = f"fp_{iop.name}_{arg}"
        if name not in self.helpers:
            n = len(iop.params)
            fast = fast or fast_path(iop, arg, lambda i: f"in{i}", 0)
            decision = iop.control is BRANCH and not iop.returns_new_values_on_fallthrough
            args = (["f"] if iop.call is iop.func else []) + \
                (["arg"] if iop.operand_param else []) + [f"in{i}" for i in range(n)]
            params = ", ".join(["PyObject *f", "Py_ssize_t arg"]
                               + [f"PyObject *in{i}" for i in range(n)])
            var, ret = ("c", "int") if decision else ("r", "PyObject *")
            self.helpers[name] = "\n".join([
                f"static {ret}{'' if ret.endswith('*') else ' '}{name}({params}) {{",
                f"    {ret} {var};",
                f"    {fast.test} {{",
                f"        {fast.code}",
                "    } else {",
                f"        {var} = iop_{iop.name}({', '.join(args)});",
                "    }",
                f"    return {var};",
                "}"])
        return f"{name}(f, {arg}, {', '.join(inputs)})" if inputs else f"{name}(f, {arg})"

    def edge(self, iop, arg, base, value, off, branch, ind=1):
        """After the i-op: release consumed inputs, store new outputs."""
        eff = iop.branch_effect if branch else iop.effect
        n_in = iop.n_inputs(arg)
        kept = eff.kept
        saved = self.out
        self.out = []
        self.release(base + kept, base + n_in)
        new = eff.new_outputs
        if new and value is not None:
            at = base + kept
            if value == "parts":              # new references, one per new output
                for i in range(len(new)):
                    self.store(at + i, f"parts[{i}]", off)
            elif len(new) == 1 and new[0].count is None:
                self.store(at, value, off)
            else:
                if len(new) == 1:
                    parts = [value]
                else:
                    self.emit(f"if (hx_parts({value}, {len(new)}, parts, \"{iop.name}\") < 0) "
                              f"{{ Py_DECREF({value}); off = {off}; goto error; }}")
                    parts = [f"parts[{i}]" for i in range(len(new))]
                for s, p in zip(new, parts):
                    if s.count is None:
                        self.emit(f"Py_INCREF({p});")
                        self.store(at, p, off)
                        at += 1
                    else:
                        n = iop.count(s.count, arg)
                        self.emit(f"if (hx_spread({p}, {n}, &st[{at}], \"{iop.name}\") < 0) "
                                  f"{{ Py_DECREF({value}); off = {off}; goto error; }}")
                        if self.stack.checked:
                            for i in range(n):
                                self.emit(f"if (hx_check(st[{at + i}]) < 0) {{ Py_DECREF({value});"
                                          f" off = {off}; goto error; }}")
                        at += n
                self.emit(f"Py_DECREF({value});")
        lines, self.out = self.out, saved
        for l in lines:
            self.emit(l.strip(), ind)

    def goto(self, target, ind=1):
        self.emit(f"goto L{target};", ind)

    # -- the function -------------------------------------------------------------
    def generate(self) -> str:
        code = self.code
        blocks = basic_blocks(code, self.table)
        starts = {b.start for b in blocks}
        for off, d in enumerate(code.depths):
            if d is None:
                continue
            if off in starts:
                self.emit(f"L{off}: ;", 0)
            self.instruction(off)
            op, _ = code.instructions[off]
            if self.table[op].falls_through and off + 1 < len(code.instructions) \
                    and code.depths[off + 1] is None:
                self.emit('PyErr_SetString(PyExc_SystemError, "control fell into unreachable '
                          'code"); off = 0; goto error;')
        body = self.out
        head = [f"/* threaded code of {code.name} ({code.filename}:{code.firstlineno}), "
                f"{self.stack.name} stack */",
                f"static PyObject *threaded_{self.k}(PyObject *self_, PyObject *f) {{",
                f"    PyObject *st[{self.cap}] = {{0}};",
                "    PyObject *r, *parts[8];",
                "    Py_ssize_t off = 0;",
                "    int c;",
                "    (void)r; (void)parts; (void)c;",
                "    if (hx_check_frame(f) < 0) return NULL;"]
        tail = ["error: ;",
                "    PyObject *et, *ev, *etb;",
                "    PyErr_Fetch(&et, &ev, &etb);",
                "    PyErr_NormalizeException(&et, &ev, &etb);",
                "    if (etb != NULL) PyException_SetTraceback(ev, etb);",
                "    hx_record(ev, f, off);"]
        if code.handlers:
            tail += ["    Py_ssize_t target = -1, hdepth = 0;",
                     "    switch (off) {"]
            by = {}
            for off, h in enumerate(code.handler_at or ()):
                if h is not None and code.depths[off] is not None \
                        and code.depths[h.target] is not None:
                    by.setdefault((h.target, h.depth), []).append(off)
            targets = sorted({t for t, _ in by})
            for (t, d), offs in sorted(by.items()):
                tail.append("    " + " ".join(f"case {o}:" for o in offs)
                            + f" target = {t}; hdepth = {d}; break;")
            tail += ["    }",
                     "    if (target >= 0 && !PyErr_GivenExceptionMatches(et, StackCheckError)) {",
                     "        Py_XDECREF(et); Py_XDECREF(etb);",
                     f"        for (Py_ssize_t i = hdepth; i < {self.cap}; i++) Py_CLEAR(st[i]);"]
            if self.stack.checked:
                tail += [f"        if (hdepth >= {self.cap}) {{ hx_bound_error(hdepth, {self.cap});"
                         " Py_DECREF(ev); off = 0; goto leave; }"]
            if self.stack.checked:
                tail += ["        if (hx_check(ev) < 0) { Py_DECREF(ev); off = 0; goto leave; }"]
            tail += ["        st[hdepth] = ev;",
                     "        switch (target) {"]
            tail += [f"        case {t}: goto L{t};" for t in targets]
            tail += ["        }",
                     "    }"]
        tail += ["    PyErr_Restore(et, ev, etb);",
                 "leave: ;",
                 f"    for (Py_ssize_t i = 0; i < {self.cap}; i++) Py_XDECREF(st[i]);",
                 "    return NULL;",
                 "}"]
        return "\n".join(head + body + tail) + "\n"


# -- fast paths: what an i-op's body does, recognised from its shape --------------
#
# A handful of body shapes are common to every stack-machine guest: read a
# frame table at the operand, store an input into one, return inputs in
# another order, an arithmetic or comparison operator on two inputs, a
# subscript, a truth test.  For those the generated C does the work inline for
# the host types whose semantics C reproduces exactly (exact floats, small
# exact ints, lists, tuples, bools) and calls the compiled i-op for anything
# else.  The body stays the one definition: nothing here is declared per
# guest, and a body of any other shape is simply called.

class FastPath:
    def __init__(self, kind, test="", code="", sources=()):
        self.kind, self.test, self.code, self.sources = kind, test, code, sources


#: the frame fields generated C reads directly (hostvm_ext/runtime.pxd order)
FRAME_FIELDS = ("code", "locals", "cells", "consts", "names", "globals", "vm")

_BINOPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*"}
#: exact on small ints only (floats do not have them)
_INT_ONLY = {ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^"}
_FLOAT_ONLY = {ast.Div: "/"}
_COMPARES = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==",
             ast.NotEq: "!="}


def _host_operator(node, iop, arg):
    """A call target the generator can resolve now to one of `operator`'s
    arithmetic functions (`operator.iadd`, or a module table indexed by the
    operand, `OPS[which]`): its C operator, or None.  For exact floats and
    ints the in-place forms are the plain ones (the types are immutable)."""
    import operator
    table = {operator.add: "+", operator.iadd: "+", operator.sub: "-", operator.isub: "-",
             operator.mul: "*", operator.imul: "*", operator.truediv: "/",
             operator.itruediv: "/"}
    g = iop.module_globals
    target = None
    try:
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and g.get(node.value.id) is operator:
            target = getattr(operator, node.attr, None)
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) \
                and isinstance(node.slice, ast.Name) and node.slice.id == iop.operand_param \
                and isinstance(g.get(node.value.id), (tuple, list, dict)):
            target = g[node.value.id][arg]
    except (LookupError, TypeError):
        return None
    try:
        return table.get(target)
    except TypeError:                    # an unhashable table entry
        return None


def _global_by_name(node, iop):
    """`self.globals[self.names[<operand>]]`: a global read, whose hit is a
    plain dict lookup when the namespace's type keeps dict's subscript."""
    return (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute)
            and isinstance(node.value.value, ast.Name) and node.value.value.id == "self"
            and node.value.attr == "globals" and isinstance(node.slice, ast.Subscript)
            and isinstance(node.slice.value, ast.Attribute)
            and isinstance(node.slice.value.value, ast.Name)
            and node.slice.value.value.id == "self" and node.slice.value.attr == "names"
            and isinstance(node.slice.slice, ast.Name)
            and node.slice.slice.id == iop.operand_param)


def _next_or_taken(expr, iop, slot):
    """`next(<input>, TAKEN)` (FOR_ITER): the iterator's own tp_iternext."""
    from hostvm.iop import TAKEN
    g = iop.module_globals
    if not (isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name)
            and expr.func.id == "next" and "next" not in g and len(expr.args) == 2
            and not expr.keywords and isinstance(expr.args[1], ast.Name)
            and g.get(expr.args[1].id) is TAKEN):
        return None
    i = _param(expr.args[0], iop)
    if i is None:
        return None
    it = slot(i)
    return FastPath("value", f"if (Py_TYPE({it})->tp_iternext != NULL)",
                    f"r = Py_TYPE({it})->tp_iternext({it}); "
                    "if (r == NULL && (!PyErr_Occurred() || (PyErr_ExceptionMatches("
                    "PyExc_StopIteration) && (PyErr_Clear(), 1)))) { r = TAKEN; Py_INCREF(r); }")


def _param(node, iop):
    """The index of the input a Name node reads, or None."""
    if isinstance(node, ast.Name) and node.id in iop.params:
        return iop.params.index(node.id)
    return None


def _frame_table(node, iop):
    """`self.<field>[<operand>]`: the field, or None."""
    if (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute)
            and isinstance(node.value.value, ast.Name) and node.value.value.id == "self"
            and node.value.attr in ("locals", "consts") and isinstance(node.slice, ast.Name)
            and node.slice.id == iop.operand_param):
        return node.value.attr
    return None


def fast_path(iop, arg, slot, tag=0):
    """The C doing this i-op's work for the host types C handles exactly,
    with `slot(i)` the expression of input i and `arg` the operand's; None
    if the body has no shape we know."""
    if not iop.effect.is_fixed:
        return None
    expr, stmt = iop.inline_expr, iop.inline_stmt
    decision = iop.control is BRANCH and not iop.returns_new_values_on_fallthrough
    if decision and expr is not None:
        neg = isinstance(expr, ast.UnaryOp) and isinstance(expr.op, ast.Not)
        i = _param(expr.operand if neg else expr, iop)
        if i is None:
            return None
        v = slot(i)
        t, f_ = ("0", "1") if neg else ("1", "0")
        return FastPath("decide", f"if ({v} == Py_True || {v} == Py_False)",
                        f"c = {v} == Py_True ? {t} : {f_};")
    if iop.control is BRANCH and expr is not None:
        return _next_or_taken(expr, iop, slot)
    if iop.control not in (PLAIN,) or len(iop.effect.new_outputs) > 1 and expr is None:
        return None
    if stmt is not None and isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
            and not iop.effect.new_outputs:
        field = _frame_table(stmt.targets[0], iop)
        i = _param(stmt.value, iop)
        if field == "locals" and i is not None:
            return FastPath("store",
                            f"if (PyList_CheckExact(HXF(f)->locals) && "
                            f"{arg} < PyList_GET_SIZE(HXF(f)->locals))",
                            f"{{ PyObject *old = PyList_GET_ITEM(HXF(f)->locals, {arg}); "
                            f"PyList_SET_ITEM(HXF(f)->locals, {arg}, {slot(i)}); {slot(i)} = NULL; "
                            f"Py_DECREF(old); }}")
        return None
    if expr is None:
        return None
    new = iop.effect.new_outputs
    if isinstance(expr, (ast.Name, ast.Tuple)) and not (len(new) == 1 and new[0].count):
        names = expr.elts if isinstance(expr, ast.Tuple) else [expr]
        idx = [_param(n, iop) for n in names]
        if None not in idx and len(idx) == len(new):
            return FastPath("permute", sources=[slot(i) for i in idx])
        return None
    if len(new) != 1:
        return None
    if _global_by_name(expr, iop):
        g = "HXF(f)->globals"
        return FastPath("value",
                        f"if (hx_plain_dict({g}) && PyTuple_CheckExact(HXF(f)->names)"
                        f" && {arg} < PyTuple_GET_SIZE(HXF(f)->names)"
                        f" && (r = hx_dict_get({g}, PyTuple_GET_ITEM(HXF(f)->names, {arg})))"
                        f" != NULL)",
                        "Py_INCREF(r);")
    field = _frame_table(expr, iop)
    if field == "locals":
        return FastPath("value", f"if (PyList_CheckExact(HXF(f)->locals) && "
                                 f"{arg} < PyList_GET_SIZE(HXF(f)->locals))",
                        f"r = PyList_GET_ITEM(HXF(f)->locals, {arg}); Py_INCREF(r);")
    if field == "consts":
        return FastPath("value", f"if (PyTuple_CheckExact(HXF(f)->consts) && "
                                 f"{arg} < PyTuple_GET_SIZE(HXF(f)->consts))",
                        f"r = PyTuple_GET_ITEM(HXF(f)->consts, {arg}); Py_INCREF(r);")
    op = None
    if isinstance(expr, ast.BinOp) and type(expr.op) in _INT_ONLY:
        a, b = _param(expr.left, iop), _param(expr.right, iop)
        if a is None or b is None:
            return None
        x, y = slot(a), slot(b)
        return FastPath("value", f"if (HX_SMALL2({x}, {y}))",
                        f"r = PyLong_FromLongLong(HX_SMALL({x}) {_INT_ONLY[type(expr.op)]} "
                        f"HX_SMALL({y}));")
    if isinstance(expr, ast.BinOp) and type(expr.op) in {**_BINOPS, **_FLOAT_ONLY}:
        op = {**_BINOPS, **_FLOAT_ONLY}[type(expr.op)]
        a, b = _param(expr.left, iop), _param(expr.right, iop)
    elif isinstance(expr, ast.Call) and len(expr.args) == 2 and not expr.keywords:
        op = _host_operator(expr.func, iop, arg)
        a, b = _param(expr.args[0], iop), _param(expr.args[1], iop)
    if op is not None:
        if a is None or b is None:
            return None
        x, y = slot(a), slot(b)
        test = f"if (PyFloat_CheckExact({x}) && PyFloat_CheckExact({y})" + \
            (f" && PyFloat_AS_DOUBLE({y}) != 0.0)" if op == "/" else ")")
        code = f"r = PyFloat_FromDouble(PyFloat_AS_DOUBLE({x}) {op} PyFloat_AS_DOUBLE({y}));"
        if op in ("+", "-", "*"):
            test = (f"if (HX_SMALL2({x}, {y})) {{ r = PyLong_FromLongLong("
                    f"HX_SMALL({x}) {op} HX_SMALL({y})); }} else " + test)
        return FastPath("value", test, code)
    if isinstance(expr, ast.Compare) and len(expr.ops) == 1 and type(expr.ops[0]) in _COMPARES:
        a, b = _param(expr.left, iop), _param(expr.comparators[0], iop)
        if a is None or b is None:
            return None
        x, y = slot(a), slot(b)
        op = _COMPARES[type(expr.ops[0])]
        return FastPath("value",
                        f"if (HX_SMALL2({x}, {y})) {{ r = HX_SMALL({x}) {op} HX_SMALL({y}) ? "
                        f"Py_True : Py_False; Py_INCREF(r); }} else if (PyFloat_CheckExact({x}) "
                        f"&& PyFloat_CheckExact({y}))",
                        f"r = PyFloat_AS_DOUBLE({x}) {op} PyFloat_AS_DOUBLE({y}) ? Py_True : "
                        f"Py_False; Py_INCREF(r);")
    if isinstance(expr, ast.Subscript):
        a, b = _param(expr.value, iop), _param(expr.slice, iop)
        if a is None or b is None:
            return None
        x, y = slot(a), slot(b)
        return FastPath("value",
                        f"Py_ssize_t i{tag} = HX_INDEX({x}, {y}); if (i{tag} >= 0)",
                        f"r = PyList_CheckExact({x}) ? PyList_GET_ITEM({x}, i{tag}) : "
                        f"PyTuple_GET_ITEM({x}, i{tag}); Py_INCREF(r);")
    return None


def c_prototype(iop) -> str:
    params = []
    if iop.call is iop.func:
        params.append("PyObject *")
    if iop.operand_param:
        params.append("Py_ssize_t")
    params += ["PyObject *"] * len(iop.params)
    decision = iop.control is BRANCH and not iop.returns_new_values_on_fallthrough
    ret = "int" if decision else "PyObject *"
    return f"static {ret} (*iop_{iop.name})({', '.join(params) or 'void'});"


def supported(code) -> str | None:
    """None if the code object gets C threaded code, else why not."""
    if code.is_generator:
        return ("a generator: a C function cannot suspend, so it runs in the direct "
                "engine's compiled handlers")
    return None


class CModule:
    """The C threaded code of every code object under a module's root."""

    def __init__(self, table, stack, root, name_placeholder="@MODULE@"):
        self.codes = list(root.walk())
        self.functions = {}
        used = {}
        parts = []
        helpers = {}
        for k, c in enumerate(self.codes):
            if supported(c) is not None:
                continue
            for (op, _), d in zip(c.instructions, c.depths):
                if d is not None:
                    used[op] = table[op]
            fn = CFunction(table, stack, c, k, helpers).generate()
            self.functions[k] = fn
            parts.append(fn)
        iops = [used[op] for op in sorted(used)]
        self.iops = iops
        methods = [f'    {{"threaded_{k}", (PyCFunction)threaded_{k}, METH_O, NULL}},'
                   for k in self.functions]
        head = [f"/* Generated by hostvm_ext.ctcg (the threaded-code generator, C output) "
                f"for {root.filename}, {stack.name} stack, {table.interp.__module__}."
                f"{table.interp.__name__}. Do not edit. */", PRELUDE, "/* the i-ops, from the "
                "code table's module */"]
        head += [c_prototype(i) for i in iops]
        head += ["", "/* fast paths of the i-ops whose bodies have a known shape */"]
        head += list(helpers.values())
        bind = ["static PyObject *hx_bind(PyObject *self_, PyObject *args) {",
                "    PyObject *ns, *table;",
                '    if (!PyArg_ParseTuple(args, "OO", &ns, &table)) return NULL;']
        for n in BOUND:
            bind += [f'    {n} = PyDict_GetItemString(ns, "{n}");',
                     f'    if ({n} == NULL) {{ PyErr_SetString(PyExc_KeyError, "{n}"); '
                     f'return NULL; }}',
                     f"    Py_INCREF({n});"]
        bind += ["    for (Py_ssize_t k = 0; k < 8 && k < PyTuple_GET_SIZE(FAST_TYPE_LIST); k++)",
                 "        FAST_TYPES[k] = (PyTypeObject *)PyTuple_GET_ITEM(FAST_TYPE_LIST, k);",
                 '    PyObject *layout = PyObject_CallMethod(FrameType, "layout", NULL);',
                 "    if (layout == NULL) return NULL;",
                 '    PyObject *expect = Py_BuildValue("(nnnnnnn)", '
                 + ", ".join(f"(Py_ssize_t)offsetof(HxFrame, {n})" for n in FRAME_FIELDS) + ");",
                 "    int same = expect != NULL && PyObject_RichCompareBool(layout, expect, Py_EQ) "
                 "== 1;",
                 "    Py_DECREF(layout); Py_XDECREF(expect);",
                 "    if (!same) { PyErr_SetString(PyExc_ImportError, \"the compiled frame's "
                 "layout is not the one threaded code was generated for\"); return NULL; }",
                 '    PyObject *capi = PyObject_GetAttrString(table, "__pyx_capi__");',
                 "    if (capi == NULL) return NULL;",
                 "    PyObject *cap;"]
        for i in iops:
            bind += [f'    cap = PyDict_GetItemString(capi, "iop_{i.name}");',
                     f'    if (cap == NULL) {{ Py_DECREF(capi); PyErr_SetString(PyExc_KeyError, '
                     f'"iop_{i.name}"); return NULL; }}',
                     f"    *(void **)&iop_{i.name} = PyCapsule_GetPointer(cap, "
                     f"PyCapsule_GetName(cap));",
                     f"    if (iop_{i.name} == NULL) {{ Py_DECREF(capi); return NULL; }}"]
        bind += ["    Py_DECREF(capi);", "    Py_RETURN_NONE;", "}"]
        tail = ["static PyMethodDef methods[] = {",
                *methods,
                '    {"_bind", hx_bind, METH_VARARGS, NULL},',
                "    {NULL, NULL, 0, NULL}",
                "};",
                "static struct PyModuleDef moddef = {PyModuleDef_HEAD_INIT, "
                f'"{name_placeholder}", NULL, -1, methods}};',
                f"PyMODINIT_FUNC PyInit_{name_placeholder}(void) {{",
                "    return PyModule_Create(&moddef);",
                "}"]
        self.template = "\n".join(head + parts + bind + tail) + "\n"

    def describe(self, code) -> str:
        k = next(i for i, c in enumerate(self.codes) if c is code)
        why = supported(code)
        if why is not None:
            return f"/* no C threaded code for {code.name}: {why} */\n"
        return self.functions[k]
