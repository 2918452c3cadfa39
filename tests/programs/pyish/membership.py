# in / not in across containers
lst = [1, 2, 3, [4, 5]]
print(1 in lst, 4 in lst, [4, 5] in lst, 9 not in lst)
t = (1, "a", None)
print("a" in t, None in t, "b" in t)
s = "hello world"
print("lo w" in s, "" in s, "xyz" in s, "H" in s, "h" not in s)
d = {"a": 1, "b": 2}
print("a" in d, 1 in d, "c" not in d)
print(1 in d.values(), "b" in d.keys(), ("a", 1) in d.items())
st = {1, 2, 3}
print(2 in st, 5 in st, 5 not in st)
print(3 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(1.0 in [1, 2], True in [1], 0 in [False])
nested = [[1, 2], [3, 4]]
print(any(3 in row for row in nested))
print([x for x in range(10) if x not in (2, 3, 5, 7)])
words = ["apple", "banana", "cherry"]
for w in ["banana", "kiwi"]:
    if w in words:
        print(w, "found at", words.index(w))
    else:
        print(w, "missing")
print("a" in "abc" in "xabcx")
fs = frozen = (1, 2)
print(2 in fs)
