def gen(n, scale):
    f = lambda v: v * scale
    for i in range(n):
        yield f(i)
        scale += 1
print(list(gen(4, 10)))
def gen2(*args, **kw):
    get = lambda: (args, kw)
    yield get()
    args = args + ('more',)
    kw['k'] = 1
    yield get()
print(list(gen2(1, 2, z=3)))
def comp_in_gen(limit):
    for base in range(limit):
        yield [base * k for k in range(3) if k != base]
print(list(comp_in_gen(3)))
def walrus_closure(data):
    total = 0
    results = [(total := total + x) for x in data]
    show = lambda: total
    return results, show()
print(walrus_closure([1, 2, 3, 4]))
def nested_comp(m):
    return [[m * i + j for j in range(i)] for i in range(4)]
print(nested_comp(10))
def comp_shadow():
    x = 'outer'
    r = [x for x in 'abc']
    return x, r
print(comp_shadow())
def kwonly_cell(*, key):
    return lambda: key
print(kwonly_cell(key='K')())
def varargs_cell(*items):
    return lambda: len(items)
print(varargs_cell(1, 2, 3)())
def closures_in_loop():
    out = []
    for i in range(3):
        def show(j=i):
            return (i, j)
        out.append(show)
    return [f() for f in out]
print(closures_in_loop())
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    while True:
        cmd = yield count
        if cmd == 'stop':
            return
        bump()
        if cmd == 'double':
            bump()
c = counter_gen()
print(next(c), c.send('x'), c.send('double'), c.send(None), next(c, 'end'))
def del_cell():
    v = 1
    def read():
        return v
    first = read()
    del v
    v = 5
    return first, read()
print(del_cell())
def shared():
    n = 0
    def inc():
        nonlocal n
        n += 1
    def get():
        return n
    return inc, get
inc, get = shared()
inc(); inc()
inc2, get2 = shared()
inc2()
print(get(), get2())
def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(10)(100))
def gen_expr_cell(xs, k):
    return list(x * k for x in xs if x % k)
print(gen_expr_cell(range(10), 3))
def dict_comp_closure(keys):
    fns = {k: (lambda k=k: k.upper()) for k in keys}
    return {k: f() for k, f in fns.items()}
print(dict_comp_closure(['a', 'b']))
x = 5
def reads_global():
    return [x * i for i in range(3)]
print(reads_global())
def global_in_comp():
    global x
    x = 7
    return [x for _ in range(2)]
print(global_in_comp(), x)
