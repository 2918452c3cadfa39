# fannkuchredux: indexed-access to tiny integer sequences.
#
# Walks all n! permutations of 0..n-1 in the usual "count-based rotation"
# order.  For each permutation, repeatedly reverses the first k+1 elements
# (k being the first element) until the first element is 0, counting the
# flips.  Prints a checksum (alternating sum of flip counts) and the maximum
# number of flips.
#
# Size argument: n, the length of the permutations.
import sys


def count_flips(perm):
    flips = 0
    k = perm[0]
    while k:
        perm[:k + 1] = perm[k::-1]
        flips += 1
        k = perm[0]
    return flips


def fannkuch(n):
    perm = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1

        if perm[0]:
            flips = count_flips(perm[:])
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        sign = -sign

        # Advance to the next permutation: rotate the prefix perm[0..r]
        # left by one, for growing r, until a counter is not exhausted.
        while True:
            if r == n:
                return checksum, max_flips
            first = perm[0]
            perm[:r] = perm[1:r + 1]
            perm[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main(n):
    checksum, max_flips = fannkuch(n)
    print(checksum)
    print(f"Pfannkuchen({n}) = {max_flips}")


n = int(sys.argv[1]) if len(sys.argv) > 1 else 8
main(n)
