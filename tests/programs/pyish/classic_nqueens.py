"""N-queens, three ways: permutations filtered by a generator expression,
a recursive generator with sets, and a backtracking class with yield from."""
import itertools


def queens_perm(n):
    cols = range(n)
    for vec in itertools.permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


def queens_rec(n, row=0, cols=frozenset(), d1=frozenset(), d2=frozenset(), placed=()):
    if row == n:
        yield placed
        return
    for c in range(n):
        if c in cols or row + c in d1 or row - c in d2:
            continue
        yield from queens_rec(n, row + 1, cols | {c}, d1 | {row + c}, d2 | {row - c}, placed + (c,))


class Board:
    def __init__(self, n):
        self.n = n
        self.cols = [False] * n
        self.diag1 = [False] * (2 * n)
        self.diag2 = [False] * (2 * n)
        self.pos = []
        self.nodes = 0

    def free(self, r, c):
        return not (self.cols[c] or self.diag1[r + c] or self.diag2[r - c + self.n])

    def toggle(self, r, c):
        self.cols[c] = not self.cols[c]
        self.diag1[r + c] = not self.diag1[r + c]
        self.diag2[r - c + self.n] = not self.diag2[r - c + self.n]

    def solve(self, r=0):
        self.nodes += 1
        if r == self.n:
            yield tuple(self.pos)
            return
        for c in range(self.n):
            if self.free(r, c):
                self.toggle(r, c)
                self.pos.append(c)
                try:
                    yield from self.solve(r + 1)
                finally:
                    self.pos.pop()
                    self.toggle(r, c)

    def render(self, sol):
        return "\n".join("".join("Q" if sol[r] == c else "." for c in range(self.n)) for r in range(self.n))


def main(n):
    a = list(queens_perm(min(n, 6)))
    b = list(queens_rec(n))
    board = Board(n)
    c = list(board.solve())
    print(n, len(a), len(b), len(c), b == c, board.nodes)
    print(b[:3], c[-1])
    first = next(Board(n).solve())
    print(Board(n).render(first))
    gen = Board(n).solve()
    print(next(gen))
    gen.close()
    return sum(sum(s) for s in c)


for n in (4, 5, 6):
    print("checksum", main(n))
