def t(name, v):
    print('eval', name)
    return v
def f(*args, **kw):
    return args, kw
print(f(*t('a', [1]), k=t('k', 2), *t('b', [3])))
print(f(t('p', 0), *t('a', [1]), x=t('x', 1), **t('d', {'y': 2}), z=t('z', 3)))
print(f(k=t('k', 1), *t('a', [5])))
a, b = [1, 2], (3, 4)
print(*a, *b, sep=', ')
print([*range(3), *'ab'], (*a,), {*a, *b} == {1, 2, 3, 4}, {**{'x': 1}, 'y': 2, **{'x': 3}})
x, *y = *a, 9
print(x, y)
*z, = [7, 8]
[p, *q] = (1, 2, 3)
print(z, p, q)
first, *mid, last = "string"
print(first, mid, last)
(m, n), *rest = [(1, 2), 3, 4]
print(m, n, rest)
for i, *tail in [(1, 2, 3), (4,)]:
    print(i, tail)
nested = [[1, [2, 3]], [4, [5, 6]]]
for a1, (b1, c1) in nested:
    print(a1 + b1 + c1, end=' ')
print()
def g(a, b, c=0, *d, e=5, **f_):
    return a, b, c, d, e, f_
print(g(*[1, 2], *[], 3, 4, **{'e': 6}, g=7))
print(g(1, *(2,), **{'c': 3}))
args = (1, 2, 3, 4, 5)
kwargs = {'e': 'E', 'extra': True}
print(g(*args, **kwargs))
print(max(*[3, 9, 2]), min(*'hello'), list(zip(*[(1, 'a'), (2, 'b'), (3, 'c')])))
print(dict(**{'a': 1}, b=2), dict([('x', 1)], **{'y': 2}))
matrix = [[1, 2, 3], [4, 5, 6]]
print([*zip(*matrix)], [list(col) for col in zip(*matrix)], sum(zip(*matrix).__next__()))
