// meteor: solve the meteor puzzle (the benchmarks game "meteor-contest").
//
// The board has 5 x 10 hexagonal cells, odd rows being shifted right by
// half a cell; ten pieces of five cells each must cover it.  First every
// placement of every piece (6 rotations, each possibly mirrored, at every
// position) is turned into a mask of the 50 cells it covers; placements
// that would leave an empty cell surrounded by filled ones are dropped.
// Then a depth-first search fills the lowest empty cell again and again.
// Searching the whole tree finds 2098 solutions.
//
// A 50-cell mask does not fit the 32-bit bitwise operators of JavaScript,
// so it is kept as two 25-bit halves: `lo` for cells 0..24 (rows 0-4) and
// `hi` for cells 25..49 (rows 5-9), bit i of a half standing for the
// half's cell i.  Shifts of a whole mask move bits across the halves.
//
// A solution is written as 50 digits, the piece covering each cell in
// turn.  The program prints the number of solutions found and draws the
// smallest and the largest of them (as strings).
//
// Size argument: how many solutions to find before stopping (2098 or more
// explores the whole search tree).

var WIDTH = 5;
var HEIGHT = 10;
var CELLS = WIDTH * HEIGHT;
var HALF = 25;                      // cells per half mask
var HALF_FULL = 33554431;           // 2^25 - 1

// Directions, counter-clockwise.  A move is an offset (dx, dy) in doubled
// coordinates (x = 2 * column + row % 2, y = row), where each of the six
// neighbours of a hexagon is a fixed offset.
var E = 0, NE = 1, NW = 2, W = 3, SW = 4, SE = 5;
var MOVES = [[2, 0], [1, -1], [-1, -1], [-2, 0], [-1, 1], [1, 1]];

// A piece is a walk starting on one of its cells; the cells the walk
// visits are the piece (it may come back to a cell it already visited).
var PIECES = [
    [E, E, E, SE],
    [SE, SW, W, SW],
    [W, W, SW, SE],
    [E, E, SW, SE],
    [NW, W, NW, SE, SW],
    [E, E, NE, W],
    [NW, NE, NE, W],
    [NE, SE, E, NE],
    [SE, SE, E, SE],
    [E, NW, NW, NW]
];

// ---- 50-bit masks as [lo, hi] pairs (used while building the table) ----

function Mask(lo, hi) {
    this.lo = lo;
    this.hi = hi;
}

function cellMask(cells) {
    // The mask with the bits of the given cell numbers set.
    var lo = 0, hi = 0;
    var k, c;
    for (k = 0; k < cells.length; k++) {
        c = cells[k];
        if (c < HALF) {
            lo |= 1 << c;
        } else {
            hi |= 1 << (c - HALF);
        }
    }
    return new Mask(lo, hi);
}

function maskOr(a, b) {
    return new Mask(a.lo | b.lo, a.hi | b.hi);
}

function maskAnd(a, b) {
    return new Mask(a.lo & b.lo, a.hi & b.hi);
}

function maskNot(a) {
    // Complement within the 50 cells of the board.
    return new Mask(HALF_FULL & ~a.lo, HALF_FULL & ~a.hi);
}

function maskShiftLeft(a, k) {
    // Towards higher cells; bits beyond cell 49 are dropped (0 < k < 25).
    return new Mask((a.lo << k) & HALF_FULL,
                    ((a.hi << k) | (a.lo >>> (HALF - k))) & HALF_FULL);
}

function maskShiftRight(a, k) {
    // Towards lower cells (0 < k < 25).
    return new Mask(((a.lo >>> k) | (a.hi << (HALF - k))) & HALF_FULL,
                    a.hi >>> k);
}

function maskIsZero(a) {
    return a.lo === 0 && a.hi === 0;
}

// ---- piece shapes ----

function rotate(direction) {
    return (direction + 1) % 6;
}

function flip(direction) {
    // Mirror image through the vertical axis.
    return (9 - direction) % 6;
}

function shape(walk) {
    // The distinct points [dx, dy] the walk visits, in doubled coordinates,
    // relative to the first of them in reading order (top row first, then
    // leftmost), so that all other points are to its right or below it.
    var x = 0, y = 0;
    var points = [[0, 0]];
    var k, m, found, p, x0, y0;
    for (k = 0; k < walk.length; k++) {
        x += MOVES[walk[k]][0];
        y += MOVES[walk[k]][1];
        found = false;
        for (m = 0; m < points.length; m++) {
            if (points[m][0] === x && points[m][1] === y) {
                found = true;
            }
        }
        if (!found) {
            points.push([x, y]);
        }
    }
    x0 = points[0][0];
    y0 = points[0][1];
    for (m = 1; m < points.length; m++) {
        p = points[m];
        if (p[1] < y0 || (p[1] === y0 && p[0] < x0)) {
            x0 = p[0];
            y0 = p[1];
        }
    }
    var result = [];
    for (m = 0; m < points.length; m++) {
        result.push([points[m][0] - x0, points[m][1] - y0]);
    }
    return result;
}

function orientations(walk) {
    // The shapes of the 6 rotations of the piece, then of its mirror image.
    var result = [];
    var flipped, current, turn, k, next;
    for (flipped = 0; flipped < 2; flipped++) {
        current = [];
        for (k = 0; k < walk.length; k++) {
            current.push(flipped ? flip(walk[k]) : walk[k]);
        }
        for (turn = 0; turn < 6; turn++) {
            result.push(shape(current));
            next = [];
            for (k = 0; k < current.length; k++) {
                next.push(rotate(current[k]));
            }
            current = next;
        }
    }
    return result;
}

// ---- dead-cell detection ----

function boardMask(test) {
    // The mask of the cells (row, column) for which test(row, column).
    var cells = [];
    var row, column;
    for (row = 0; row < HEIGHT; row++) {
        for (column = 0; column < WIDTH; column++) {
            if (test(row, column)) {
                cells.push(row * WIDTH + column);
            }
        }
    }
    return cellMask(cells);
}

var FULL = boardMask(function (row, column) { return true; });
var NOT_FIRST_COLUMN = boardMask(function (row, column) {
    return column !== 0;
});
var NOT_LAST_COLUMN = boardMask(function (row, column) {
    return column !== WIDTH - 1;
});
var EVEN_ROWS = boardMask(function (row, column) { return row % 2 === 0; });
var ODD_ROWS = boardMask(function (row, column) { return row % 2 === 1; });

function isolatedCells(board) {
    // The empty cells of `board` whose neighbours are all filled.  Cell i
    // neighbours i - 1 and i + 1 in its row, i - 5 and i + 5 in the rows
    // above and below, and also i - 6 and i + 4 on an even row, i - 4 and
    // i + 6 on an odd row (odd rows lie half a cell further right).
    var free = maskNot(board);
    var hasFreeNeighbour = maskOr(
        maskOr(
            maskOr(maskAnd(maskShiftRight(free, 1), NOT_LAST_COLUMN),
                   maskAnd(maskShiftLeft(free, 1), NOT_FIRST_COLUMN)),
            maskOr(maskShiftLeft(free, WIDTH), maskShiftRight(free, WIDTH))),
        maskOr(
            maskOr(maskAnd(maskAnd(maskShiftLeft(free, 6), EVEN_ROWS),
                           NOT_FIRST_COLUMN),
                   maskAnd(maskAnd(maskShiftRight(free, 4), EVEN_ROWS),
                           NOT_FIRST_COLUMN)),
            maskOr(maskAnd(maskAnd(maskShiftLeft(free, 4), ODD_ROWS),
                           NOT_LAST_COLUMN),
                   maskAnd(maskAnd(maskShiftRight(free, 6), ODD_ROWS),
                           NOT_LAST_COLUMN))));
    return maskAnd(free, maskNot(hasFreeNeighbour));
}

// ---- placements ----

function Placement(mask, cells) {
    this.lo = mask.lo;
    this.hi = mask.hi;
    this.cells = cells;
}

function placementTable() {
    // table[cell][piece] lists the usable placements of `piece` whose
    // lowest cell is `cell`.
    var table = [];
    var cell, piece, shapes, s, points, height, parity, offsets, shifts;
    var k, shift, minShift, maxShift, row, column, anchor, cells, mask, key;
    var seen;
    for (cell = 0; cell < CELLS; cell++) {
        table.push([]);
        for (piece = 0; piece < PIECES.length; piece++) {
            table[cell].push([]);
        }
    }
    for (piece = 0; piece < PIECES.length; piece++) {
        seen = {};
        shapes = orientations(PIECES[piece]);
        for (s = 0; s < shapes.length; s++) {
            points = shapes[s];
            height = 0;
            for (k = 0; k < points.length; k++) {
                height = Math.max(height, points[k][1]);
            }
            for (parity = 0; parity < 2; parity++) {
                // Anchored on a row of this parity, the point (dx, dy) is
                // `shift` columns right of the anchor and dy rows below.
                offsets = [];
                shifts = [];
                for (k = 0; k < points.length; k++) {
                    shift = Math.floor((points[k][0] + parity -
                                        (parity + points[k][1]) % 2) / 2);
                    shifts.push(shift);
                    offsets.push(points[k][1] * WIDTH + shift);
                }
                minShift = shifts[0];
                maxShift = shifts[0];
                for (k = 1; k < shifts.length; k++) {
                    minShift = Math.min(minShift, shifts[k]);
                    maxShift = Math.max(maxShift, shifts[k]);
                }
                for (row = parity; row < HEIGHT - height; row += 2) {
                    for (column = -minShift; column < WIDTH - maxShift;
                         column++) {
                        anchor = row * WIDTH + column;
                        cells = [];
                        for (k = 0; k < offsets.length; k++) {
                            cells.push(anchor + offsets[k]);
                        }
                        mask = cellMask(cells);
                        key = mask.lo + "," + mask.hi;
                        if (seen[key] === true ||
                                !maskIsZero(isolatedCells(mask))) {
                            continue;
                        }
                        seen[key] = true;
                        table[anchor][piece].push(new Placement(mask, cells));
                    }
                }
            }
        }
    }
    return table;
}

// ---- search ----

function solve(table, limit) {
    var solutions = [];
    var used = [];
    var placedPieces = [];
    var placedCells = [];
    var k;
    for (k = 0; k < PIECES.length; k++) {
        used.push(false);
    }

    function record() {
        var digits = [];
        var k, m, cells;
        for (k = 0; k < CELLS; k++) {
            digits.push("0");
        }
        for (k = 0; k < placedPieces.length; k++) {
            cells = placedCells[k];
            for (m = 0; m < cells.length; m++) {
                digits[cells[m]] = String(placedPieces[k]);
            }
        }
        solutions.push(digits.join(""));
    }

    function isFilled(lo, hi, cell) {
        if (cell < HALF) {
            return ((lo >> cell) & 1) !== 0;
        }
        return ((hi >> (cell - HALF)) & 1) !== 0;
    }

    function search(lo, hi, cell) {
        // The board is the mask [lo, hi]; all cells below `cell` are full.
        var piece, choices, placements, k, p;
        while (isFilled(lo, hi, cell)) {
            cell += 1;
        }
        choices = table[cell];
        for (piece = 0; piece < PIECES.length; piece++) {
            if (used[piece]) {
                continue;
            }
            placements = choices[piece];
            for (k = 0; k < placements.length; k++) {
                p = placements[k];
                if ((lo & p.lo) !== 0 || (hi & p.hi) !== 0) {
                    continue;
                }
                placedPieces.push(piece);
                placedCells.push(p.cells);
                if ((lo | p.lo) === HALF_FULL && (hi | p.hi) === HALF_FULL) {
                    record();
                } else {
                    used[piece] = true;
                    search(lo | p.lo, hi | p.hi, cell + 1);
                    used[piece] = false;
                }
                placedPieces.pop();
                placedCells.pop();
                if (solutions.length >= limit) {
                    return;
                }
            }
        }
    }

    search(0, 0, 0);
    return solutions;
}

function printBoard(solution) {
    var row, line;
    for (row = 0; row < HEIGHT; row++) {
        line = solution.substring(row * WIDTH, (row + 1) * WIDTH)
            .split("").join(" ");
        console.log(row % 2 === 1 ? " " + line : line);
    }
    console.log("");
}

function main(n) {
    var solutions = solve(placementTable(), n);
    var smallest, largest, k;
    console.log(solutions.length + " solutions found");
    console.log("");
    if (solutions.length > 0) {
        smallest = solutions[0];
        largest = solutions[0];
        for (k = 1; k < solutions.length; k++) {
            if (solutions[k] < smallest) {
                smallest = solutions[k];
            }
            if (solutions[k] > largest) {
                largest = solutions[k];
            }
        }
        printBoard(smallest);
        printBoard(largest);
    }
}

main(process.argv.length > 2 ? parseInt(process.argv[2], 10) : 18);
