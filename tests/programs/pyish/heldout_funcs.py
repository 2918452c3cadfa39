def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, 5, c=6, e=7, d=8))
print(f(*[1, 2, 3], **{'c': 0, 'z': 9}))
print(f(a=1, c=2, b=5))
print(f(1, *(), c=1, **{}))
def g(*args, **kwargs):
    return args, kwargs
print(g(), g(1, 2, x=3), g(*'ab', *[1], k=1, **{'m': 2}, n=3))
def pos(a, b, /, c, *, d):
    return a + b + c + d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
def pos_kw(a, /, **kw):
    return a, kw
print(pos_kw(1, a=2))
sq = lambda x, y=2, *r, **k: (x ** y, r, k)
print(sq(3), sq(2, 10), sq(1, 2, 3, z=4))
compose = lambda *fs: (lambda x: [x := fn(x) for fn in fs][-1])
print(compose(lambda v: v + 1, lambda v: v * 10, str)(4))
def adder(n):
    def add(x):
        return x + n
    n += 100
    return add
print(adder(1)(1))
def param_cell(x, y):
    def get():
        return x, y
    x = x * 2
    return get
print(param_cell(3, 'q')())
def fact():
    def inner(n):
        return 1 if n <= 1 else n * inner(n - 1)
    return inner
print(fact()(20))
def gen_counter():
    count = 0
    def incr():
        nonlocal count
        count += 1
        return count
    while count < 3:
        yield incr()
print(list(gen_counter()))
def outer_list():
    fs = [lambda: k * 2 for k in range(3)]
    gs = [(lambda k=k: k * 2) for k in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(outer_list())
def defaults_from_comp(xs=[i * i for i in range(4)], m={c: ord(c) for c in 'ab'}):
    return xs, m
print(defaults_from_comp())
calls = []
def noisy(n):
    calls.append(n)
    return range(n)
gen = (x * y for x in noisy(3) for y in noisy(x))
print(calls)
print(list(gen), calls)
def return_star(a, b):
    return *a, b
print(return_star([1, 2], 3))
for v in *[1, 2], *'ab':
    print(v, end=' ')
print()
a, b = c = 1, 2
print(a, b, c)
def tally():
    global TOTAL
    TOTAL = 0
    def add(n):
        global TOTAL
        TOTAL += n
    for i in range(5):
        add(i)
tally()
print(TOTAL)
it = iter([3, 1, 4, 1, 5, 0, 9])
acc = []
while (v := next(it, None)) is not None and v:
    acc.append(v)
print(acc, v, list(it))
def kwonly(*, x=1, y):
    return x, y
print(kwonly(y=2), kwonly(y=3, x=4))
def varkw(**options):
    return ", ".join(f"{k}={v!r}" for k, v in options.items())
print(varkw(b=1, a='x', c=[None]))
opts = {'sep': '+', 'end': '!\n'}
print(1, 2, 3, **opts)
def apply(fn, *a, **k):
    return fn(*a, **k)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1, 2], reverse=True), apply(int, '11', base=2))
def counter():
    counts = {}
    def hit(key):
        counts[key] = counts.get(key, 0) + 1
        return counts
    return hit
h = counter()
h('a'); h('b'); print(h('a'))
def curry(f, n):
    def c(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: c(*args, *more)
    return c
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
def memoize(fn):
    cache = {}
    def wrapped(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    return wrapped
@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16))
def deco_with_args(prefix):
    def deco(fn):
        def inner(*a):
            return prefix + str(fn(*a))
        return inner
    return deco
@deco_with_args(">> ")
@memoize
def square(x):
    return x * x
print(square(12))
def shadow(len=len, print=None):
    return len([1, 2])
print(shadow())
def nested_del():
    x = 1
    del x
    x = 2
    return x
print(nested_del())
