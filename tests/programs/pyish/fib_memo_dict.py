# Fibonacci with dictionary memoization
memo = {0: 0, 1: 1}

def fib(n):
    if n in memo:
        return memo[n]
    r = fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r

print([fib(i) for i in range(20)])
print(fib(100))
print(fib(300))
print(len(memo))

def make_memo_fib():
    cache = {}
    calls = [0]
    def f(n):
        calls[0] += 1
        if n < 2:
            return n
        if n not in cache:
            cache[n] = f(n - 1) + f(n - 2)
        return cache[n]
    return f, calls
f, calls = make_memo_fib()
print(f(80), calls[0])

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(all(fib_iter(i) == fib(i) for i in range(200)))

def count_ways(n, steps, cache=None):
    if cache is None:
        cache = {}
    if n == 0:
        return 1
    if n < 0:
        return 0
    if n in cache:
        return cache[n]
    total = sum(count_ways(n - s, steps, cache) for s in steps)
    cache[n] = total
    return total
print(count_ways(10, (1, 2)), count_ways(50, (1, 2, 3)))

lcs_memo = {}
def lcs(a, b, i, j):
    key = (i, j)
    if key in lcs_memo:
        return lcs_memo[key]
    if i == len(a) or j == len(b):
        r = 0
    elif a[i] == b[j]:
        r = 1 + lcs(a, b, i + 1, j + 1)
    else:
        r = max(lcs(a, b, i + 1, j), lcs(a, b, i, j + 1))
    lcs_memo[key] = r
    return r
print(lcs("AGGTABQXY", "GXTXAYBQY", 0, 0))
print(fib(90) % 1000000007, str(fib(300))[:10])
