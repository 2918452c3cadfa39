# N-queens: counting solutions with backtracking and with bitmasks.
class QueensSolver
  attr_reader :solutions, :nodes

  def initialize(n)
    @n = n
    @cols = []
    @solutions = []
    @nodes = 0
  end

  def solve(row = 0)
    @nodes += 1
    if row == @n
      @solutions << @cols.dup
      return
    end
    @n.times do |col|
      next unless safe?(row, col)
      @cols.push(col)
      solve(row + 1)
      @cols.pop
    end
  end

  private

  def safe?(row, col)
    @cols.each_with_index.none? do |c, r|
      c == col || (c - col).abs == row - r
    end
  end
end

def bitmask_count(n, row = 0, cols = 0, d1 = 0, d2 = 0)
  return 1 if row == n
  full = (1 << n) - 1
  count = 0
  avail = full & ~(cols | d1 | d2)
  while avail != 0
    bit = avail & -avail
    avail ^= bit
    count += bitmask_count(n, row + 1, cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
  end
  count
end

def render(cols)
  cols.map { |c| ("." * c) + "Q" + ("." * (cols.size - c - 1)) }
end

(1..7).each do |n|
  solver = QueensSolver.new(n)
  solver.solve
  puts format("n=%d solutions=%3d nodes=%4d bitmask=%3d", n, solver.solutions.size, solver.nodes, bitmask_count(n))
end
puts "bitmask n=8: #{bitmask_count(8)}"

six = QueensSolver.new(6)
six.solve
six.solutions.each_with_index do |sol, i|
  puts "solution #{i + 1}: #{sol.inspect}"
  puts render(sol)
end

seven = QueensSolver.new(7)
seven.solve
first = seven.solutions.first
last = seven.solutions.last
puts "first 7-queens: #{first.map { |c| c + 1 }.join}"
puts "last 7-queens: #{last.map { |c| c + 1 }.join}"
symmetric = seven.solutions.count { |s| s == s.reverse.map { |c| 6 - c } }
puts "rotationally symmetric (180): #{symmetric}"
mirrors = seven.solutions.count { |s| seven.solutions.include?(s.map { |c| 6 - c }) }
puts "solutions whose mirror is a solution: #{mirrors}"
by_first = seven.solutions.group_by(&:first).transform_values(&:size)
p by_first.sort.to_h
