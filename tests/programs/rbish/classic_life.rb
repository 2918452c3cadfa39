# Conway's Game of Life on a small toroidal grid.
class Life
  attr_reader :generation

  def initialize(rows, cols, live_cells)
    @rows = rows
    @cols = cols
    @grid = Array.new(rows) { Array.new(cols, false) }
    live_cells.each { |r, c| @grid[r][c] = true }
    @generation = 0
  end

  def alive_count
    @grid.sum { |row| row.count(true) }
  end

  def neighbours(r, c)
    count = 0
    (-1..1).each do |dr|
      (-1..1).each do |dc|
        next if dr.zero? && dc.zero?
        count += 1 if @grid[(r + dr) % @rows][(c + dc) % @cols]
      end
    end
    count
  end

  def step
    @grid = Array.new(@rows) do |r|
      Array.new(@cols) do |c|
        n = neighbours(r, c)
        @grid[r][c] ? (n == 2 || n == 3) : n == 3
      end
    end
    @generation += 1
    self
  end

  def to_s
    @grid.map { |row| row.map { |cell| cell ? "#" : "." }.join }.join("\n")
  end

  def signature
    @grid.flatten.each_with_index.select { |cell, _| cell }.map(&:last).sum
  end
end

glider = Life.new(8, 8, [[0, 1], [1, 2], [2, 0], [2, 1], [2, 2]])
puts "glider gen 0:", glider
4.times do
  glider.step
  puts "gen #{glider.generation}: alive=#{glider.alive_count} sig=#{glider.signature}"
end
puts glider

blinker = Life.new(5, 5, [[2, 1], [2, 2], [2, 3]])
states = []
3.times do
  states << blinker.to_s
  blinker.step
end
puts "blinker period 2: #{states[0] == states[2] && states[0] != states[1]}"
puts states[1]

pentomino = Life.new(16, 16, [[7, 8], [7, 9], [8, 7], [8, 8], [9, 8]])
history = []
30.times do
  history << pentomino.alive_count
  pentomino.step
end
p history
puts pentomino
