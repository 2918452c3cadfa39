# Float printing and rounding.
puts 1.0
puts 1e20
puts 1e16
puts 1e15
puts 123456789.123456789
puts 1.0 / 3
puts 2.0 / 3
p 0.1 + 0.2
p 1.5e-7
p 0.0001
p 0.00001
p 100.0
p(-0.0)
p 3.14159.round(2)
p 3.14159.round
p 2.5.round
p 3.5.round
p(-2.5.round)
p 1234.5678.round(-2)
p 3.7.floor
p 3.2.ceil
p(-3.7.floor)
p(-3.2.ceil)
p 3.99.to_i
p(-3.99.to_i)
p 3.7.truncate
p 10.0 / 4
p 10 / 4.0
p 7.5.divmod(2)
p 7.5 % 2
p(-7.5 % 2)
p 2**0.5
p Math.sqrt(16)
p Math.sqrt(2)
p Math::PI
p Math::E.round(5)
p Math.sin(0), Math.cos(0)
p Math.atan2(1, 1)
p Math.log(Math::E), Math.log10(1000), Math.log2(8)
p Float::INFINITY
p(-Float::INFINITY)
p 1.0 / 0
p(-1.0 / 0)
nan = 0.0 / 0.0
p nan.nan?
p nan == nan
p Float::INFINITY > 1e308
p 1e308 * 10
p 1.0.infinite?, (1.0 / 0).infinite?
puts 3.0 * 2
puts 3.0.to_s + "!"
puts 12.0.to_i
puts 1.23456e-5
puts 6.02e23
p [1.0, 2.5, -0.5].sum
p [0.1] * 3
p [0.1, 0.2, 0.3].sum
p 0.1 * 3
p 1.1.floor(1), 1.15.ceil(1)
p 5.0.abs, -5.5.abs
p 3.0 <=> 4, 3.0 == 3
p 1e2.to_i, 12.5.to_s
