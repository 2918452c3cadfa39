def _strip(s):
    i = s.find(" at 0x")
    return s if i < 0 else s[:i] + " at X>"
class A:
    def who(s): return 'A'
    @classmethod
    def cw(cls): return ['A:' + cls.__name__]
class B(A):
    def who(s): return 'B>' + super().who()
    @classmethod
    def cw(cls): return ['B:' + cls.__name__] + super().cw()
class C(A):
    def who(s): return 'C>' + super().who()
    @classmethod
    def cw(cls): return ['C:' + cls.__name__] + super().cw()
class D(B, C):
    def who(s): return 'D>' + super().who()
    @classmethod
    def cw(cls): return ['D'] + super(D, cls).cw()
print(D().who(), D.cw(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
print(super(B, D()).who())
class Meta(type):
    def __instancecheck__(cls, inst): return isinstance(inst, int)
    def __subclasscheck__(cls, sub): return sub is bool
class Intish(metaclass=Meta): pass
print(isinstance(3, Intish), isinstance('x', Intish), issubclass(bool, Intish), issubclass(int, Intish))
print(isinstance(3, (str, (float, int))), issubclass(bool, (str, int)))
try: isinstance(3, [int])
except TypeError as e: print(e)
T = type('T', (A,), {'x': 1, 'who': lambda s: 'T'})
print(T.__name__, T().who(), T.x, T.__bases__[0].__name__, type(T).__name__)
class W:
    cls_attr = 'c'
    def __init__(s): s.i = 1
w = W(); print(vars(w), w.__dict__, [d for d in dir(w) if not d.startswith('__')])
w.cls_attr = 'inst'; print(w.cls_attr, W.cls_attr); del w.cls_attr; print(w.cls_attr)
print(callable(W), callable(w), callable(W.__init__), callable(len), callable(1))
class It:
    def __init__(s): s.n = 0
    def __iter__(s): return s
    def __next__(s):
        s.n += 1
        if s.n > 3: raise StopIteration
        return s.n
print(list(It()), [x for x in It()], sum(It()))
vals = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(vals), 0)))
class Rev:
    def __reversed__(s): return iter('cba')
    def __len__(s): return 3
    def __getitem__(s, i): return 'abc'[i]
print(list(reversed(Rev())), list(Rev()))
class Seq:
    def __len__(s): return 2
    def __getitem__(s, i):
        if i >= 2: raise IndexError
        return i * 10
print(list(reversed(Seq())), 10 in Seq(), 5 in Seq())
class A:
    def f(self): return 'A.f'
class B(A):
    def f(self):
        g = lambda: super(B, self).f()
        r = [s for s in [super().f()]][0]
        return r + '|' + g()
    def cls(self): return __class__.__name__
    def gen(self):
        yield super().f()
print(B().f(), B().cls(), list(B().gen()))
print(A.__qualname__, A.__module__, repr(A), B.f.__qualname__)
def mk():
    class Inner:
        class Deeper: pass
        def m(self): pass
    return Inner
I = mk(); print(I.__qualname__, I.Deeper.__qualname__, I.m.__qualname__, repr(I.Deeper))
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw); return {'injected': 1}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *a):
        print('meta call', a); return super().__call__(*a)
class X(metaclass=Meta, flag=True):
    y = injected + 1
    def __init__(self, v): self.v = v
x = X(5); print(x.v, X.y, type(X).__name__)
def deco(cls): cls.decorated = True; return cls
@deco
class D:
    x = 1
    x += 1
    del x
    z = [1, 2]
print(D.decorated, hasattr(D, 'x'))
def outer2():
    x = 1
    class C:
        nonlocal x
        x = 2
    return x
print(outer2())
class Cnt:
    n = 0
    def __init__(self): Cnt.n += 1; type(self).n += 0
[Cnt() for _ in range(3)]; print(Cnt.n)
class Slotted:
    __slots__ = ['a']
    def __init__(self): self.a = 1
class SlottedSub(Slotted): pass
ss = SlottedSub(); ss.b = 2; print(ss.a, ss.b, Slotted.__slots__)
class WithNew:
    def __new__(cls, *a):
        print('new', cls.__name__, a); inst = super().__new__(cls); inst.early = True; return inst
    def __init__(self, q): self.q = q
w = WithNew(3); print(w.early, w.q)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None: cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class NotInst:
    def __new__(cls): return 42
    def __init__(self): print('never')
print(NotInst())
class Call:
    def __call__(self, *a, **k): return (a, k)
print(Call()(1, x=2))
class ReprCls(type):
    def __repr__(cls): return 'R<' + cls.__name__ + '>'
class U(metaclass=ReprCls): pass
print(U, [U], type(U()).__name__)
class E:
    def __eq__(s, o): return True
    __hash__ = object.__hash__
print(E() == 1, len({E(), E()}))
class Neq:
    def __ne__(s, o): return 'custom ne'
print(Neq() != 1, Neq() == Neq())
