import functools


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __iter__(self):
        yield self.x
        yield self.y


a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, -a, abs(b))
print(sum([a, b, Vec(10, 10)]))
print(a + 1.5, 2 + a)
print(a == Vec(1, 2), a != Vec(1, 2), a == 5, a != "x")
print(len({a, Vec(1, 2), b}), {a: "first", Vec(1, 2): "second"})
x, y = b
print(x, y, list(a), tuple(b))
try:
    a + "s"
except TypeError as e:
    print("TypeError", e)


@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    def __hash__(self):
        return hash(self.parts)


vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2", "0.9.9", "1.2.3"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") <= Version("1.2.0"), Version("2.0") >= Version("1.99"), Version("1.0") > Version("1.0"))
print(sorted(set(vs)))


class Money:
    def __init__(self, cents):
        self.cents = cents
    def __iadd__(self, other):
        self.cents += other.cents
        return self
    def __lt__(self, other):
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents
    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
    def __bool__(self):
        return self.cents != 0
    def __floordiv__(self, n):
        return Money(self.cents // n)
    def __mod__(self, n):
        return Money(self.cents % n)
    def __truediv__(self, n):
        return self.cents / n / 100
    def __pow__(self, n):
        return self.cents ** n
    def __rsub__(self, other):
        return Money(other * 100 - self.cents)

m = Money(1050)
m2 = m
m += Money(275)
print(m, m2, m is m2, m // 4, m % 7, m / 2, Money(3) ** 2, 20 - m)
print(bool(Money(0)), bool(m), "yes" if Money(0) else "no")
print(Money(5) > Money(3), Money(5) >= Money(5), sorted([Money(9), Money(1), Money(5)], reverse=True)[0])


class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __repr__(self):
        return f"Matrix({self.rows})"

M = Matrix([[1, 2], [3, 4]])
N = M @ M
N[0, 1] = -1
print(N, N[1, 1])
print(a.__add__("q"), Vec.__add__(a, b))
