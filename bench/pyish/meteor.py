# meteor: solve the meteor puzzle (the benchmarks game "meteor-contest").
#
# Ten pieces of five hexagonal cells each must tile a board of 5 x 10
# hexagonal cells (odd rows are shifted half a cell to the right).  Every
# placement of every piece (6 rotations x 2 flips x all positions) is
# precomputed as a 50-bit mask, dropping placements that leave an empty
# cell with no empty neighbour.  A depth-first search then always fills the
# lowest empty cell.  The complete search finds 2098 solutions.
#
# A solution is written as 50 digits (the piece covering each cell); the
# program prints how many solutions were found and the lexicographically
# smallest and largest one as boards.
#
# Size argument: stop after this many solutions (2098 or more searches the
# whole tree).
import sys

WIDTH = 5
HEIGHT = 10
CELLS = WIDTH * HEIGHT
FULL = (1 << CELLS) - 1

# Directions, counter-clockwise.  Moves are given in "doubled" coordinates
# (x = 2 * column + row % 2, y = row), in which hexagonal neighbours are
# simple offsets.
E, NE, NW, W, SW, SE = range(6)
MOVES = [(2, 0), (1, -1), (-1, -1), (-2, 0), (-1, 1), (1, 1)]

# Each piece is a walk from one of its cells; the cells visited form the
# piece (a walk may step back onto a cell already visited).
PIECES = [
    [E, E, E, SE],
    [SE, SW, W, SW],
    [W, W, SW, SE],
    [E, E, SW, SE],
    [NW, W, NW, SE, SW],
    [E, E, NE, W],
    [NW, NE, NE, W],
    [NE, SE, E, NE],
    [SE, SE, E, SE],
    [E, NW, NW, NW],
]


def rotate(direction):
    return (direction + 1) % 6


def flip(direction):
    # Mirror image through the vertical axis.
    return (3 - direction) % 6


def shape(walk):
    # The distinct (dx, dy) offsets visited by a walk, in doubled
    # coordinates, relative to the first of them in reading order (so that
    # every other point lies further right or below).
    x = y = 0
    points = [(0, 0)]
    for d in walk:
        dx, dy = MOVES[d]
        x += dx
        y += dy
        if (x, y) not in points:
            points.append((x, y))
    y0, x0 = min((py, px) for px, py in points)
    return [(px - x0, py - y0) for px, py in points]


def orientations(walk):
    # The shapes of the 12 rotations and mirror images of a piece.
    result = []
    for flipped in (False, True):
        current = [flip(d) for d in walk] if flipped else walk
        for _ in range(6):
            result.append(shape(current))
            current = [rotate(d) for d in current]
    return result


# Bit masks of board columns and rows, used to find the empty cells that
# have no empty neighbour with a few shifts of the whole board.
COLUMN_0 = sum(1 << (row * WIDTH) for row in range(HEIGHT))
COLUMN_LAST = COLUMN_0 << (WIDTH - 1)
EVEN_ROWS = sum(((1 << WIDTH) - 1) << (row * WIDTH)
                for row in range(0, HEIGHT, 2))
ODD_ROWS = FULL ^ EVEN_ROWS


def isolated_cells(board):
    # The empty cells of `board` all of whose neighbours are filled.
    # Cell i has neighbours i +- 1 in its row, i +- 5 in the rows above
    # and below, and also i - 6 and i + 4 on even rows, i - 4 and i + 6 on
    # odd rows (odd rows are shifted to the right).
    free = FULL & ~board
    not_first = ~COLUMN_0
    not_last = ~COLUMN_LAST
    has_free_neighbour = (((free >> 1) & not_last)
                          | ((free << 1) & not_first)
                          | (free << WIDTH) | (free >> WIDTH)
                          | ((free << 6) & EVEN_ROWS & not_first)
                          | ((free >> 4) & EVEN_ROWS & not_first)
                          | ((free << 4) & ODD_ROWS & not_last)
                          | ((free >> 6) & ODD_ROWS & not_last))
    return free & ~has_free_neighbour


def placement_table():
    # table[cell][piece] lists (mask, cells) for every usable placement of
    # `piece` whose lowest cell is `cell`.
    table = [[[] for _ in PIECES] for _ in range(CELLS)]
    for piece, walk in enumerate(PIECES):
        seen = set()
        for points in orientations(walk):
            height = max(dy for _, dy in points)
            for parity in (0, 1):
                # Anchored on a row of this parity, a point (dx, dy) lies
                # `shift` columns right of the anchor and dy rows below it.
                offsets = []
                shifts = []
                for dx, dy in points:
                    shift = (dx + parity - (parity + dy) % 2) // 2
                    shifts.append(shift)
                    offsets.append(dy * WIDTH + shift)
                shape_mask = 0
                for offset in offsets:
                    shape_mask |= 1 << offset
                for row in range(parity, HEIGHT - height, 2):
                    for column in range(-min(shifts), WIDTH - max(shifts)):
                        anchor = row * WIDTH + column
                        mask = shape_mask << anchor
                        if mask in seen or isolated_cells(mask):
                            continue
                        seen.add(mask)
                        cells = [anchor + offset for offset in offsets]
                        table[anchor][piece].append((mask, cells))
    return table


def solve(table, limit):
    solutions = []
    used = [False] * len(PIECES)
    placed = []

    def record():
        digits = ["0"] * CELLS
        for piece, cells in placed:
            for cell in cells:
                digits[cell] = str(piece)
        solutions.append("".join(digits))

    def search(board, cell):
        while board >> cell & 1:
            cell += 1
        choices = table[cell]
        for piece in range(len(PIECES)):
            if used[piece]:
                continue
            for mask, cells in choices[piece]:
                if board & mask:
                    continue
                placed.append((piece, cells))
                if board | mask == FULL:
                    record()
                else:
                    used[piece] = True
                    search(board | mask, cell + 1)
                    used[piece] = False
                placed.pop()
                if len(solutions) >= limit:
                    return

    search(0, 0)
    return solutions


def print_board(solution):
    for row in range(HEIGHT):
        line = " ".join(solution[row * WIDTH:(row + 1) * WIDTH])
        print(" " + line if row % 2 else line)
    print()


def main(n):
    solutions = solve(placement_table(), n)
    print(f"{len(solutions)} solutions found")
    print()
    if solutions:
        print_board(min(solutions))
        print_board(max(solutions))


n = int(sys.argv[1]) if len(sys.argv) > 1 else 18
main(n)
