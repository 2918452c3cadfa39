class BadLen:
    def __len__(s): return 'x'
try: len(BadLen())
except TypeError as e: print(e)
class NegLen:
    def __len__(s): return -1
try: len(NegLen())
except ValueError as e: print(e)
class FLen:
    def __len__(s): return 2.0
try: len(FLen())
except TypeError as e: print(e)
class BadBool:
    def __bool__(s): return 1
try: bool(BadBool())
except TypeError as e: print(e)
try:
    if BadBool(): pass
except TypeError as e: print(e)
try: not BadBool()
except TypeError as e: print(e)
class LenBool:
    def __len__(s): return 0
print(bool(LenBool()), not LenBool(), 'yes' if LenBool() else 'no')
class Idx:
    def __init__(s, v): s.v = v
    def __index__(s): return s.v
L = list(range(10))
print(L[Idx(2):Idx(5)], L[Idx(3)], 'abcdef'[Idx(1)::Idx(2)], hex(Idx(255)), bin(Idx(5)), range(Idx(3)))
print([1, 2] * Idx(2), Idx(2) * [0] if False else None)
class Cont:
    def __iter__(s): return iter([1, 2, 3])
print(2 in Cont(), 5 in Cont(), 2 not in Cont())
class GI:
    def __getitem__(s, k):
        if isinstance(k, slice): return ('slice', k.start, k.stop, k.step, k.indices(10))
        return ('item', k)
g = GI()
print(g[1], g[1:2], g[::-1], g[1:2, 3], g[...], g[:, None])
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(7))
print(slice(1, 2) == slice(1, 2), repr(slice(None, 3)))
class DD(dict):
    def __missing__(s, k): return k * 2
d = DD(a=1); print(d['a'], d['zz'], d.get('zz'), 'zz' in d, d)
class LS(list):
    def __eq__(s, o): return 'eq called'
print(LS([1]) == [1], [1] == LS([1]), LS([1]) != [1])
class Lt:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
    def __repr__(s): return f'Lt({s.v})'
print(sorted([Lt(3), Lt(1), Lt(2)]), max([Lt(3), Lt(1)]), min(Lt(5), Lt(4)))
print(Lt(1) > Lt(0))
try: Lt(1) <= Lt(2)
except TypeError as e: print(e)
import functools
@functools.total_ordering
class TO:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(TO(1) <= TO(2), TO(3) >= TO(2), TO(1) > TO(2), TO(2) == TO(2))
import copy
class Node:
    def __init__(s, v, kids=()): s.v = v; s.kids = list(kids)
n = Node(1, [Node(2), Node(3)]); n.self = n
c = copy.copy(n); dc = copy.deepcopy(n)
print(c.kids is n.kids, dc.kids is n.kids, dc.self is dc, dc.kids[0].v, type(dc).__name__)
class CC:
    def __init__(s): s.l = [1]
    def __copy__(s): print('copy hook'); return 'copied'
    def __deepcopy__(s, memo): print('deepcopy hook'); return 'deep'
print(copy.copy(CC()), copy.deepcopy([CC()]))
class P:
    def __hash__(self): return 1
class Q(P):
    def __eq__(self, o): return True
print(Q.__hash__ is None, P.__hash__ is not None)
try: hash(Q())
except TypeError as e: print(e)
class R(Q):
    __hash__ = P.__hash__
print(hash(R()))
class Unh:
    __hash__ = None
try: {Unh()}
except TypeError as e: print(e)
class Ls(list): pass
try: hash(Ls())
except TypeError as e: print(e)
class It:
    def __init__(s): s.i = 0
    def __iter__(s): return s
    def __next__(s):
        s.i += 1
        if s.i > 2: raise StopIteration
        return s.i
i = It(); print(iter(i) is i, list(i), list(i))
class BadIter:
    def __iter__(s): return 5
try: iter(BadIter())
except TypeError as e: print(e)
try:
    for _ in BadIter(): pass
except TypeError as e: print(e)
class NoNext:
    def __iter__(s): return s
try: next(NoNext())
except TypeError as e: print(e)
