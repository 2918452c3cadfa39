def count_up(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

def gen_map(f, it):
    for x in it:
        yield f(x)

def gen_filter(p, it):
    for x in it:
        if p(x):
            yield x

def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)

def running_avg():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    yield ('done', count)

def primes():
    seen = []
    for n in count_up(2):
        if all(n % p for p in seen if p * p <= n):
            seen.append(n)
            yield n

print(take(10, primes()))
print(take(5, gen_map(lambda x: x * x, gen_filter(lambda x: x % 3 == 0, count_up(1)))))
print(list(chunks(range(11), 4)))
ra = running_avg()
print(next(ra))
for v in [10, 20, 60, 5]:
    print(ra.send(v))
print(ra.send(None))
g = (x * 2 for x in range(5))
print(next(g), next(g), list(g), list(g))
print(next(iter([]), 'empty'), next(g, 'exhausted'))

def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def window(it, n):
    it = iter(it)
    w = []
    for x in it:
        w.append(x)
        if len(w) > n:
            w.pop(0)
        if len(w) == n:
            yield tuple(w)

print(list(window(take(12, fib_gen()), 3)))
print(sum(x for x in take(100, fib_gen()) if x % 2 == 0))
def nested():
    for i in range(3):
        for j in range(i):
            yield i, j
    yield 'end'
    return
    yield 'never'
print(list(nested()))
def echo():
    received = []
    x = yield 'ready'
    while x != 'stop':
        received.append(x)
        x = yield len(received)
    yield received
e = echo()
print(e.send(None), e.send('a'), e.send('b'), e.send('stop'))
print(list(zip(count_up(10, 5), 'abc')))
print(dict(enumerate(gen_map(str.upper, "xyz"), 1)))
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
print(sorted((x for x in "generator"), reverse=True))
print(max((len(w), w) for w in "a bb ccc dd".split()), min(range(10), key=lambda x: (x - 4) ** 2))
