class Squares:
    """Iteration via the old __getitem__ protocol."""
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if i < 0 or i >= self.n:
            raise IndexError("Squares index out of range")
        return i * i


s = Squares(6)
print(len(s), s[2], s[-1], list(s), 16 in s, 17 in s)
print(sum(s), sorted(s, reverse=True)[:3], [s[i] for i in range(len(s)) if s[i] % 2])
print(list(reversed(s)))
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)


class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1


c = Countdown(4)
print(list(c), list(c))
it = iter(Countdown(3))
print(next(it), next(it), next(it), next(it, "done"))
print(list(zip(Countdown(3), "abc")), dict(enumerate(Countdown(2))))


class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __contains__(self, x):
        print("  contains?", x)
        return x in self.items
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)


b = Bag(1, 2, 3)
print(2 in b, 5 in b, 5 not in b)
print(bool(b), bool(Bag()), "empty" if not Bag() else "full")


class Adder:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x + self.k + sum(rest)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5.calls, callable(add5), callable(3))
print(list(map(add5, [0, 10])))


class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P<{self.x!r}>"
    def __str__(self):
        return f"p{self.x}"


p = P("a")
print(p, str(p), repr(p), [p], (p,), {"k": p}, {p}.__len__())
print(f"{p} {p!r} {p!s} {[p, P(2)]}")
print("%s %r" % (p, p), "{} {!r}".format(p, p), str([P(1)]))


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class Plain:
    pass

print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
print(repr(Plain()).startswith("<__main__.Plain object at 0x"))


class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v > 0

class LenOnly:
    def __len__(self):
        return 0

print([bool(Truthy(i)) for i in (-1, 0, 1)], bool(LenOnly()), not LenOnly())
print(Truthy(1) and "and-ok", Truthy(0) or "or-ok")
vals = [Truthy(3), Truthy(-3), Truthy(0)]
print(sum(1 for v in vals if v), any(vals), all(vals))
while Truthy(0):
    print("never")
print(list(filter(None, [0, 1, "", "x", None, LenOnly(), [0]])))
