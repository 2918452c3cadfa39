"""Float kernel: many Point objects, normalize each, then reduce to the
componentwise maximum (the classic 'float' benchmark shape)."""
import math


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        norm = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt


def benchmark(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    return maximize(points)


class Stats:
    def __init__(self):
        self.n = 0
        self.mean = 0.0
        self.m2 = 0.0
        self.lo = math.inf
        self.hi = -math.inf

    def add(self, v):
        self.n += 1
        d = v - self.mean
        self.mean += d / self.n
        self.m2 += d * (v - self.mean)
        self.lo = min(self.lo, v)
        self.hi = max(self.hi, v)

    @property
    def variance(self):
        return self.m2 / (self.n - 1) if self.n > 1 else float("nan")

    def __str__(self):
        return f"n={self.n} mean={self.mean:.9f} sd={math.sqrt(self.variance):.9f} range=[{self.lo:.6g}, {self.hi:.6g}]"


def main(n):
    print(benchmark(n))
    st = Stats()
    for i in range(n):
        p = Point(i * 0.37)
        p.normalize()
        st.add(p.x * p.y - p.z)
    print(st)
    print(repr(0.1 + 0.2), 1e16, 1.5e-7, 2.0 ** 60, -0.0, float("inf"), 1 / 3, round(2.675, 2), 10 / 4)
    print(math.fsum([0.1] * 10), sum([0.1] * 10), math.hypot(3, 4), f"{math.pi:.15e}", f"{1e300 * 1e10}")
    print(Stats().variance, math.isnan(Stats().variance), int(7.9), int(-7.9), 7.0 // 2, -7.5 % 2, divmod(-7.5, 2))


main(500)
main(64)
