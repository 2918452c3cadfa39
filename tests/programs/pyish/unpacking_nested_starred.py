# Tuple / list unpacking, nested and starred
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = [5, 6]
print(m, n)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
a1, *b1, c1 = [1, 2]
print(a1, b1, c1)
*only, = [7, 8]
print(only)
(a, b), *others = [(1, 2), (3, 4), (5, 6)]
print(a, b, others)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
a, [b, *c], d = 0, [1, 2, 3], 4
print(a, b, c, d)
k1, k2 = {"a": 1, "b": 2}
print(k1, k2)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
s = [1, 2, 3]
s[0], s[2] = s[2], s[0]
print(s)
for idx, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(idx, name, score)
for a, *bs in [(1, 2, 3), (4,)]:
    print(a, bs)
def pair():
    return "left", "right"
l, r2 = pair()
print(l, r2)
v = w = 5
print(v, w)
t = 1, 2, 3
print(t, type(t))
single = 1,
print(single)
print([*range(3), *"ab"], (*[1], *(2, 3)))
u1, u2, u3 = map(int, "4 5 6".split())
print(u1 + u2 + u3)
fib = [0, 1]
for _ in range(8):
    a, b = fib[-2:]
    fib.append(a + b)
print(fib)
d = {}
d["x"], d["y"] = 1, 2
print(d)
