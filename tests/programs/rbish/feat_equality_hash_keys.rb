# ==, eql? and hash for objects used as Hash keys; uniq; include?.
class Coord
  attr_reader :row, :col

  def initialize(row, col)
    @row = row
    @col = col
  end

  def ==(other)
    other.is_a?(Coord) && row == other.row && col == other.col
  end

  def eql?(other)
    self == other
  end

  def hash
    [row, col].hash
  end

  def to_s
    "<#{row},#{col}>"
  end

  def inspect
    "Coord(#{row}, #{col})"
  end

  def neighbours
    [[-1, 0], [1, 0], [0, -1], [0, 1]].map { |dr, dc| Coord.new(row + dr, col + dc) }
  end
end

a = Coord.new(1, 2)
b = Coord.new(1, 2)
c = Coord.new(2, 1)
p a == b, a.equal?(b), a.eql?(b), a == c, a != c, a == "str"
p a.hash == b.hash
visits = Hash.new(0)
[a, b, c, Coord.new(2, 1), Coord.new(0, 0)].each { |k| visits[k] += 1 }
p visits
p visits[Coord.new(1, 2)], visits.key?(Coord.new(9, 9))
p [a, b, c].uniq
p [a, c].include?(Coord.new(2, 1)), [a, c].index(Coord.new(2, 1))
p [a, b, c] - [Coord.new(1, 2)]
seen = {}
queue = [Coord.new(0, 0)]
until queue.empty?
  cur = queue.shift
  next if seen[cur]
  seen[cur] = true
  cur.neighbours.each do |n|
    queue << n if n.row.between?(0, 2) && n.col.between?(0, 2) && !seen[n]
  end
end
p seen.size
puts seen.keys.map(&:to_s).join(" ")

class Version
  include Comparable
  attr_reader :parts

  def initialize(str)
    @parts = str.split(".").map(&:to_i)
  end

  def <=>(other)
    parts <=> other.parts
  end

  def to_s
    parts.join(".")
  end
end
versions = %w[1.2.10 1.2.9 1.10 1.2 2.0.1].map { |s| Version.new(s) }
puts versions.sort.join(" < ")
p Version.new("1.2") == Version.new("1.2"), Version.new("1.2").eql?(Version.new("1.2"))
p Version.new("3.0").between?(Version.new("2.9"), Version.new("3.1"))
p Version.new("5.0").clamp(Version.new("1.0"), Version.new("4.0")).to_s
p 1 == 1.0, 1.eql?(1.0), "a" == :a, :a == :a
p [1, "a", :b] == [1, "a", :b], { a: 1 } == { a: 1 }, { a: 1, b: 2 } == { b: 2, a: 1 }
p [1, [2, 3]].hash == [1, [2, 3]].hash
grid = { [0, 0] => "origin", [1, 0] => "east" }
p grid[[0, 0]], grid[[1, 0]], grid[[5, 5]]
key = [2, 2]
grid[key] = "far"
p grid.keys
