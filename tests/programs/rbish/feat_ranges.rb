# Ranges: inclusive/exclusive, iteration, step, membership, case.
r = 1..5
e = 1...5
p r, e, r.to_a, e.to_a, r.size, e.size
p r.first, r.last, r.min, r.max, r.first(2), e.last(2)
p r.sum, r.map { |i| i * i }, r.select(&:even?), r.reject(&:even?)
p r.include?(5), e.include?(5), r.include?(2.5), r.cover?(3)
p (1..10).step(3).to_a, 1.step(10, 4).to_a
p (0.0..1.0).step(0.25).to_a
p ('a'..'e').to_a, ('a'..'e').include?("c")
p (1..10).each_slice(4).to_a
r.each { |i| print i, " " }
puts
(1..3).reverse_each { |i| print i, " " }
puts
p (10..1).to_a, 5.downto(1).to_a
p (1..4).inject(:*), (1..4).reduce(10) { |a, b| a + b }
p (1..100).count { |i| i % 7 == 0 }
p (1..20).find { |i| i * i > 50 }
p (1..6).each_with_object([]) { |i, a| a << i if i.odd? }
p (1..3).zip(4..6)
p (1..5) === 3, (1..5) === 7, Integer === 3
def grade(score)
  case score
  when 90..100 then "A"
  when 80...90 then "B"
  when 70...80 then "C"
  else "F"
  end
end
[100, 95, 89, 80, 79, 50].each { |s| print grade(s), " " }
puts
arr = (0..9).to_a
p arr[2..4], arr[2...4], arr[-3..-1], arr[7..], arr[..2]
p (1..10).to_a.each_slice(5).map(&:sum)
p (-5..5).map(&:abs).uniq
p ('A'..'Z').to_a.join[0, 10]
p (1..3).to_a.product((1..2).to_a).size
p (1..0).to_a, (1..0).sum
p (1..10).min_by { |i| (i - 6).abs }
p (1..10) == (1..10), (1..10).eql?(1...11)
p (3..7).each_cons(2).map { |a, b| b - a }
