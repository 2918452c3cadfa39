class A:
    def f(self): return 'A'
    @staticmethod
    def sm(): return 'sm'
class B(A):
    def f(self):
        def inner(): return super(B, self).f()
        def inner2(): return __class__.__name__
        return inner() + ' ' + inner2()
    def g(self):
        super = 5
        return super
print(B().f(), A.sm(), B().g())
class Outer:
    x = 'outer x'
    class Inner:
        try: y = x
        except NameError as e: y = 'NE ' + str(e)
    def m(self):
        try: return x
        except NameError as e: return 'NE ' + str(e)
print(Outer.Inner.y, Outer().m(), Outer.Inner.__qualname__)
class C:
    def __init__(self): self.val = 1
    def method(self): return [self.val + i for i in range(2)]
    def meth2(self): return (lambda: self.val * 10)()
print(C().method(), C().meth2())
def free_after_class():
    result = []
    class Z:
        result.append('in class body')
        def m(self): result.append('in method'); return result
    return Z().m()
print(free_after_class())
class ArgSuper(A):
    def f(self, *args): return 'AS ' + super(ArgSuper, self).f()
print(ArgSuper().f())
class M1:
    def who(self): return ['M1']
class M2(M1):
    def who(self): return ['M2'] + super().who()
class M3(M1):
    def who(self): return ['M3'] + super().who()
class M4(M2, M3):
    def who(self): return ['M4'] + super().who()
print(M4().who())
try:
    class Bad(M1, M2): pass
except TypeError as e: print(e)
a, b, c = 1, 2, 3
del (a, [b]), c
print('a' in globals(), 'b' in globals())
g = 'global g'
def delg():
    global g
    del g
delg(); print('g' in globals())
name = 'module'
class K:
    name = 'class'
    del name
    seen = name
print(K.seen)
class K2:
    v = 1
    def m(self): return v if False else 'method'
print(K2().m())
def local_del():
    x = [1, 2, 3]
    del x[1]
    y = x
    del x
    try: x
    except UnboundLocalError as e: print(e)
    return y
print(local_del())
d = {'a': 1, 'b': 2}; del d['a']; print(d)
try: del d['zz']
except KeyError as e: print('KE', e)
class Obj: pass
o = Obj(); o.x = 1; del o.x
try: del o.x
except AttributeError as e: print(e)
try: del undefined_name
except NameError as e: print(e)
def f():
    try: del nope
    except NameError as e: print(type(e).__name__, e)
    nope = 1
f()
L = [1, 2, 3, 4, 5]; del L[1:4:2]; print(L)
for L[0] in range(3): pass
print(L)
print(0, False, 0.0, -0.0, 0j)
a = 1; b = True; c = 1.0
print(a, b, c, True, 1, 1.0, (1+0j))
def f(): return 0.0, -0.0, False, 0
print(f())
x = -0.0
print(x, 0.0, -0.0 == 0.0, str(-0.0))
print([True, 1, 1.0], {'k': False}, (0, 0.0, -0.0, False))
print(f'{0.0}{-0.0}{False}{0}')
print(float('nan') == float('nan'), (float('nan'),))
t = (1, 2); u = (1.0, 2.0); print(t, u)
print(('a', 1) , ('a', True), ('a', 1.0))
print(-0.0 if True else 0, 1 if True else True)
def g(a=0.0, b=-0.0, c=False): return a, b, c
print(g())
print(0 == -0.0, repr(-0.0), repr(-(0.0)), 2-2.0, -(0))
print(b'' if False else '', frozenset(), ())
class G:
    def __getitem__(s, k): return k
rest = [2, 3]
print(G()[*rest], G()[1, *rest], G()[1:2, *rest])
def f(): return *rest, 4
def g(): yield *rest, 5
print(f(), list(g()))
for x in *rest, 9: print(x, end=' ')
print()
t = 1, *rest
print(t, [*rest, *rest], {*rest})
def kwo(*, a, b): return a - b
print(kwo(**{'b': 1}, a=5))
print(*rest, *'xy', sep='|')
x = [1, 2, 3]
x[0], x[1:] = 'a', 'bc'
print(x)
i = j = k = 0
i += j + 1; print(i)
a = [1, 2]; a[a.index(2)] = 'two'; print(a)
print(int.__name__, (1).__class__.__name__, [].__class__.__name__, ().__len__(), 'ab'.__len__(), 3 .__add__(4))
print(lambda: 0 if True else 1)() if False else print('lambda ok')
class Base:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val
class OverrideGetter(Base):
    @Base.v.getter
    def v(self): return 'child ' + str(self._v)
o = OverrideGetter(); o.v = 3; print(o.v)
class ReplaceProp(Base):
    v = 'plain attr'
print(ReplaceProp().v)
class PropDoc:
    @property
    def x(self):
        "the x doc"
        return 1
print(PropDoc.x.__doc__, type(PropDoc.x).__name__, PropDoc.x.fget.__name__)
p = property(lambda s: 42)
class Dyn: pass
Dyn.answer = p
print(Dyn().answer)
class CP:
    @classmethod
    def f(cls): return cls
    @staticmethod
    def s(): return 'static'
print(CP.f() is CP, CP().f() is CP, CP.s(), CP().s(), type(CP.__dict__['f']).__name__, type(CP.__dict__['s']).__name__)
sm = CP.__dict__['s']; print(sm.__func__(), callable(sm))
class Bound:
    def m(self): return self
b = Bound(); bm = b.m
print(bm() is b, bm.__self__ is b, b.m == b.m, b.m is b.m, Bound.m(b) is b)
class WithCallAttr:
    def __init__(self): self.fn = lambda: 'instance fn'
print(WithCallAttr().fn())
class DescNonData:
    def __get__(self, o, t): return 'desc'
class Holder:
    d = DescNonData()
    def __init__(self): self.__dict__['d'] = 'inst'
print(Holder().d, Holder.d)
class DataD:
    def __get__(self, o, t): return 'data desc'
    def __set__(self, o, v): raise AttributeError('read only')
class H2:
    d = DataD()
h2 = H2(); h2.__dict__['d'] = 'inst'; print(h2.d)
try: h2.d = 5
except AttributeError as e: print(e)
class Cached:
    def __init__(self, f): self.f = f; self.name = f.__name__
    def __get__(self, o, t):
        if o is None: return self
        v = self.f(o); o.__dict__[self.name] = v; return v
class UC:
    calls = 0
    @Cached
    def heavy(self): UC.calls += 1; return 99
u = UC(); print(u.heavy, u.heavy, UC.calls)
