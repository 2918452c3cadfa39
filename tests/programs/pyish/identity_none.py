# Identity operators, None handling, and object aliasing
a = [1, 2, 3]
b = a
c = list(a)
print(a is b, a is c, a is not c, a == c)
b.append(4)
print(a, c)
print(None is None, None is not None, type(None))
def maybe(x):
    if x > 0:
        return x
r1 = maybe(5)
r2 = maybe(-5)
print(r1, r2, r1 is None, r2 is None)
print(True is True, False is not True, (1 < 2) is True)
x = None
print(x or "fallback", x is None and "was none")
vals = [0, None, "", None, False]
print([v is None for v in vals], vals.count(None))
print([v for v in vals if v is not None])
d = {"a": None}
print(d.get("a") is None, d.get("b") is None, "a" in d, "b" in d)
e = []
f = e
e += [1]
print(f, e is f)
g = (1, 2)
h = g
g += (3,)
print(g is h, h)
s1 = "text"
s2 = s1
s1 += "!"
print(s1, s2)
nested = [[0]] * 2
print(nested[0] is nested[1])
nested2 = [[0] for _ in range(2)]
print(nested2[0] is nested2[1])
def ident(v):
    return v
print(ident(a) is a, id(a) == id(ident(a)), id(a) == id(c))
print(repr(None), str(None), [None], {None: None})
empty = None
items = empty if empty is not None else []
print(items)
print(sorted([3, 1, 2]) is not None, print("side effect") is None)
