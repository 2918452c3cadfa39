# Sieve of Eratosthenes
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for m in range(p * p, limit + 1, p):
                is_prime[m] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]

primes = sieve(1000)
print(len(primes))
print(primes[:20])
print(primes[-5:])
print(sum(primes))

def sieve_slices(n):
    flags = [1] * (n + 1)
    flags[0] = flags[1] = 0
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [0] * len(range(i * i, n + 1, i))
    return [i for i in range(n + 1) if flags[i]]

print(sieve_slices(1000) == primes)

twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print(len(twins), twins[:6])

gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))

def factorize(n):
    out = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            out.append(p)
            n //= p
    if n > 1:
        out.append(n)
    return out

for v in [360, 997, 1001, 65536, 999999]:
    print(v, factorize(v))
prime_set = set(primes)
goldbach = []
for even in range(4, 60, 2):
    for p in primes:
        if even - p in prime_set:
            goldbach.append((even, p, even - p))
            break
print(goldbach[:8])
