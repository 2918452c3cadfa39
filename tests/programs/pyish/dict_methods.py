# Dict methods
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d))
print(d.get("a"), d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d)
print(d.pop("zz", "missing"))
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d["n"].append(1)
print(d)
d.update({"a": 10, "x": 5})
d.update(y=6)
d.update([("z", 7)])
print(d)
print(d.popitem(), d)
e = d.copy()
e["new"] = True
print("new" in d, "new" in e)
e.clear()
print(e)
print(dict.fromkeys(["p", "q"], 0), dict.fromkeys("ab"))
print(dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("xy", [1, 2])))
d2 = {1: "one", 2: "two"}
d2[1] = "uno"
print(d2)
print({**d2, 3: "three"}, d2 | {4: "four"})
d2 |= {5: "five"}
print(d2)
keys = d2.keys()
d2[6] = "six"
print(list(keys), len(keys))
inv = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
counts = {}
for w in "the cat the hat the end".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
del counts["the"]
print(counts)
print({(1, 2): "tuple key", 3.5: "float", None: "none", True: "bool"})
print({1: "a", 1.0: "b"}, {0: 1} == {False: 1})
order = {}
order["z"] = 1
order["a"] = 2
order["z"] = 3
print(order, list(order))
print(sorted({"b": 1, "a": 2}), max({"b": 1, "a": 2}), min({3: 0, 1: 0}))
print({"a": 1} == {"a": 1}, {"a": 1} != {"a": 2})
print(list(reversed({"a": 1, "b": 2, "c": 3})))
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"][0] += 5
print(nested, str(nested) == repr(nested))
