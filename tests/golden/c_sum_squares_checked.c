/* threaded code of sum_squares (<toy>:1), checked stack */
static PyObject *threaded_0(PyObject *self_, PyObject *f) {
    PyObject *st[3] = {0};
    PyObject *r, *parts[8];
    Py_ssize_t off = 0;
    int c;
    (void)r; (void)parts; (void)c;
    if (hx_check_frame(f) < 0) return NULL;
L0: ;
/* 0: LOAD_CONST 0 (depth 0) */
    r = fp_load_const(f, 0);
    if (r == NULL) { off = 0; goto error; }
    if (!(0 <= 0 && 0 < 3)) { Py_DECREF(r); hx_bound_error(0, 3); off = 0; goto error; }
    if (hx_check(r) < 0) { Py_DECREF(r); off = 0; goto error; }
    st[0] = r;
/* 1: STORE_FAST 0 (depth 1) */
    if (PyList_CheckExact(HXF(f)->locals) && 0 < PyList_GET_SIZE(HXF(f)->locals)) {
        { PyObject *old = PyList_GET_ITEM(HXF(f)->locals, 0); PyList_SET_ITEM(HXF(f)->locals, 0, st[0]); st[0] = NULL; Py_DECREF(old); }
    } else {
        r = iop_store_fast(f, 0, st[0]);
        if (r == NULL) { off = 1; goto error; }
        Py_DECREF(r);
    }
    Py_CLEAR(st[0]);
/* 2: LOAD_CONST 0 (depth 0) */
    r = fp_load_const(f, 0);
    if (r == NULL) { off = 2; goto error; }
    if (!(0 <= 0 && 0 < 3)) { Py_DECREF(r); hx_bound_error(0, 3); off = 2; goto error; }
    if (hx_check(r) < 0) { Py_DECREF(r); off = 2; goto error; }
    st[0] = r;
/* 3: STORE_FAST 1 (depth 1) */
    if (PyList_CheckExact(HXF(f)->locals) && 1 < PyList_GET_SIZE(HXF(f)->locals)) {
        { PyObject *old = PyList_GET_ITEM(HXF(f)->locals, 1); PyList_SET_ITEM(HXF(f)->locals, 1, st[0]); st[0] = NULL; Py_DECREF(old); }
    } else {
        r = iop_store_fast(f, 1, st[0]);
        if (r == NULL) { off = 3; goto error; }
        Py_DECREF(r);
    }
    Py_CLEAR(st[0]);
L4: ;
/* 4: LOAD_FAST 1 (depth 0) */
    r = fp_load_fast(f, 1);
    if (r == NULL) { off = 4; goto error; }
    if (!(0 <= 0 && 0 < 3)) { Py_DECREF(r); hx_bound_error(0, 3); off = 4; goto error; }
    if (hx_check(r) < 0) { Py_DECREF(r); off = 4; goto error; }
    st[0] = r;
/* 5: LOAD_FAST 2 (depth 1) */
    r = fp_load_fast(f, 2);
    if (r == NULL) { off = 5; goto error; }
    if (!(0 <= 1 && 1 < 3)) { Py_DECREF(r); hx_bound_error(1, 3); off = 5; goto error; }
    if (hx_check(r) < 0) { Py_DECREF(r); off = 5; goto error; }
    st[1] = r;
/* 6: COMPARE_LT 0 (depth 2) */
    r = fp_compare_lt(f, 0, st[0], st[1]);
    if (r == NULL) { off = 6; goto error; }
    Py_CLEAR(st[0]);
    Py_CLEAR(st[1]);
    if (!(0 <= 0 && 0 < 3)) { Py_DECREF(r); hx_bound_error(0, 3); off = 6; goto error; }
    if (hx_check(r) < 0) { Py_DECREF(r); off = 6; goto error; }
    st[0] = r;
/* 7: POP_JUMP_IF_FALSE 19 (depth 1) */
    c = fp_pop_jump_if_false(f, 19, st[0]);
    if (c < 0) { off = 7; goto error; }
    if (c) {
        Py_CLEAR(st[0]);
        goto L19;
    }
    Py_CLEAR(st[0]);
L8: ;
/* 8: LOAD_FAST 0 (depth 0) */
    r = fp_load_fast(f, 0);
    if (r == NULL) { off = 8; goto error; }
    if (!(0 <= 0 && 0 < 3)) { Py_DECREF(r); hx_bound_error(0, 3); off = 8; goto error; }
    if (hx_check(r) < 0) { Py_DECREF(r); off = 8; goto error; }
    st[0] = r;
/* 9: LOAD_FAST 1 (depth 1) */
    r = fp_load_fast(f, 1);
    if (r == NULL) { off = 9; goto error; }
    if (!(0 <= 1 && 1 < 3)) { Py_DECREF(r); hx_bound_error(1, 3); off = 9; goto error; }
    if (hx_check(r) < 0) { Py_DECREF(r); off = 9; goto error; }
    st[1] = r;
/* 10: LOAD_FAST 1 (depth 2) */
    r = fp_load_fast(f, 1);
    if (r == NULL) { off = 10; goto error; }
    if (!(0 <= 2 && 2 < 3)) { Py_DECREF(r); hx_bound_error(2, 3); off = 10; goto error; }
    if (hx_check(r) < 0) { Py_DECREF(r); off = 10; goto error; }
    st[2] = r;
/* 11: BINARY_MUL 0 (depth 3) */
    r = fp_binary_mul(f, 0, st[1], st[2]);
    if (r == NULL) { off = 11; goto error; }
    Py_CLEAR(st[1]);
    Py_CLEAR(st[2]);
    if (!(0 <= 1 && 1 < 3)) { Py_DECREF(r); hx_bound_error(1, 3); off = 11; goto error; }
    if (hx_check(r) < 0) { Py_DECREF(r); off = 11; goto error; }
    st[1] = r;
/* 12: BINARY_ADD 0 (depth 2) */
    r = fp_binary_add(f, 0, st[0], st[1]);
    if (r == NULL) { off = 12; goto error; }
    Py_CLEAR(st[0]);
    Py_CLEAR(st[1]);
    if (!(0 <= 0 && 0 < 3)) { Py_DECREF(r); hx_bound_error(0, 3); off = 12; goto error; }
    if (hx_check(r) < 0) { Py_DECREF(r); off = 12; goto error; }
    st[0] = r;
/* 13: STORE_FAST 0 (depth 1) */
    if (PyList_CheckExact(HXF(f)->locals) && 0 < PyList_GET_SIZE(HXF(f)->locals)) {
        { PyObject *old = PyList_GET_ITEM(HXF(f)->locals, 0); PyList_SET_ITEM(HXF(f)->locals, 0, st[0]); st[0] = NULL; Py_DECREF(old); }
    } else {
        r = iop_store_fast(f, 0, st[0]);
        if (r == NULL) { off = 13; goto error; }
        Py_DECREF(r);
    }
    Py_CLEAR(st[0]);
/* 14: LOAD_FAST 1 (depth 0) */
    r = fp_load_fast(f, 1);
    if (r == NULL) { off = 14; goto error; }
    if (!(0 <= 0 && 0 < 3)) { Py_DECREF(r); hx_bound_error(0, 3); off = 14; goto error; }
    if (hx_check(r) < 0) { Py_DECREF(r); off = 14; goto error; }
    st[0] = r;
/* 15: LOAD_CONST 1 (depth 1) */
    r = fp_load_const(f, 1);
    if (r == NULL) { off = 15; goto error; }
    if (!(0 <= 1 && 1 < 3)) { Py_DECREF(r); hx_bound_error(1, 3); off = 15; goto error; }
    if (hx_check(r) < 0) { Py_DECREF(r); off = 15; goto error; }
    st[1] = r;
/* 16: BINARY_ADD 0 (depth 2) */
    r = fp_binary_add(f, 0, st[0], st[1]);
    if (r == NULL) { off = 16; goto error; }
    Py_CLEAR(st[0]);
    Py_CLEAR(st[1]);
    if (!(0 <= 0 && 0 < 3)) { Py_DECREF(r); hx_bound_error(0, 3); off = 16; goto error; }
    if (hx_check(r) < 0) { Py_DECREF(r); off = 16; goto error; }
    st[0] = r;
/* 17: STORE_FAST 1 (depth 1) */
    if (PyList_CheckExact(HXF(f)->locals) && 1 < PyList_GET_SIZE(HXF(f)->locals)) {
        { PyObject *old = PyList_GET_ITEM(HXF(f)->locals, 1); PyList_SET_ITEM(HXF(f)->locals, 1, st[0]); st[0] = NULL; Py_DECREF(old); }
    } else {
        r = iop_store_fast(f, 1, st[0]);
        if (r == NULL) { off = 17; goto error; }
        Py_DECREF(r);
    }
    Py_CLEAR(st[0]);
/* 18: JUMP 4 (depth 0) */
    goto L4;
L19: ;
/* 19: LOAD_FAST 0 (depth 0) */
    r = fp_load_fast(f, 0);
    if (r == NULL) { off = 19; goto error; }
    if (!(0 <= 0 && 0 < 3)) { Py_DECREF(r); hx_bound_error(0, 3); off = 19; goto error; }
    if (hx_check(r) < 0) { Py_DECREF(r); off = 19; goto error; }
    st[0] = r;
/* 20: RETURN_VALUE 0 (depth 1) */
    r = iop_return_value(st[0]);
    if (r == NULL) { off = 20; goto error; }
    Py_CLEAR(st[0]);
    return r;
error: ;
    PyObject *et, *ev, *etb;
    PyErr_Fetch(&et, &ev, &etb);
    PyErr_NormalizeException(&et, &ev, &etb);
    if (etb != NULL) PyException_SetTraceback(ev, etb);
    hx_record(ev, f, off);
    PyErr_Restore(et, ev, etb);
leave: ;
    for (Py_ssize_t i = 0; i < 3; i++) Py_XDECREF(st[i]);
    return NULL;
}
