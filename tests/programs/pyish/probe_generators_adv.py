def sub():
    try:
        x = yield 1
        print('sub got', x)
        yield 2
    except KeyError as e:
        print('sub caught', e); yield 'recovered'
    finally:
        print('sub finally')
    return 'subret'
def outer():
    r = yield from sub()
    print('outer r', r)
    yield 'outer done'
g = outer(); print(next(g), g.send('S')); print(g.throw(KeyError('kk'))); print(next(g)); print(next(g, 'exhausted'))
g = outer(); next(g); g.close(); print('closed ok')
def ignore_exit():
    try: yield 1
    except GeneratorExit: yield 2
g = ignore_exit(); next(g)
try: g.close()
except RuntimeError as e: print(e)
g = (i for i in range(3))
try: g.send(5)
except TypeError as e: print(e)
def selfref():
    yield gg.__next__() if False else 1
    yield next(gg)
gg = selfref(); next(gg)
try: next(gg)
except ValueError as e: print(e)
def stopper():
    yield 1
    raise StopIteration('bad')
try: list(stopper())
except RuntimeError as e: print('RE', e, type(e.__cause__).__name__)
def gen_ret():
    return 5
    yield
try: next(gen_ret())
except StopIteration as e: print('val', e.value, e.args)
g = gen_ret(); print(list(g), g.gi_running if hasattr(g, 'gi_running') else 'na')
def yf_iter():
    yield from [1, 2]
    yield from 'ab'
    yield from (x * 10 for x in range(2))
    r = yield from range(0)
    print('r', r)
print(list(yf_iter()))
def counter_gen():
    n = 0
    while True:
        cmd = yield n
        if cmd == 'reset': n = 0
        elif cmd == 'stop': return n
        else: n += 1
c = counter_gen(); next(c); c.send(None); c.send(None); print(c.send('reset'), c.send(1))
try: c.send('stop')
except StopIteration as e: print('stopped', e.value)
def fib():
    a, b = 0, 1
    while True: yield a; a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)), list(itertools.takewhile(lambda x: x < 20, fib())))
def throw_after_done():
    yield 1
g = throw_after_done(); list(g)
try: g.throw(ValueError('late'))
except ValueError as e: print('late throw', e)
g = throw_after_done()
try: g.throw(ValueError('early'))
except ValueError as e: print('early throw', e)
print(next(g, 'done?'))
def in_with():
    class CM:
        def __enter__(s): print('enter'); return s
        def __exit__(s, *a): print('exit', a[0].__name__ if a[0] else None)
    with CM():
        yield 1
        yield 2
g = in_with(); next(g); g.close()
def yexpr():
    x = yield
    y = (yield x) + 1
    z = [(yield y), (yield)]
    yield z
g = yexpr(); next(g); print(g.send(3), g.send(4), g.send('a'), g.send('b'))
class GenMeth:
    def __init__(s): s.items = [3, 1]
    def __iter__(s):
        for i in sorted(s.items): yield i
print(list(GenMeth()), 1 in GenMeth(), sorted(GenMeth()))
