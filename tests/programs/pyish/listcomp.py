# List comprehensions
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0])
print([x for x in range(30) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
print([c.upper() for c in "hello"])
print([len(w) for w in "the quick brown fox".split()])
print([x if x > 0 else 0 for x in [-2, -1, 0, 1, 2]])
print([(i, c) for i, c in enumerate("abc")])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([k for k in {"b": 1, "a": 2}])
x = "outer"
r = [x for x in range(3)]
print(r, x)
n = 4
print([n * i for i in range(n)])
def f(k):
    return [i + k for i in range(3)]
print(f(100))
print([[y for y in range(x)] for x in range(5)])
print([s for s in ["", "a", "", "bc"] if s])
print(sum([i for i in range(101)]))
print([f"{i}:{i ** 2}" for i in range(4)])
words = ["apple", "bob", "kayak", "tree"]
print([w for w in words if w == w[::-1]])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([x for x in []])
