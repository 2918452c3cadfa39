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

from hostvm.iop import BRANCH, JUMP, RAISE, RETURN, YIELD, YIELD_FROM
from hostvm.tcg import basic_blocks

#: names bound from Python when the module loads (see hostvm_ext.engines)
BOUND = ("TAKEN", "VALUE_EXACT", "VALUE_TYPE", "ADMIT", "StackCheckError",
         "stack_bound_error", "stack_type_error", "record_guest_frame", "FrameType")

PRELUDE = r"""
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *TAKEN, *VALUE_EXACT, *VALUE_TYPE, *ADMIT, *StackCheckError,
    *stack_bound_error, *stack_type_error, *record_guest_frame, *FrameType;

/* the checked store's type test: an exact type the guest declared or
   admitted (a set lookup), else isinstance over its value types, else ask
   the guest (hostvm.table.CodeTable.admit_value) */
static int hx_check(PyObject *v) {
    int r = PySet_Contains(VALUE_EXACT, (PyObject *)Py_TYPE(v));
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

/* a counted input: a fresh list taking over the slots' references */
static PyObject *hx_take(PyObject **src, Py_ssize_t n) {
    PyObject *l = PyList_New(n);
    if (l == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyList_SET_ITEM(l, i, src[i]);
        src[i] = NULL;
    }
    return l;
}

/* the frame joins the exception's guest traceback */
static void hx_record(PyObject *exc, PyObject *f, Py_ssize_t offset) {
    PyObject *r = PyObject_CallFunction(record_guest_frame, "OOn", exc, f, offset);
    if (r == NULL)
        PyErr_Clear();
    Py_XDECREF(r);
}

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

    def __init__(self, table, stack, code, index):
        self.table, self.stack, self.code, self.k = table, stack, code, index
        self.cap = max(code.max_depth, 1)
        self.out = []
        self.labels = set()

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
        free_lists = "".join(f" Py_DECREF({v});" for v in lists)
        decision = c is BRANCH and not iop.returns_new_values_on_fallthrough
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
            if len(new) == 1 and new[0].count is None:
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
        self.labels.add(target)
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
        for k, c in enumerate(self.codes):
            if supported(c) is not None:
                continue
            for (op, _), d in zip(c.instructions, c.depths):
                if d is not None:
                    used[op] = table[op]
            fn = CFunction(table, stack, c, k).generate()
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
        bind = ["static PyObject *hx_bind(PyObject *self_, PyObject *args) {",
                "    PyObject *ns, *table;",
                '    if (!PyArg_ParseTuple(args, "OO", &ns, &table)) return NULL;']
        for n in BOUND:
            bind += [f'    {n} = PyDict_GetItemString(ns, "{n}");',
                     f'    if ({n} == NULL) {{ PyErr_SetString(PyExc_KeyError, "{n}"); '
                     f'return NULL; }}',
                     f"    Py_INCREF({n});"]
        bind += ['    PyObject *capi = PyObject_GetAttrString(table, "__pyx_capi__");',
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
