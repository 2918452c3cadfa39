# for loops over various iterables
for x in [1, 2, 3]:
    print("list", x)
for x in (4, 5):
    print("tuple", x)
for ch in "abc":
    print("str", ch)
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print("dict key", k)
for k, v in d.items():
    print("item", k, v)
for v in d.values():
    print("value", v)
for x in sorted({30, 10, 20}):
    print("set", x)
for i in range(10, 0, -3):
    print("range", i)
for i in range(0):
    print("never")
for a, b in [(1, 2), (3, 4)]:
    print("pair", a, b)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print("nested", a, b, c)
for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print("starred", first, rest)
for i, ch in enumerate("xyz", start=1):
    print("enum", i, ch)
for a, b in zip([1, 2, 3], "ab"):
    print("zip", a, b)
for sq in map(lambda n: n * n, range(4)):
    print("map", sq)
for e in filter(None, [0, 1, "", "s", None, [], [0]]):
    print("filter", e)
for r in reversed([1, 2, 3]):
    print("reversed", r)
for g in (n * 10 for n in range(3)):
    print("genexpr", g)
it = iter([7, 8, 9])
next(it)
for rest in it:
    print("iter rest", rest)
lst = [1, 2, 3]
for x in lst[:]:
    lst.append(x * 10)
print(lst)
for k in list(d):
    if k.startswith("t"):
        del d[k]
print(d)
total = 0
for row in [[1, 2, 3], [4, 5, 6]]:
    for v in row:
        total += v
print(total)
