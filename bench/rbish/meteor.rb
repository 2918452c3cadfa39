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

WIDTH = 5
HEIGHT = 10
CELLS = WIDTH * HEIGHT
FULL = (1 << CELLS) - 1

# Directions, counter-clockwise.  Moves are given in "doubled" coordinates
# (x = 2 * column + row % 2, y = row), in which hexagonal neighbours are
# simple offsets.
E, NE, NW, W, SW, SE = 0, 1, 2, 3, 4, 5
MOVES = [[2, 0], [1, -1], [-1, -1], [-2, 0], [-1, 1], [1, 1]]

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
  [E, NW, NW, NW]
]

def rotate(direction)
  (direction + 1) % 6
end

# Mirror image through the vertical axis.
def flip(direction)
  (3 - direction) % 6
end

# The distinct [dx, dy] offsets visited by a walk, in doubled coordinates,
# relative to the first of them in reading order (so that every other
# point lies further right or below).
def shape(walk)
  x = y = 0
  points = [[0, 0]]
  walk.each do |d|
    dx, dy = MOVES[d]
    x += dx
    y += dy
    points << [x, y] unless points.include?([x, y])
  end
  y0, x0 = points.map { |px, py| [py, px] }.min
  points.map { |px, py| [px - x0, py - y0] }
end

# The shapes of the 12 rotations and mirror images of a piece.
def orientations(walk)
  result = []
  [false, true].each do |flipped|
    current = flipped ? walk.map { |d| flip(d) } : walk
    6.times do
      result << shape(current)
      current = current.map { |d| rotate(d) }
    end
  end
  result
end

# Bit masks of board columns and rows, used to find the empty cells that
# have no empty neighbour with a few shifts of the whole board.
COLUMN_0 = (0...HEIGHT).sum { |row| 1 << (row * WIDTH) }
COLUMN_LAST = COLUMN_0 << (WIDTH - 1)
EVEN_ROWS = 0.step(HEIGHT - 1, 2).sum { |row| ((1 << WIDTH) - 1) << (row * WIDTH) }
ODD_ROWS = FULL ^ EVEN_ROWS

# The empty cells of `board` all of whose neighbours are filled.  Cell i
# has neighbours i +- 1 in its row, i +- 5 in the rows above and below,
# and also i - 6 and i + 4 on even rows, i - 4 and i + 6 on odd rows (odd
# rows are shifted to the right).
def isolated_cells(board)
  free = FULL & ~board
  not_first = ~COLUMN_0
  not_last = ~COLUMN_LAST
  has_free_neighbour = ((free >> 1) & not_last) |
                       ((free << 1) & not_first) |
                       (free << WIDTH) | (free >> WIDTH) |
                       ((free << 6) & EVEN_ROWS & not_first) |
                       ((free >> 4) & EVEN_ROWS & not_first) |
                       ((free << 4) & ODD_ROWS & not_last) |
                       ((free >> 6) & ODD_ROWS & not_last)
  free & ~has_free_neighbour
end

class Placement
  attr_reader :mask, :cells

  def initialize(mask, cells)
    @mask = mask
    @cells = cells
  end
end

# table[cell][piece] lists every usable placement of `piece` whose lowest
# cell is `cell`.
def placement_table
  table = Array.new(CELLS) { Array.new(PIECES.size) { [] } }
  PIECES.each_with_index do |walk, piece|
    seen = {}
    orientations(walk).each do |points|
      height = points.map { |_, dy| dy }.max
      [0, 1].each do |parity|
        # Anchored on a row of this parity, a point [dx, dy] lies `shift`
        # columns right of the anchor and dy rows below it.
        shifts = points.map { |dx, dy| (dx + parity - (parity + dy) % 2) / 2 }
        offsets = points.each_with_index.map { |point, k| point[1] * WIDTH + shifts[k] }
        shape_mask = offsets.inject(0) { |m, offset| m | (1 << offset) }
        parity.step(HEIGHT - height - 1, 2) do |row|
          (-shifts.min...(WIDTH - shifts.max)).each do |column|
            anchor = row * WIDTH + column
            mask = shape_mask << anchor
            next if seen.key?(mask) || isolated_cells(mask) != 0
            seen[mask] = true
            cells = offsets.map { |offset| anchor + offset }
            table[anchor][piece] << Placement.new(mask, cells)
          end
        end
      end
    end
  end
  table
end

class Solver
  attr_reader :solutions

  def initialize(table, limit)
    @table = table
    @limit = limit
    @solutions = []
    @used = Array.new(PIECES.size, false)
    @placed = []
  end

  def solve
    search(0, 0)
    @solutions
  end

  private

  def record
    digits = Array.new(CELLS, "0")
    @placed.each do |piece, cells|
      cells.each { |cell| digits[cell] = piece.to_s }
    end
    @solutions << digits.join
  end

  def search(board, cell)
    cell += 1 while (board >> cell) & 1 == 1
    choices = @table[cell]
    PIECES.size.times do |piece|
      next if @used[piece]
      choices[piece].each do |placement|
        mask = placement.mask
        next if board & mask != 0
        @placed.push([piece, placement.cells])
        if board | mask == FULL
          record
        else
          @used[piece] = true
          search(board | mask, cell + 1)
          @used[piece] = false
        end
        @placed.pop
        return if @solutions.size >= @limit
      end
    end
  end
end

def print_board(solution)
  HEIGHT.times do |row|
    line = solution[row * WIDTH, WIDTH].chars.join(" ")
    puts row.odd? ? " " + line : line
  end
  puts
end

n = (ARGV[0] || 18).to_i
solutions = Solver.new(placement_table, n).solve
puts "#{solutions.size} solutions found"
puts
unless solutions.empty?
  print_board(solutions.min)
  print_board(solutions.max)
end
