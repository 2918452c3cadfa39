# fannkuchredux: indexed-access to tiny integer sequences.
#
# Walks all n! permutations of 0..n-1 in the usual "count-based rotation"
# order.  For each permutation, repeatedly reverses the first k+1 elements
# (k being the first element) until the first element is 0, counting the
# flips.  Prints a checksum (alternating sum of flip counts) and the maximum
# number of flips.
#
# Size argument: n, the length of the permutations.

def count_flips(perm)
  flips = 0
  k = perm[0]
  while k != 0
    perm[0..k] = perm[0..k].reverse
    flips += 1
    k = perm[0]
  end
  flips
end

def fannkuch(n)
  perm = (0...n).to_a
  count = Array.new(n, 0)
  max_flips = 0
  checksum = 0
  sign = 1
  r = n
  loop do
    while r != 1
      count[r - 1] = r
      r -= 1
    end

    if perm[0] != 0
      flips = count_flips(perm.dup)
      max_flips = flips if flips > max_flips
      checksum += sign * flips
    end
    sign = -sign

    # Advance to the next permutation: rotate the prefix perm[0..r] left
    # by one, for growing r, until a counter is not exhausted.
    loop do
      return [checksum, max_flips] if r == n
      first = perm[0]
      i = 0
      while i < r
        perm[i] = perm[i + 1]
        i += 1
      end
      perm[r] = first
      count[r] -= 1
      break if count[r] > 0
      r += 1
    end
  end
end

n = (ARGV[0] || 8).to_i
checksum, max_flips = fannkuch(n)
puts checksum
puts "Pfannkuchen(#{n}) = #{max_flips}"
