def f(n):
    while True:
        n -= 1
        if n < 0:
            break
    else:
        print("unreachable else")
    return n
print(f(3))
def g():
    while 1:
        return 'r'
    print('after')
print(g())
def h(xs):
    for x in xs:
        return x
    else:
        return 'empty'
print(h([]), h([7]))
def k():
    for i in range(3):
        if i == 1:
            return [j for j in range(i, 5) if j % 2]
print(k())
def m(a):
    return a if a else (yield a)
print(list(m(0)), list(m(5)))
def n():
    x = yield
    y = yield x
    return (yield y)
gen = n()
print(next(gen), gen.send(1), gen.send(2), next(gen, 'fin'))
def gen_in_expr():
    total = 0
    for i in range(3):
        total += (yield i) or 0
    yield total
ge = gen_in_expr()
print(next(ge), ge.send(10), ge.send(20), ge.send(30))
def yield_in_args():
    print('args', (yield 1), (yield 2))
    yield [(yield 3), (yield 4)]
print(list(yield_in_args()))
def yield_in_loop_cond():
    i = 0
    while (yield i) is None and i < 3:
        i += 1
print(list(yield_in_loop_cond()))
def yield_in_dict():
    d = {(yield 'k1'): (yield 'v1')}
    yield d
yd = yield_in_dict()
print(next(yd), yd.send('K'), yd.send('V'))
def yield_subscript():
    lst = [0, 0, 0]
    lst[(yield 'idx')] += (yield 'val')
    yield lst
ys = yield_subscript()
print(next(ys), ys.send(1), ys.send(5))
def yield_chain():
    return 1 < (yield 'a') < 3
yc = yield_chain()
print(next(yc), next(yc.send(2) if False else iter(['x'])))
def fstr_yield():
    yield f"{(yield 'inner')}!"
fy = fstr_yield()
print(next(fy), fy.send('sent'))
def unpack_yield():
    a, b = yield 'pair?'
    yield a * b
uy = unpack_yield()
print(next(uy), uy.send((6, 7)))
