log = []
def t(name, v): log.append(name); return v
class Obj:
    def __getitem__(s, k): log.append(('get', k)); return 10
    def __setitem__(s, k, v): log.append(('set', k, v))
o = Obj()
o[t('idx', 3)] += t('rhs', 1)
print(log); log.clear()
a = b = t('val', [])
print(a is b)
d = {}
d[t('k1', 'x')] = d[t('k2', 'y')] = t('v', 7)
print(log, d); log.clear()
x = [0, 0]
i = 0
i, x[i] = 1, 5
print(i, x)
class At:
    def __getattr__(s, n): log.append(('ga', n)); return 1
    def __setattr__(s, n, v): log.append(('sa', n, v))
at = At(); at.q += 2; print(log); log.clear()
for a, *b in [(1, 2, 3), (4,)]: print(a, b)
for (a, b), *c in [((1, 2), 3, 4)]: print(a, b, c)
for x[0], x[1] in [(7, 8)]: pass
print(x)
data = iter([3, 2, 1, 0, 9])
while (n := next(data)) != 0: print('n', n)
print([y for v in range(5) if (y := v * v) > 3], y)
tot = 0
print([tot := tot + v for v in range(4)], tot)
def wf():
    [q := 1 for _ in range(2)]
    return q
print(wf())
print((lambda: (w := 5) + w)())
first, *mid, last = 'abcde'; print(first, mid, last)
*init, = range(3); print(init)
[p, (q, r)] = 1, [2, 3]; print(p, q, r)
try: a, b = [1, 2, 3]
except ValueError as e: print(e)
try: a, b, c = [1, 2]
except ValueError as e: print(e)
try: a, *b, c = [1]
except ValueError as e: print(e)
s = 'multi' 'line' \
    'concat'
print(s, """a
b""", '''c\'d''')
print(f'{"nested"}', f"{'q'!r}", f'{"a" + "b"!s:>5}', f'{"é"!a}', f"{3.14159:.{2}f}", f'{ {"k": 1}["k"] }')
val = 42; name = 'x'
print(f'{val=}', f'{val = }', f'{val=:>6}', f'{name=!s}', f'{val*2=}', f'{val=!r:^8}')
log = []
def t(v): log.append(v); return v
print(t(1) < t(2) < t(0) < t(9), log); log.clear()
print(t(0) or t('') or t('x') or t('y'), t(1) and t([]) and t(2), log); log.clear()
print(not t(0) == t(1), -t(2) ** 2, (-2) ** 2, 2 ** -t(1), log); log.clear()
a = [0, 1, 2, 3, 4, 5]
a[1:3] = 'xyz'; print(a); a[::2] = [9, 9, 9, 9][:len(a[::2])]; print(a)
try: a[::2] = [1]
except ValueError as e: print(e)
del a[::3]; print(a); del a[0], a[-1]; print(a)
b = list(range(5)); b[1:4:2] = 'ab'; b[10:] = [7]; b[-100:1] = []; print(b)
d = {'k': [1, 2]}; d['k'][0] += 10; d['k'] += [3]; print(d)
t1 = ([1],); 
try: t1[0] += [2]
except TypeError as e: print(e, t1)
s = 'ab'; s *= 2; s += 'c'; print(s)
x = 7; x //= 2; x **= 3; x %= 10; x <<= 2; x |= 1; x ^= 3; x &= 0xff; x >>= 1; print(x)
f = 1.5; f /= 0.5; f -= 1; print(f)
st = {1, 2}; st |= {3}; st &= {1, 3}; st -= {1}; st ^= {5}; print(st)
ll = [1]; alias = ll; ll += [2]; print(alias is ll, alias); tt = (1,); ta = tt; tt += (2,); print(ta is tt)
class V:
    def __init__(s, v): s.v = v
    def __iadd__(s, o): s.v += o; return s
    def __add__(s, o): return V(s.v + o + 100)
    def __matmul__(s, o): return 'matmul'
    def __imatmul__(s, o): return 'imatmul'
v = V(1); v2 = v; v += 5; print(v is v2, v.v); m = V(0); print(m @ 1); m @= 2; print(m)
class NoI:
    def __init__(s, v): s.v = v
    def __add__(s, o): return NoI(s.v + o)
n = NoI(1); n2 = n; n += 1; print(n is n2, n.v)
print([(i, j) for i in range(4) if i % 2 for j in range(i) if j != 1])
print({(i, j): i * j for i in range(3) for j in range(i)})
it = iter(range(3)); gexp = (x * 2 for x in it); next(it); print(list(gexp))
try: (x for x in 5)
except TypeError as e: print(e)
g = (x for x in range(3)); print(list(g), list(g))
print(sum(x * x for x in range(10)), max((len(w), w) for w in 'a bb ccc'.split()), any(x > 3 for x in range(5)), all([]))
print([*range(3), *'ab'], {*'aab'} == {'a', 'b'}, {**{'a': 1}, 'b': 2, **{'a': 3}}, (*[1], 2))
mat = [[1, 2], [3, 4]]; print([[r[i] for r in mat] for i in range(2)], list(zip(*mat)), [x for row in mat for x in row])
print(1 if 0 else 2 if 0 else 3, (lambda: 0)() or 'default', [] or {} or 0 or None)
print(type(...).__name__, ... is Ellipsis, None.__class__.__name__, NotImplemented.__class__.__name__)
i = 10
for i in range(3): pass
print(i)
for j in []: pass
else: print('empty else')
print(list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))), list(filter(None, [0, 1, '', 'a'])), list(enumerate('ab', 1)))
print(sorted(['b', 'A', 'c'], key=str.lower, reverse=True), sorted([3, 1, 2], reverse=True), list(reversed(range(3))))
print(isinstance([], (list, tuple)), type(1) is int, type(True) == bool, int in bool.__mro__)
nums = [3, 1, 2]; nums.sort(key=lambda x: -x); print(nums, nums.index(1), nums.count(3))
print(divmod(-7, 3), -7 // 3, 7 // -3, -7 % 3, 2 ** 100 % 7, abs(-3), abs(-2.5), int('-0'), -0 == 0)
