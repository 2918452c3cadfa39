import itertools


def accumulator():
    total = 0
    count = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
        count += 1
    return (total, count)


g = accumulator()
print(next(g))
for v in [5, 10, 20]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration.value =", e.value, e.args)


def inner(n):
    for i in range(n):
        got = yield i
        if got:
            print("  inner got", got)
    return n * 100


def outer():
    r1 = yield from inner(2)
    print("  r1", r1)
    r2 = yield from inner(3)
    print("  r2", r2)
    return r1 + r2


gen = outer()
print(next(gen))
print(gen.send("hello"))
out = list(gen)
print(out)


def wrapper():
    result = yield from outer()
    yield "result=%d" % result

print(list(wrapper()))


def with_cleanup(name, log):
    log.append(name + " start")
    try:
        for i in itertools.count():
            yield i
    finally:
        log.append(name + " cleanup")


log = []
g = with_cleanup("A", log)
print(next(g), next(g), next(g))
g.close()
print(log)
g.close()
print(list(g))

log = []
for x in with_cleanup("B", log):
    if x == 2:
        break
print(log)
print(list(itertools.islice(with_cleanup("C", log), 3, 6)))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(itertools.islice(fib(), 15)))
print(next(x for x in fib() if x > 1000))
print(sum(x for x in itertools.takewhile(lambda v: v < 4000000, fib()) if x % 2 == 0))


def tree_walk(tree):
    if isinstance(tree, list):
        for t in tree:
            yield from tree_walk(t)
    else:
        yield tree

print(list(tree_walk([1, [2, [3, 4], [[5]]], 6, []])))


def delegate_send():
    x = yield from echo()
    yield ("done", x)

def echo():
    received = []
    while True:
        v = yield len(received)
        if v == "stop":
            return received
        received.append(v)

d = delegate_send()
print(next(d), d.send("a"), d.send("b"), d.send("stop"))


def gen_raise():
    yield 1
    raise ValueError("from generator")

try:
    for v in gen_raise():
        print("got", v)
except ValueError as e:
    print("caught", e)


def catcher():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            yield "handled " + str(e)

c = catcher()
print(next(c), c.throw(KeyError("k1")), next(c), c.throw(KeyError("k2")))


def gen_return_early(n):
    if n < 0:
        return
    yield n

print(list(gen_return_early(-1)), list(gen_return_early(3)))
squares = (i * i for i in range(5))
print(sum(squares), sum(squares))
ge = (c.upper() for c in "abc")
print(next(ge), list(ge))
print(type(fib()).__name__, hasattr(fib(), "send"))
pairs = list(zip(itertools.count(1), "xyz"))
print(pairs, [k for k in (j for j in range(10) if j % 3 == 0)])
