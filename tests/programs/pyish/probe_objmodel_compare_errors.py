def _strip(s):
    i = s.find(" at 0x")
    return s if i < 0 else s[:i] + " at X>"
class A: pass
a, b = A(), A()
print(a == a, a == b, a != b, a != a, hash(a) == hash(a))
print(_strip(repr(a)), _strip(str(a)))
class E:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return isinstance(o, E) and s.v == o.v
print(E.__hash__)
try: hash(E(1))
except TypeError as e: print(e)
print(E(1) != E(1), E(1) != E(2))
try: {E(1)}
except TypeError as e: print(e)
class N:
    def __eq__(s, o): return NotImplemented
    def __lt__(s, o): return NotImplemented
print(N() == N(), N() != N())
n = N(); print(n == n)
try: N() < N()
except TypeError as e: print(e)
try: A() < 1
except TypeError as e: print(e)
try: 1 < A()
except TypeError as e: print(e)
try: A() <= "x"
except TypeError as e: print(e)
try: [1] < (1,)
except TypeError as e: print(e)
class R:
    def __init__(s, v): s.v = v
    def __gt__(s, o): print("R.gt"); return True
    def __radd__(s, o): return ('radd', o)
    def __add__(s, o): return NotImplemented
print(1 < R(1))
print(1 + R(1))
try: R(1) + 1
except TypeError as e: print(e)
class Sub(R):
    def __radd__(s, o): return ('sub radd', type(o).__name__)
print(R(1) + Sub(2))
class S:
    def __repr__(s): return "S!"
print(S(), str(S()), f"{S()}", [S()], format(S(), ''))
try: format(S(), 'x')
except TypeError as e: print(e)
class F:
    def __format__(s, spec): return "F[" + spec + "]"
print(f"{F():>10}", format(F(), "abc"), "{:q}".format(F()))
class Base:
    def __eq__(s, o): print('Base.eq'); return NotImplemented
class Derived(Base):
    def __eq__(s, o): print('Derived.eq'); return NotImplemented
print(Base() == Derived())
print(Derived() == Base())
class A:
    def __lt__(s, o): print('A.lt'); return NotImplemented
class B(A):
    def __gt__(s, o): print('B.gt'); return True
print(A() < B())
class Num:
    def __init__(s, v): s.v = v
    def __add__(s, o): return Num(s.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __neg__(s): return Num(-s.v)
    def __pos__(s): return s
    def __abs__(s): return Num(abs(s.v))
    def __invert__(s): return Num(~s.v)
    def __int__(s): return int(s.v)
    def __float__(s): return float(s.v)
    def __round__(s, n=None): return 'rounded %s' % n
    def __floor__(s): return 'floor'
    def __trunc__(s): return 7
    def __repr__(s): return 'Num(%r)' % s.v
    def __bool__(s): return bool(s.v)
    def __hash__(s): return hash(s.v)
    def __eq__(s, o): return isinstance(o, Num) and s.v == o.v
print(sum([Num(1), Num(2)]), -Num(3), +Num(3), abs(Num(-2)), ~Num(0), int(Num(2.7)), float(Num(2)), round(Num(1)), round(Num(1), 2))
import math
print(math.floor(Num(1)), math.trunc(Num(1)), {Num(1): 'a'}[Num(1)], Num(0) or 'falsy', Num(1) in [Num(1)], [Num(1)].index(Num(1)))
try: Num(1) - 1
except TypeError as e: print(e)
try: -object()
except TypeError as e: print(e)
try: len(5)
except TypeError as e: print(e)
try: iter(5)
except TypeError as e: print(e)
try: next([])
except TypeError as e: print(e)
five = 5
try: five()
except TypeError as e: print(e)
try: None.x
except AttributeError as e: print(e)
try: [].nope
except AttributeError as e: print(e)
try: A().nope
except AttributeError as e: print(e)
try: A.nope
except AttributeError as e: print(e)
try: object().x = 1
except AttributeError as e: print(e)
try: (1).real = 2
except AttributeError as e: print(e)
one_f = 1.0
try: 'x'[one_f]
except TypeError as e: print(e)
try: {}[[]]
except TypeError as e: print(e)
try: int('x1')
except ValueError as e: print(e)
try: float('abc')
except ValueError as e: print(e)
try: [1, 2].remove(3)
except ValueError as e: print(e)
try: {1: 2}.pop(5)
except KeyError as e: print(repr(e))
try: A()[0]
except TypeError as e: print(e)
try: A()[0] = 1
except TypeError as e: print(e)
try: del A()[0]
except TypeError as e: print(e)
try: 1 in A()
except TypeError as e: print(e)
try: sorted([A(), 1])
except TypeError as e: print(e)
try: max([])
except ValueError as e: print(e)
try: A() + 1
except TypeError as e: print(e)
try: A()(1)
except TypeError as e: print(e)
try: hash([])
except TypeError as e: print(e)
try: abs('x')
except TypeError as e: print(e)
try: chr(-1)
except ValueError as e: print(e)
try: ord('ab')
except TypeError as e: print(e)
try: [1] * 1.5
except TypeError as e: print(e)
try: range(1.5)
except TypeError as e: print(e)
try: dict([1, 2])
except TypeError as e: print(e)
try: print(sep=1)
except TypeError as e: print(e)
try: isinstance(1, 1)
except TypeError as e: print(e)
try: super(int, 'x')
except TypeError as e: print(e)
try: object.__new__(5)
except TypeError as e: print(e)
try: A(1)
except TypeError as e: print(e)
class I:
    def __init__(self, a): pass
try: I()
except TypeError as e: print(e)
try: I(1, 2)
except TypeError as e: print(e)
try: I(b=1)
except TypeError as e: print(e)
class R:
    def __init__(self): return 5
try: R()
except TypeError as e: print(e)
