def life_step(grid):
    rows, cols = len(grid), len(grid[0])
    new = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            n = sum(grid[(r + dr) % rows][(c + dc) % cols]
                    for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0))
            new[r][c] = 1 if n == 3 or (n == 2 and grid[r][c]) else 0
    return new

def show(grid):
    return "\n".join("".join('#' if x else '.' for x in row) for row in grid)

g = [[0] * 8 for _ in range(8)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    g[r][c] = 1
for gen in range(4):
    print(f"gen {gen}:")
    print(show(g))
    g = life_step(g)
print(sum(map(sum, g)))

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
board = [[0 if ch == '.' else int(ch) for ch in line] for line in PUZZLE.split()]
def candidates(b, r, c):
    used = set(b[r]) | {b[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {b[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]

steps = [0]
def solve(b):
    best = None
    for r in range(9):
        for c in range(9):
            if b[r][c] == 0:
                cands = candidates(b, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for d in cands:
        steps[0] += 1
        b[r][c] = d
        if solve(b):
            return True
    b[r][c] = 0
    return False

print(solve(board), steps[0])
for i, row in enumerate(board):
    if i and i % 3 == 0:
        print("------+-------+------")
    print(" | ".join(" ".join(map(str, row[j:j + 3])) for j in (0, 3, 6)))
ok = all(sorted(row) == list(range(1, 10)) for row in board) and all(sorted(col) == list(range(1, 10)) for col in zip(*board))
print("valid:", ok)

def queens(n):
    sols = []
    cols = [0] * n
    def place(row, used_c, used_d1, used_d2):
        if row == n:
            sols.append(tuple(cols))
            return
        for c in range(n):
            if c in used_c or (row - c) in used_d1 or (row + c) in used_d2:
                continue
            cols[row] = c
            place(row + 1, used_c | {c}, used_d1 | {row - c}, used_d2 | {row + c})
    place(0, frozenset() if False else set(), set(), set())
    return sols
for n in range(1, 9):
    s = queens(n)
    print(n, len(s), s[0] if s else None)
first = queens(8)[0]
for c in first:
    print(". " * c + "Q " + ". " * (7 - c))
