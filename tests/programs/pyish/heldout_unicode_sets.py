s = "Grüße aus Köln! Ελληνικά και русский текст. 日本語のテキスト 😀🎉 café CAFÉ ﬁne"
print(len(s), s.upper(), s.lower(), s.casefold())
print([w for w in s.split() if w.isalpha()], s.count('é'), s.find('😀'), s[s.find('日'):s.find('日') + 3])
print(sorted(set(s.lower()) & set("aeiouäöüé")), "".join(sorted(c for c in set("mississippi"))))
print([ord(c) for c in "aé€😀"], "".join(chr(c) for c in [72, 233, 8364, 128512]), ascii("Grüße"), repr("tab\tü"))
print("straße".upper(), "ǈ".lower(), "ǈ".upper(), "ΣΑΣ".lower(), "İstanbul".lower()[:3] == "i̇s", len("İ".lower()))
print("ü".center(5, '·'), "日本".ljust(4, '＊') + '|', "x".rjust(3, '→'), f"{'é':^5}|", f"{'日本語':>6}|")
print([c.isupper() for c in "AÄΣЖa"], [c.isdigit() for c in "1١۱①"], [c.isdecimal() for c in "1١①"], [c.isnumeric() for c in "½①四"])
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
c = set(range(3, 9, 2))
print(a | b, a & b, a - b, b - a, a ^ b, a | b | c, a & b & c, (a | b) - (a & b) == a ^ b)
print(a <= a | b, a < a, a.issuperset({1, 2}), {1, 2}.issubset(a), a.isdisjoint({10}), len(a | b), 3 in a, 9 not in c)
d = a.copy(); d.add(99); d -= {1}; d |= {0}; d &= set(range(50)); d ^= {2, 100}
print(sorted(d), sorted(a))
evens = {x for x in range(20) if x % 2 == 0}
squares = {x * x for x in range(10)}
print(sorted(evens & squares), sorted(evens - squares)[:5], min(squares ^ evens), max(evens | squares))
words = ["apple", "banana", "cherry", "avocado", "blueberry", "cranberry"]
by_first = {}
for w in words:
    by_first.setdefault(w[0], set()).add(len(w))
print({k: sorted(v) for k, v in sorted(by_first.items())})
letters = [set(w) for w in words]
common = letters[0].intersection(*letters[1:])
print(sorted(common), sorted(set.union(*letters))[:10], len(set().union(*letters)))
fs = frozenset([3, 1, 2])
print(sorted(fs), fs == {1, 2, 3}, {fs: 'frozen'}[frozenset({1, 2, 3})], sorted({frozenset({1}), frozenset({1})}, key=len))
print(sorted({(1, 'a'), (0, 'b'), (1, 'a')}), sorted(set([3, 3, 2, 1, 2])), set() == set([]), len({1, True, 1.0}))
s1 = set("hello world")
s1.discard(' '); s1.remove('h')
print(sorted(s1), sorted(s1.symmetric_difference("xyz")), s1.union("ab") > s1)
