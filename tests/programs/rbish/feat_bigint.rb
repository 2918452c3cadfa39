# Arbitrary-precision integers.
def factorial(n)
  (1..n).inject(1) { |acc, i| acc * i }
end

def fib(n)
  a, b = 0, 1
  n.times { a, b = b, a + b }
  a
end

[0, 1, 5, 10, 20, 25, 30].each do |n|
  puts "#{n}! = #{factorial(n)}"
end

[10, 50, 90, 100, 150].each { |n| puts "fib(#{n}) = #{fib(n)}" }

big = 2**100
puts big
puts big + 1
puts big - 2**99
puts big * big
puts big / 3
puts big % 1_000_007
puts(-big / 7)
puts(-big % 7)
p big.divmod(12345)
puts big.to_s.length
puts big.digits.sum
puts (2**64).to_s(16)
puts 2**64 - 1 == 18446744073709551615
puts (10**30).gcd(6**20)
puts 12345678901234567890 <=> 12345678901234567891
puts [2**70, 2**65, 2**80].max
puts (1..30).map { |i| 2**i }.sum
puts 3**200 % 10**10
puts (2**100).bit_length
puts 0x7fffffffffffffff + 1
puts -(2**63)
puts (2**100).even?
puts (2**100 + 1) & 0xff
puts 1 << 70
puts (1 << 70) >> 68

# Collatz steps on a big number
n = 2**50 + 7
steps = 0
while n != 1
  n = n.even? ? n / 2 : 3 * n + 1
  steps += 1
end
puts "collatz steps: #{steps}"

# digits of pi by Machin-like series with integers
def arctan_inv(x, unity)
  total = term = unity / x
  n = 1
  sign = -1
  x2 = x * x
  while term != 0
    term /= x2
    total += sign * (term / (2 * n + 1))
    sign = -sign
    n += 1
  end
  total
end
unity = 10**60
pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
puts pi.to_s[0, 50]
