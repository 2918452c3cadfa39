def f1():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2: continue
    return 'end'
print(f1())
def f2():
    try:
        try: raise ValueError('a')
        finally: print('inner fin')
    except ValueError as e: print('caught', e)
    else: print('else')
    finally: print('outer fin')
f2()
def f3():
    x = 0
    while True:
        try:
            x += 1
            if x == 3: break
        finally:
            print('fin', x)
    else: print('never')
    return x
print(f3())
def f4():
    try:
        raise KeyError(1)
    except KeyError:
        try: raise ValueError(2)
        except ValueError as e: return repr(e.__context__), repr(e)
print(f4())
def f5():
    try:
        1/0
    except ZeroDivisionError as e:
        raise RuntimeError('wrapped') from e
try: f5()
except RuntimeError as e: print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try: 1/0
    except: raise ValueError('x') from None
except ValueError as e: print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def g():
    try: yield 1; yield 2
    except GeneratorExit: print('GE'); raise
    finally: print('g fin')
it = g(); next(it); it.close(); print('closed')
def g2():
    while True:
        try: x = yield
        except ValueError as e: print('got', e); yield 'handled'
        else: print('recv', x)
it = g2(); next(it); it.send(5); print(it.throw(ValueError('boom'))); next(it); it.send(7)
def g3():
    r = yield from g4()
    print('g4 returned', r)
    yield 'after'
def g4():
    a = yield 'first'
    b = yield a * 2
    return a + b
it = g3(); print(next(it), it.send(10), it.send(5))
def ctx():
    class CM:
        def __init__(s, n): s.n = n
        def __enter__(s): print('enter', s.n); return s.n
        def __exit__(s, t, v, tb): print('exit', s.n, t.__name__ if t else None); return s.n == 'swallow'
    with CM('a') as a, CM('b') as b: print(a, b)
    with CM('swallow'): raise ValueError
    try:
        with CM('c'): raise KeyError('k')
    except KeyError as e: print('propagated', e)
    for i in range(2):
        with CM(i): 
            if i == 0: continue
            break
    def r():
        with CM('ret'): return 'rv'
    print(r())
ctx()
class MyErr(Exception):
    def __init__(s, code): super().__init__('code %d' % code); s.code = code
    def __str__(s): return 'MyErr<%d>' % s.code
try: raise MyErr(4)
except Exception as e: print(e, repr(e), e.args, e.code)
try: raise MyErr
except TypeError as e: print('TE', e)
try: raise 5
except TypeError as e: print(e)
e = Exception('a', 'b'); print(str(e), repr(e), str(Exception()), repr(KeyError('k')), str(KeyError('k')))
try: [][0]
except LookupError as e: print(type(e).__name__, e)
try: {}['x']
except LookupError as e: print(type(e).__name__, e)
print(issubclass(KeyError, LookupError), ValueError.__mro__[1].__name__, BaseException.__subclasses__ is not None)
