class M:
    __priv = 1
    def __init__(s): s.__x = 2; s._M__y = 3
    def get(s): return s.__x, s.__priv, s.__y, M.__priv
    def __dunder__(s): return 'dunder'
m = M(); print(m.get(), sorted(k for k in vars(m)), m._M__x, m.__dunder__())
try: m.__x
except AttributeError as e: print(e)
class N(M):
    def get2(s):
        try: return s.__x
        except AttributeError as e: return str(e)
print(N().get2())
def outer():
    class Z:
        def f(s, a=1): return a
        def g(s):
            __local = 5
            return [__local for _ in range(1)], (lambda: __local)()
    return Z().f(), Z().g()
print(outer())
class _Under:
    __v = 3
    def f(self): return self.__v
print(_Under().f(), '_Under__v' in vars(_Under))
class ___:
    __v = 4
print([k for k in vars(___) if 'v' in k])
def counter():
    n = 0
    def gen():
        nonlocal n
        while n < 3:
            n += 1
            yield n
    return gen, lambda: n
gn, get = counter(); print(list(gn()), get())
def outer_gen_def():
    def inner():
        yield 1
    class K:
        def m(self): yield 2
    return 5, list(inner()), list(K().m())
print(outer_gen_def())
counter_g = 0
class D:
    global GLOB, counter_g
    GLOB = 'set'
    counter_g += 1
print(GLOB, counter_g, hasattr(D, 'GLOB'), hasattr(D, 'counter_g'))
def outer2():
    v = 'outer v'
    class C:
        v = 'class v'
        def m(self): return v
        w = v
    return C().m(), C.w
print(outer2())
x: int = 5
y: str
print(x, __annotations__)
class CA:
    a: int = 1
    b: list
print(CA.__annotations__, hasattr(CA, 'b'))
def fd(a, b=2, *, d=4): return a
print(fd.__defaults__, fd.__kwdefaults__, fd.__name__, fd.__qualname__)
from math import *
print(floor(pi))
__g = 'module __g'
_C__g = 'module _C__g'
class C:
    def m(self):
        return __g
    def n(self):
        global __h
        __h = 'set'
        return _C__h
    def o(self):
        self.__z = 1
        del self.__z
        return hasattr(self, '_C__z'), hasattr(self, '__z')
    def p(self):
        def inner(): return self.__q
        self.__q = 'nested'
        return inner()
    class __Inner: pass
    def q(self): return self.__Inner.__name__, type(self).__dict__.get('_C__Inner') is not None
    def r(self): return {__k: 1 for __k in 'a'}, [__i for __i in range(2)]
    def s(self): return getattr(self, '__nope', 'getattr not mangled')
    def t(self):
        import math as __m
        return _C__m.pi > 3
print(C().m(), C().n(), C().o(), C().p(), C().q(), C().r(), C().s(), C().t())
try: __h
except NameError as e: print('NE', e)
print(_C__h)
class D(C):
    def m2(self):
        try: return self.__q
        except AttributeError as e: return str(e)
d = D(); d.p(); print(d.m2())
