"""Chaos game: iterate random affine maps (a Sierpinski triangle and a
Barnsley-fern-like IFS) with a seeded RNG and rasterize to ASCII."""
import random


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.m = (a, b, c, d, e, f)
        self.weight = weight

    def __call__(self, x, y):
        a, b, c, d, e, f = self.m
        return a * x + b * y + e, c * x + d * y + f


class IFS:
    def __init__(self, maps, seed):
        self.maps = maps
        self.rng = random.Random(seed)
        total = sum(m.weight for m in maps)
        acc = 0.0
        self.cumulative = []
        for m in maps:
            acc += m.weight / total
            self.cumulative.append(acc)

    def pick(self):
        r = self.rng.random()
        for m, c in zip(self.maps, self.cumulative):
            if r <= c:
                return m
        return self.maps[-1]

    def points(self, n, skip=10):
        x, y = 0.0, 0.0
        for i in range(n + skip):
            x, y = self.pick()(x, y)
            if i >= skip:
                yield x, y


class Canvas:
    def __init__(self, w, h, box):
        self.w, self.h = w, h
        self.x0, self.y0, self.x1, self.y1 = box
        self.cells = [[0] * w for _ in range(h)]

    def plot(self, x, y):
        i = int((x - self.x0) / (self.x1 - self.x0) * (self.w - 1) + 0.5)
        j = int((self.y1 - y) / (self.y1 - self.y0) * (self.h - 1) + 0.5)
        if 0 <= i < self.w and 0 <= j < self.h:
            self.cells[j][i] += 1
            return True
        return False

    def render(self):
        peak = max(max(r) for r in self.cells) or 1
        ramp = " .o*#"
        return "\n".join("".join(ramp[min(4, (v * 4 + peak - 1) // peak)] for v in row).rstrip() for row in self.cells)

    def checksum(self):
        return sum((j * self.w + i + 1) * v for j, row in enumerate(self.cells) for i, v in enumerate(row)) % 1000003


def sierpinski(n):
    maps = [Affine(0.5, 0, 0, 0.5, 0, 0, 1), Affine(0.5, 0, 0, 0.5, 0.5, 0, 1), Affine(0.5, 0, 0, 0.5, 0.25, 0.5, 1)]
    ifs = IFS(maps, 1234)
    cv = Canvas(32, 12, (0, 0, 1, 1))
    hits = sum(cv.plot(x, y) for x, y in ifs.points(n))
    print(cv.render())
    print("sierpinski hits", hits, "checksum", cv.checksum())


def fern(n):
    maps = [
        Affine(0, 0, 0, 0.16, 0, 0, 0.01),
        Affine(0.85, 0.04, -0.04, 0.85, 0, 1.6, 0.85),
        Affine(0.2, -0.26, 0.23, 0.22, 0, 1.6, 0.07),
        Affine(-0.15, 0.28, 0.26, 0.24, 0, 0.44, 0.07),
    ]
    ifs = IFS(maps, 99)
    cv = Canvas(24, 16, (-2.5, 0, 2.8, 10))
    xs = []
    for x, y in ifs.points(n):
        cv.plot(x, y)
        xs.append(x)
    print(cv.render())
    print("fern checksum", cv.checksum(), round(min(xs), 9), round(max(xs), 9))


def main(n):
    random.seed(5)
    sierpinski(n)
    fern(n)
    random.seed(n)
    print(random.random(), [random.randint(0, 9) for _ in range(5)])


main(1500)
