# Integer arithmetic: floor division and modulo, powers, divmod, gcd.
puts 7 / 2
puts(-7 / 2)
puts 7 / -2
puts(-7 / -2)
puts 7 % 3
puts(-7 % 3)
puts 7 % -3
puts(-7 % -3)
p 17.divmod(5)
p(-17.divmod(5))
p 17.divmod(-5)
p 2**10
p 2**0
p 3**4 - 1
p(-5.abs)
p 5.abs
p 12.gcd(18)
p 17.gcd(5)
p 100.lcm(15)
p 10.fdiv(4)
p 7.remainder(-3)
p(-7.remainder(3))

[0, 1, -1, 255, 1024].each do |n|
  puts "#{n}: even=#{n.even?} odd=#{n.odd?} zero=#{n.zero?} pos=#{n.positive?} neg=#{n.negative?}"
end

puts 255.to_s(2)
puts 255.to_s(16)
puts 255.to_s(8)
puts "ff".to_i(16)
puts "1010".to_i(2)
puts 6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 10, 1024 >> 3, -16 >> 2
puts 10.pred, 10.succ
puts 3.14.to_i, 9.99.floor, -9.99.ceil

total = 0
1.upto(10) { |i| total += i }
puts "upto sum: #{total}"
countdown = []
5.downto(1) { |i| countdown << i }
p countdown
evens = []
0.step(20, 4) { |i| evens << i }
p evens
squares = []
4.times { |i| squares << i * i }
p squares
p 10.clamp(1, 5)
p 3.between?(1, 5)
p [3 <=> 5, 5 <=> 5, 7 <=> 5]
p 1_000_000 * 1_000_000
p Integer.sqrt(99)
p 10.digits
p 1234.digits.sum
puts 5.0 == 5, 5.eql?(5), 5.equal?(5)
