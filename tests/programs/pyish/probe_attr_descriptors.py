class G:
    def __init__(s): s.x = 1
    def __getattr__(s, name):
        if name.startswith('z'): return name * 2
        raise AttributeError(name)
g = G()
print(g.x, g.zz, getattr(g, 'q', 'dflt'), hasattr(g, 'q'))
class GA:
    def __getattribute__(s, name):
        if name == 'magic': return 42
        return object.__getattribute__(s, name)
    def __getattr__(s, name): return 'fallback ' + name
ga = GA(); ga.y = 3
print(ga.magic, ga.y, ga.nope)
class SA:
    def __setattr__(s, k, v):
        print('set', k, v); object.__setattr__(s, k, v * 2)
    def __delattr__(s, k):
        print('del', k); object.__delattr__(s, k)
sa = SA(); sa.a = 5; print(sa.a, sa.__dict__); del sa.a; print(vars(sa))
try: del sa.a
except AttributeError as e: print('AE', e)
class D:
    def __set_name__(s, owner, name): s.name = '_' + name; print('set_name', owner.__name__, name)
    def __get__(s, obj, typ=None):
        if obj is None: return s
        return getattr(obj, s.name, 'unset')
    def __set__(s, obj, v): setattr(obj, s.name, v)
class H:
    a = D()
    b = D()
h = H(); print(h.a); h.a = 9; print(h.a, h.__dict__, type(H.a).__name__)
class ND:
    def __get__(s, obj, typ): return 'nd'
class K:
    x = ND()
k = K(); print(k.x); k.__dict__['x'] = 'inst'; print(k.x)
class P:
    @property
    def v(s): return 'P.v'
class Q(P):
    @property
    def v(s): return 'Q.v+' + super().v
print(Q().v)
try: Q().v = 3
except AttributeError as e: print(e)
class PP:
    def __init__(s): s._x = 0
    @property
    def x(s): return s._x
    @x.setter
    def x(s, v): s._x = v * 10
    @x.deleter
    def x(s): print('deleting'); del s._x
pp = PP(); pp.x = 2; print(pp.x); del pp.x; print(hasattr(pp, '_x'))
class Boom:
    @property
    def p(s): raise ValueError('boom')
    @property
    def q(s): raise AttributeError('q missing')
try: print(hasattr(Boom(), 'p'))
except ValueError as e: print('VE', e)
print(hasattr(Boom(), 'q'))
class CM:
    count = 0
    @classmethod
    def make(cls): return cls.__name__
    @staticmethod
    def st(x): return x + 1
class CM2(CM): pass
print(CM2.make(), CM2().make(), CM().st(1), CM2.st(2))
class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, tag))
class C1(Base, tag='one'): pass
class C2(C1): pass
print(Base.subs)
class GI:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(GI[int], GI[1, 2])
class Sl:
    __slots__ = ('a', 'b')
s = Sl(); s.a = 1
try: s.c = 3
except AttributeError as e: print(e)
try: print(s.b)
except AttributeError as e: print(e)
print(hasattr(s, '__dict__'))
