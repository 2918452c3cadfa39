# Prime sieves, factorization and a few number-theory helpers.
def sieve(limit)
  is_prime = Array.new(limit + 1, true)
  is_prime[0] = is_prime[1] = false
  (2..Integer.sqrt(limit)).each do |i|
    next unless is_prime[i]
    (i * i).step(limit, i) { |j| is_prime[j] = false }
  end
  is_prime.each_index.select { |i| is_prime[i] }
end

def factorize(n)
  factors = Hash.new(0)
  d = 2
  while d * d <= n
    while (n % d).zero?
      factors[d] += 1
      n /= d
    end
    d += d == 2 ? 1 : 2
  end
  factors[n] += 1 if n > 1
  factors
end

def format_factors(factors)
  factors.map { |p, e| e == 1 ? p.to_s : "#{p}^#{e}" }.join(" * ")
end

def mod_pow(base, exp, mod)
  result = 1
  base %= mod
  while exp > 0
    result = result * base % mod if exp.odd?
    base = base * base % mod
    exp >>= 1
  end
  result
end

def probably_prime?(n)
  return false if n < 2
  [2, 3, 5, 7, 11, 13, 17].each { |p| return n == p if (n % p).zero? }
  d = n - 1
  r = 0
  while d.even?
    d /= 2
    r += 1
  end
  [2, 3, 5, 7, 11, 13, 17].all? do |a|
    x = mod_pow(a, d, n)
    next true if x == 1 || x == n - 1
    (r - 1).times.any? do
      x = x * x % n
      x == n - 1
    end
  end
end

primes = sieve(200)
puts "primes below 200: #{primes.size}"
puts primes.each_slice(12).map { |row| row.map { |p| p.to_s.rjust(4) }.join }.join("\n")
twins = primes.each_cons(2).select { |a, b| b - a == 2 }
puts "twin primes: #{twins.map { |a, b| "(#{a},#{b})" }.join(' ')}"
gaps = primes.each_cons(2).map { |a, b| b - a }.tally.sort.to_h
p gaps
[360, 97, 1001, 2**10 * 3**5, 600851475143, 9999991].each do |n|
  puts "#{n} = #{format_factors(factorize(n))}"
end
candidates = [561, 7919, 104729, 2**31 - 1, 2**61 - 1, 2**67 - 1, 1_000_000_007]
candidates.each { |n| puts "#{n} prime? #{probably_prime?(n)}" }
p sieve(10_000).last(5)
goldbach = (4..40).step(2).map do |n|
  a = primes.find { |p| primes.include?(n - p) }
  "#{n}=#{a}+#{n - a}"
end
puts goldbach.join(" ")
perfect = (2..10_000).select { |n| factorize(n).reduce(1) { |s, (p, e)| s * (p**(e + 1) - 1) / (p - 1) } == 2 * n }
p perfect
p mod_pow(2, 1000, 10**9 + 7), 2**1000 % (10**9 + 7)
