# Sudoku solver: constraint propagation of candidates plus backtracking.
class Sudoku
  DIGITS = (1..9).to_a.freeze

  attr_reader :guesses

  def initialize(text)
    @cells = text.delete("\n ").chars.map { |ch| ch == "." ? 0 : ch.to_i }
    raise ArgumentError, "need 81 cells, got #{@cells.size}" unless @cells.size == 81
    @guesses = 0
  end

  def peers(i)
    r, c = i.divmod(9)
    br, bc = r / 3 * 3, c / 3 * 3
    row = (0..8).map { |k| r * 9 + k }
    col = (0..8).map { |k| k * 9 + c }
    box = (0..8).map { |k| (br + k / 3) * 9 + bc + k % 3 }
    (row + col + box).uniq - [i]
  end

  def candidates(i)
    DIGITS - peers(i).map { |p| @cells[p] }
  end

  def propagate
    loop do
      changed = false
      @cells.each_index do |i|
        next unless @cells[i].zero?
        cands = candidates(i)
        return false if cands.empty?
        if cands.size == 1
          @cells[i] = cands.first
          changed = true
        end
      end
      return true unless changed
    end
  end

  def solve
    saved = @cells.dup
    unless propagate
      @cells = saved
      return false
    end
    empty = @cells.each_index.select { |i| @cells[i].zero? }
    return true if empty.empty?
    best = empty.min_by { |i| candidates(i).size }
    candidates(best).each do |d|
      @guesses += 1
      before = @cells.dup
      @cells[best] = d
      return true if solve
      @cells = before
    end
    @cells = saved
    false
  end

  def valid?
    groups = (0..80).group_by { |i| i / 9 }.values +
             (0..80).group_by { |i| i % 9 }.values +
             (0..80).group_by { |i| [i / 27, i % 9 / 3] }.values
    groups.all? { |g| g.map { |i| @cells[i] }.sort == DIGITS }
  end

  def to_s
    @cells.each_slice(9).each_with_index.map do |row, r|
      line = row.each_slice(3).map { |t| t.map { |v| v.zero? ? "." : v }.join(" ") }.join(" | ")
      r % 3 == 2 && r < 8 ? line + "\n------+-------+------" : line
    end.join("\n")
  end
end

easy = <<~GRID
  53..7....
  6..195...
  .98....6.
  8...6...3
  4..8.3..1
  7...2...6
  .6....28.
  ...419..5
  ....8..79
GRID
harder = <<~GRID
  ..9748...
  7........
  .2.1.9...
  ..7...24.
  .64.1.59.
  .98...3..
  ...8.3.2.
  ........6
  ...2759..
GRID
[["easy", easy], ["harder", harder]].each do |name, grid|
  s = Sudoku.new(grid)
  solved = s.solve
  puts "#{name}: solved=#{solved} valid=#{s.valid?} guesses=#{s.guesses}"
  puts s
end
begin
  Sudoku.new("123")
rescue ArgumentError => e
  puts "error: #{e.message}"
end
p Sudoku.new(easy).candidates(2), Sudoku.new(easy).peers(0).size
