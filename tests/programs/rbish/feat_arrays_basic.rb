# Arrays: construction, access, push/pop/shift, slicing, splat.
a = [3, 1, 4, 1, 5, 9, 2, 6]
p a.length, a.first, a.last, a.first(3), a.last(2)
p a[0], a[-1], a[2, 3], a[1..3], a[5..], a[-3..], a[100], a[2...4]
a << 5
a.push(3, 5)
p a
p a.pop, a.shift, a
a.unshift(0)
p a
a.insert(2, 99)
p a
p a.delete(99), a
p a.delete_at(0), a
p a.index(5), a.find_index { |x| x > 4 }, a.include?(9), a.include?(7)
b = Array.new(3)
p b
c = Array.new(4, 0)
p c
d = Array.new(5) { |i| i * i }
p d
grid = Array.new(2) { Array.new(3, ".") }
grid[0][1] = "#"
p grid
p [1, 2] + [3], [1, 2, 2, 3] - [2], [1, 2, 3] & [2, 3, 4], [1, 2] | [2, 3]
p [1, 2] * 2, [1, 2, 3] * ","
p [1, 2, 3] <=> [1, 2, 4], [1, 2] <=> [1, 2], [2] <=> [1, 5]
p [1, 2] == [1, 2], [1, [2, 3]] == [1, [2, 3]]
e = [1, 2, 3, 4, 5]
e[1..2] = [:x]
p e
e[0] = "first"
p e
f = [1, 2, 3]
f[5] = 6
p f
g = f.dup
g << 7
p f.size, g.size
p [5, 3, 8].reverse, [1, 2, 3, 4].rotate, [1, 2, 3, 4].rotate(-1)
p [1, 2, 3, 4, 5].take(2), [1, 2, 3, 4, 5].drop(2)
p [[1, 2], [3, [4, 5]]].flatten, [[1, [2]]].flatten(1)
p [3, nil, 1, nil].compact, [1, 1, 2, 3, 3].uniq
p [1, 2, 3].fill(0), Array.new(3).fill { |i| i + 10 }
p [1, 2, 3].zip([4, 5, 6], [7, 8, 9])
p [[1, 2], [3, 4], [5, 6]].transpose
p %w[x y z].join("-"), [1, [2, [3]]].join(",")
first, *rest = [1, 2, 3, 4]
p first, rest
*init, tail = [1, 2, 3]
p init, tail
m, (n, o) = 1, [2, 3]
p m, n, o
def sum3(x, y, z)
  x + y + z
end
args = [1, 2, 3]
p sum3(*args)
p [*1..3, *[4, 5]]
p [].empty?, [nil].empty?, [].first, [].max
p [1, 2, 3].sum, [0.5, 0.25].sum, ["a", "b"].sum("")
p [4, 5, 6].each_with_index.to_a
p ["a", "b", "c"].values_at(0, 2)
p [1, 2, 3, 4].minmax
p Array(nil), Array([1]), Array(1..3)
p [1, 2, 3].last(5)
p [[1, :a], [2, :b]].to_h
p [1, 2, 3, 4, 5, 6].each_slice(2).map(&:sum)
p [1, 2, 3].inspect, [1, 2, 3].to_s
