# Dict and set comprehensions
squares = {x: x * x for x in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({v: k for k, v in {"a": 1, "b": 2, "c": 3}.items()})
print({c: ord(c) for c in "hello"})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
print({w: len(w) for w in words if len(w) > 5})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
s = {x % 5 for x in range(20)}
print(sorted(s), len(s))
print(sorted({len(w) for w in words}))
print({x * 2 for x in range(5)} == {0, 2, 4, 6, 8})
print(sorted({c for c in "mississippi"}))
print({i: {j for j in range(i)} for i in range(4)})
nested = {i: {j: i + j for j in range(2)} for i in range(3)}
print(nested)
print(nested[2][1])
print({k: v for k, v in zip("abc", range(3))})
print({x for x in [1, 1, 2, 3, 3, 3]})
print(dict((k, k * 10) for k in range(3)))
print(set(x // 2 for x in range(10)))
print({} == {k: 1 for k in []}, set() == {k for k in []})
