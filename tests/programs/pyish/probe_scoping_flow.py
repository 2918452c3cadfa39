x = 'g'
def f():
    def g():
        global x
        x = 'set by g'
    x = 'local f'
    g()
    return x
print(f(), x)
def counter():
    n = 0
    if True:
      def gen():
        nonlocal n
        while n < 3:
            n += 1
            yield n
    return gen, lambda: n
gn, get = counter(); print(list(gn()), get())
class C:
    a = 5
    try:
        f = (lambda: a)
        f()
    except NameError as e: print('NE1', e)
    b = [i * 2 for i in range(a)]
    try:
        c = [a + i for i in range(2) for j in range(a)]
    except NameError as e: print('NE2', e)
    try:
        d = [i for i in range(a) if a]
    except NameError as e: print('NE3', e)
    e = {k: 1 for k in range(a)}
print(C.b, C.e)
def h():
    y = 1
    del y
    try: print(y)
    except NameError as e: print(type(e).__name__, e)
    y = 2
    return y
print(h())
z = 10
del z
try: z
except NameError as e: print(e)
z = 11; print(z)
def gen_fin():
    try:
        yield 1
        return 'r'
    finally:
        print('finally in gen')
g = gen_fin(); print(next(g))
try: next(g)
except StopIteration as e: print('SI', e.value)
def gen_ret_fin():
    try:
        yield 1
    finally:
        return 'from finally'
g = gen_ret_fin(); next(g)
try: next(g)
except StopIteration as e: print('SI2', e.value)
def brk():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(brk())
def cont_fin():
    out = []
    for i in range(3):
        try:
            if i == 1: continue
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(cont_fin())
def ret_override():
    try: return 1
    finally: return 2
print(ret_override())
i = 0
while i < 5:
    i += 1
    if i % 2: continue
else:
    print('while else', i)
L = [1, 2, 3, 4]
for v in L:
    if v == 2: L.remove(v)
    print('v', v)
L = [1]
for v in L:
    if len(L) < 4: L.append(v + 1)
print(L)
try:
    raise KeyError('k')
except KeyError as err:
    pass
try: err
except NameError as e: print(e)
def defaults(a=[], b=len('abc')):
    a.append(b); return a
print(defaults(), defaults(), defaults([0]))
fs = [lambda i=i: i for i in range(3)]; print([f() for f in fs])
fs2 = [lambda: i for i in range(3)]; print([f() for f in fs2])
def fib(n, memo={}):
    if n < 2: return n
    if n not in memo: memo[n] = fib(n-1) + fib(n-2)
    return memo[n]
print(fib(60))
def f():
    x = 1
    def g(): return x
    del x
    try: return g()
    except NameError as e: return str(e)
print(f())
def f2():
    x = 1
    def g():
        nonlocal x
        del x
    g()
    try: return x
    except NameError as e: return type(e).__name__ + ': ' + str(e)
print(f2())
def f3():
    print(sorted(locals()))
    a = 1
    b = [a]
    print(sorted(locals().items()))
f3()
print(__name__, __name__ == '__main__')
order = []
def dec(tag):
    order.append('dec ' + tag)
    def w(fn):
        order.append('apply ' + tag); return fn
    return w
@dec('a')
@dec('b')
def h(): pass
print(order)
def kw(a, /, b, *, c, d=4, **rest): return a, b, c, d, rest
print(kw(1, 2, c=3), kw(1, b=2, c=3, e=5), kw(1, 2, c=3, a=9))
def va(*args, sep='-'): return sep.join(map(str, args))
print(va(1, 2, 3), va(sep='+'), va(*range(3), sep=''))
x = 5
def shadow():
    print([x for x in range(3)], x)
shadow()
def lam():
    fs = {}
    for name in 'ab':
        fs[name] = lambda name=name: name.upper()
    return [fs[k]() for k in fs]
print(lam())
def gen_nonlocal():
    total = 0
    if total == 0:
        def add():
            nonlocal total
            for i in range(3):
                total += i
                yield total
    return list(add()), total
print(gen_nonlocal())
def cell_in_loop():
    res = []
    for i in range(3):
        def f(): return i
        res.append(f)
    return [r() for r in res]
print(cell_in_loop())
def closure_over_comprehension_var():
    return [(lambda: y)() for y in range(3)]
print(closure_over_comprehension_var())
def try_scope():
    try:
        raise ValueError('v')
    except ValueError as exc:
        f = lambda: 1
    try: exc
    except UnboundLocalError as e: print('ULE', e)
try_scope()
def exc_var_shadow():
    exc = 'original'
    try: raise KeyError
    except KeyError as exc: pass
    try: return exc
    except UnboundLocalError as e: return 'ULE'
print(exc_var_shadow())
g_val = 1
def uses_then_assigns():
    try:
        print(g_val)
    except UnboundLocalError as e: print('ULE2', e)
    g_val = 2
uses_then_assigns()
def many_args(*a, **k): return len(a), sorted(k)
print(many_args(*[1, 2], *(3,), **{'x': 1}, **{'y': 2}, z=3))
print((lambda *a, **k: (a, k))(1, k=2))
print((lambda a, b=2, *, c=3: a + b + c)(1, c=10))
def rec(n): return n if n <= 0 else rec(n - 1)
print(rec(500))
import sys
print(sys.getrecursionlimit() >= 1000)
def deep(n): return 0 if n == 0 else 1 + deep(n - 1)
try: deep(100000)
except RecursionError as e: print('RecursionError', e)
