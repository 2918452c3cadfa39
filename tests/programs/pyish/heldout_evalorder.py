log = []
def t(name, value):
    log.append(name)
    print("eval", name, end="; ")
    return value
def flush():
    print()
    out = list(log)
    log.clear()
    return out

print(t('a', 1) < t('b', 2) < t('c', 0) < t('d', 5))
print(flush())
print(t('a', 3) > t('b', 2) == t('c', 2) != t('d', 9))
print(flush())
print(t('x', 0) or t('y', '') or t('z', 'last'))
print(t('x', 1) and t('y', []) and t('z', 'never'))
print(not t('n', 0), t('p', None) is None, flush())
d = {'k': [0, 0, 0]}
def key(k):
    print("key", k, end="; ")
    return k
def idx(i):
    print("idx", i, end="; ")
    return i
d[key('k')][idx(1)] += 5
d[key('k')][idx(2)] -= t('rhs', 3)
print(d, flush())
x = [t('e1', 1), t('e2', 2), *[t('e3', 3)], t('e4', 4)]
print(x, flush())
dd = {t('k1', 'a'): t('v1', 1), t('k2', 'b'): t('v2', 2)}
print(dd, flush())
def f(*args, **kw):
    return args, kw
print(f(t('p1', 1), *[t('p2', 2)], k=t('kw', 3), **{'z': t('zz', 4)}), flush())
a = b = c = t('chain', [])
a.append(1)
print(a, b, c, a is c)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
lst2 = [0, 1, 2]
j = 0
lst2[j], j = 5, 2
print(lst2, j)
a, b = 1, 2
a, b = b, a + b
print(a, b)
v = [1, 2, 3]
v[0], v[2] = v[2], v[0]
print(v)
print(t('cond', True) if t('test', False) else t('else', 'E'), flush())
print([t(f'c{i}', i) for i in range(3) if t(f'f{i}', i % 2 == 0)], flush())
print(t('l', [1, 2, 3])[t('s', 1):t('e', 3)], flush())
def side(n):
    print('side', n, end=' ')
    return n
print(min(side(3), side(1), side(2)), max(side(5), key=lambda q: -q) if False else '')
print(all(side(x) for x in [1, 0, 2]), any(side(x) for x in [0, 3, 4]))
s = {'total': 0}
for n in range(4):
    s['total'] += n * n
print(s)
m = [[0] * 3 for _ in range(3)]
for r in range(3):
    for cidx in range(3):
        m[r][cidx] += r * 3 + cidx
        m[r][cidx] **= 2
print(m)
q = [1, 2]
q += [3]
q *= 2
tt = (1,)
tt += (2,)
ss = "ab"
ss *= 3
st = {1, 2}
st |= {3}
st &= {2, 3, 4}
st ^= {9}
st -= {2}
print(q, tt, ss, st)
n = 17
n //= 3; n **= 3; n %= 50; n <<= 3; n >>= 1; n ^= 0b1010; n |= 1; n &= 0xFF
print(n)
