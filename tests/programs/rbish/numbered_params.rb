# Numbered block parameters (_1 .. _9, Ruby 2.7+): a block using _2 takes two
# parameters and spreads an Array; one using only _1 takes one, as |x| does.
[[1, 2]].each { p _1 }
[[1, 2]].each { p [_1, _2] }
p [3, 4].map { _1 * 2 }
h = {a: 1}
h.each { p [_1, _2] }
[[5, 6]].each { p _2 }
p [1, 2, 3].each_slice(2).map { _1.sum }
sq = -> { _1 * _1 }
p sq.call(7), sq.lambda?
p [3, 1, 2].sort_by { -_1 }
[1, 2].each do
  p _1 + 10
end
x = [4, 5].inject { _1 + _2 }
p x
def m; yield 8, 9; end
m { p _1 }
m { p _2 }
p(%w[a b].each_with_index.map { "#{_1}#{_2}" })
# numbered parameters of a block inside a block with ordinary ones
puts [[1, [2, 3]]].map { "#{_1}/#{_2.inspect}" }.first
puts(%w[x y].zip([1, 2]).to_h { [_2, _1] }.inspect)
# each block scope has its own _1 when only one level numbers
puts [1, 2].map { |a| [a].map { _1 * a } }.inspect
