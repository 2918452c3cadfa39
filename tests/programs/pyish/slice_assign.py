# Slice assignment and deletion
a = list(range(10))
a[2:5] = ["a", "b", "c"]
print(a)
a[2:5] = []
print(a)
a[1:1] = [100, 200]
print(a)
a[:2] = "xy"
print(a)
a[-2:] = [7, 8, 9, 10]
print(a)
b = list(range(10))
b[::2] = [0] * 5
print(b)
b[1::2] = ["o"] * 5
print(b)
b[::-3] = ["R", "R", "R", "R"]
print(b)
c = [1, 2, 3]
c[len(c):] = [4, 5]
print(c)
c[:0] = [-1, 0]
print(c)
c[:] = [9]
print(c)
d = list(range(10))
del d[0]
print(d)
del d[-1]
print(d)
del d[2:4]
print(d)
del d[::2]
print(d)
del d[:]
print(d)
e = list(range(8))
del e[1::3]
print(e)
f = [0, 1, 2, 3, 4]
f[1:3] = (x * 10 for x in range(5))
print(f)
g = [[0, 0], [0, 0]]
g[0][:] = [1, 2]
g[1][1:] = [3, 4, 5]
print(g)
alias = [1, 2, 3]
keep = alias
alias[:] = [4, 5]
print(keep, keep is alias)
d2 = {"a": 1, "b": 2, "c": 3}
del d2["b"]
print(d2)
m = [[1, 2, 3], [4, 5, 6]]
del m[0][1]
del m[1][:2]
print(m)
h = list(range(6))
h[1:5] = h[4:0:-1]
print(h)
