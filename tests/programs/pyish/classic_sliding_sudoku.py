"""Puzzle solvers: breadth-first search on the 8-puzzle with a state class,
and a constraint-propagating sudoku solver."""
from collections import deque


class State:
    __slots__ = ("tiles", "blank")
    MOVES = {"U": -3, "D": 3, "L": -1, "R": 1}

    def __init__(self, tiles):
        self.tiles = tuple(tiles)
        self.blank = self.tiles.index(0)

    def __eq__(self, other):
        return self.tiles == other.tiles

    def __hash__(self):
        return hash(self.tiles)

    def neighbours(self):
        r, c = divmod(self.blank, 3)
        for name, delta in self.MOVES.items():
            if (name == "U" and r == 0) or (name == "D" and r == 2):
                continue
            if (name == "L" and c == 0) or (name == "R" and c == 2):
                continue
            t = list(self.tiles)
            j = self.blank + delta
            t[self.blank], t[j] = t[j], t[self.blank]
            yield name, State(t)

    def __str__(self):
        return "/".join("".join(str(v) if v else "_" for v in self.tiles[i:i + 3]) for i in (0, 3, 6))


def bfs(start, goal):
    frontier = deque([start])
    parent = {start: None}
    while frontier:
        s = frontier.popleft()
        if s == goal:
            path = []
            while parent[s] is not None:
                s, move = parent[s]
                path.append(move)
            return "".join(reversed(path)), len(parent)
        for move, n in s.neighbours():
            if n not in parent:
                parent[n] = (s, move)
                frontier.append(n)
    return None, len(parent)


class Unsolvable(Exception):
    pass


class Sudoku:
    DIGITS = set(range(1, 10))

    def __init__(self, text):
        vals = [int(ch) if ch.isdigit() else 0 for ch in text if ch in "0123456789."]
        if len(vals) != 81:
            raise ValueError(f"need 81 cells, got {len(vals)}")
        self.grid = vals
        self.guesses = 0

    @staticmethod
    def peers(i):
        r, c = divmod(i, 9)
        br, bc = r - r % 3, c - c % 3
        ps = {r * 9 + k for k in range(9)} | {k * 9 + c for k in range(9)}
        ps |= {(br + a) * 9 + bc + b for a in range(3) for b in range(3)}
        ps.discard(i)
        return ps

    def candidates(self, i):
        return self.DIGITS - {self.grid[p] for p in PEERS[i]}

    def solve(self):
        best, best_c = None, None
        for i, v in enumerate(self.grid):
            if v == 0:
                c = self.candidates(i)
                if not c:
                    raise Unsolvable(i)
                if best is None or len(c) < len(best_c):
                    best, best_c = i, c
                    if len(c) == 1:
                        break
        if best is None:
            return True
        for d in sorted(best_c):
            self.grid[best] = d
            self.guesses += 1
            try:
                if self.solve():
                    return True
            except Unsolvable:
                pass
        self.grid[best] = 0
        raise Unsolvable(best)

    def __str__(self):
        return "\n".join("".join(map(str, self.grid[r * 9:r * 9 + 9])) for r in range(9))


PEERS = [Sudoku.peers(i) for i in range(81)]


def main():
    goal = State([1, 2, 3, 4, 5, 6, 7, 8, 0])
    for start in ([1, 2, 3, 4, 5, 6, 0, 7, 8], [1, 2, 3, 0, 4, 6, 7, 5, 8], [4, 1, 3, 7, 2, 6, 0, 5, 8], [1, 3, 6, 5, 2, 0, 4, 7, 8]):
        s = State(start)
        path, seen = bfs(s, goal)
        print(s, "->", path, len(path), seen)
    puzzle = ("53..7...." "6..195..." ".98....6." "8...6...3" "4..8.3..1"
              "7...2...6" ".6....28." "...419..5" "....8..79")
    sd = Sudoku(puzzle)
    sd.solve()
    print(sd)
    print("guesses", sd.guesses, "sum", sum(sd.grid), all(len(set(sd.grid[r * 9:r * 9 + 9])) == 9 for r in range(9)))
    try:
        Sudoku("123")
    except ValueError as e:
        print("error:", e)
    bad = Sudoku("12345678." + "........9" + "." * 63)
    try:
        bad.solve()
    except Unsolvable as e:
        print("unsolvable at", e.args)


main()
