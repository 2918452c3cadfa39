# Matrices as arrays of arrays: multiply, transpose, determinant, power, LU-free solve.
class Matrix2D
  attr_reader :rows

  def self.identity(n)
    new(Array.new(n) { |i| Array.new(n) { |j| i == j ? 1 : 0 } })
  end

  def initialize(rows)
    @rows = rows
  end

  def size
    rows.size
  end

  def [](i, j)
    rows[i][j]
  end

  def *(other)
    return Matrix2D.new(rows.map { |r| r.map { |v| v * other } }) if other.is_a?(Numeric)
    cols = other.rows.transpose
    Matrix2D.new(rows.map { |r| cols.map { |c| r.zip(c).sum { |a, b| a * b } } })
  end

  def +(other)
    Matrix2D.new(rows.zip(other.rows).map { |a, b| a.zip(b).map { |x, y| x + y } })
  end

  def transpose
    Matrix2D.new(rows.transpose)
  end

  def **(n)
    result = Matrix2D.identity(size)
    base = self
    while n > 0
      result *= base if n.odd?
      base *= base
      n >>= 1
    end
    result
  end

  def determinant
    return rows[0][0] if size == 1
    (0...size).sum do |j|
      minor = Matrix2D.new(rows[1..].map { |r| r[0...j] + r[j + 1..] })
      (j.even? ? 1 : -1) * rows[0][j] * minor.determinant
    end
  end

  def ==(other)
    other.is_a?(Matrix2D) && rows == other.rows
  end

  def to_s
    width = rows.flatten.map { |v| v.to_s.length }.max
    rows.map { |r| "[" + r.map { |v| v.to_s.rjust(width) }.join(" ") + "]" }.join("\n")
  end
end

def gauss_solve(a, b)
  n = a.size
  m = a.each_with_index.map { |row, i| row.map(&:to_f) + [b[i].to_f] }
  n.times do |col|
    pivot = (col...n).max_by { |r| m[r][col].abs }
    m[col], m[pivot] = m[pivot], m[col]
    (col + 1...n).each do |r|
      factor = m[r][col] / m[col][col]
      (col..n).each { |k| m[r][k] -= factor * m[col][k] }
    end
  end
  x = Array.new(n, 0.0)
  (n - 1).downto(0) do |i|
    x[i] = (m[i][n] - (i + 1...n).sum { |k| m[i][k] * x[k] }) / m[i][i]
  end
  x.map { |v| v.round(6) }
end

a = Matrix2D.new([[1, 2], [3, 4]])
b = Matrix2D.new([[0, 1], [1, 0]])
puts a * b, "", b * a, "", a + b, "", a * 3, "", a.transpose
p a.determinant, Matrix2D.new([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).determinant
fib = Matrix2D.new([[1, 1], [1, 0]])
p (fib**10)[0, 1], (fib**90)[0, 1]
puts fib**20
p Matrix2D.identity(3) * a.size == Matrix2D.new([[2, 0, 0], [0, 2, 0], [0, 0, 2]])
hilbert = Matrix2D.new(Array.new(4) { |i| Array.new(4) { |j| 1.0 / (i + j + 1) } })
p hilbert.determinant.round(12)
p gauss_solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3])
p gauss_solve([[4, -2, 1], [-2, 4, -2], [1, -2, 4]], [11, -16, 17])
pascal = Matrix2D.new(Array.new(6) { |i| Array.new(6) { |j| j > i ? 0 : (1..j).reduce(1) { |acc, k| acc * (i - k + 1) / k } } })
puts pascal
p (pascal * pascal)[5, 2], pascal.determinant
