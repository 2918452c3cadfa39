# Generator expressions
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(min(x for x in [5, 3, 9]))
print(list(x + 1 for x in range(5)))
print(tuple(c for c in "abc"))
print(sorted((x % 4 for x in range(10)), reverse=True))
print(any(x > 8 for x in range(10)), all(x < 5 for x in range(10)))
g = (i * 2 for i in range(4))
print(next(g), next(g))
print(list(g))
print(list(g))
print(next(g, "exhausted"))
side = []
def note(v):
    side.append(v)
    return v
g2 = (note(x) for x in range(5))
print(side)
print(next(g2), side)
for v in g2:
    if v == 2:
        break
print(side)
print(list(g2), side)
print(sum(x for x in range(100) if x % 7 == 0))
print(list((x, y) for x in range(3) for y in "ab" if x != 1))
print(dict((str(i), i) for i in range(3)))
print(",".join(str(n) for n in range(5)))
print(set(len(s) for s in ["aa", "b", "cc"]) == {1, 2})
nested = (sum(row) for row in [[1, 2], [3, 4], [5]])
print(list(nested))
gen = (x for x in [1, 2, 3])
it = iter(gen)
print(it is gen, next(it))
print(list(zip((i for i in range(3)), (c for c in "xyz"))))
print(sum((i for i in range(5)), 100))
first_even = next((x for x in [1, 3, 6, 7, 8] if x % 2 == 0), None)
print(first_even, next((x for x in [1, 3] if x % 2 == 0), None))
