# Big integer factorials and related computations
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f100 = factorial(100)
print(f100)
print(len(str(f100)))
print(sum(int(d) for d in str(f100)))
s = str(f100)
print(len(s) - len(s.rstrip("0")))

def trailing_zeros(n):
    count = 0
    p = 5
    while p <= n:
        count += n // p
        p *= 5
    return count
print(trailing_zeros(100), trailing_zeros(1000))

f200 = factorial(200)
print(f200 // factorial(198) == 200 * 199)
print(f200 % (10 ** 9 + 7))
print(str(f200)[:30])

def binom(n, k):
    return factorial(n) // (factorial(k) * factorial(n - k))
print(binom(100, 50))
print([binom(10, k) for k in range(11)])

def catalan(n):
    return binom(2 * n, n) // (n + 1)
print([catalan(i) for i in range(15)])

print(2 ** 256 - 1)
print(hex(factorial(30)), bin(factorial(10)))
print(factorial(50) > 2 ** 200, factorial(50) < 2 ** 300)
x = factorial(40)
y = factorial(39)
print(x // y, x % y, -x // y, divmod(x + 1, y))
print(-factorial(25), abs(-factorial(25)) == factorial(25))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
big = factorial(60)
r = isqrt(big)
print(r, r * r <= big < (r + 1) * (r + 1))
print(f"{factorial(25):,}")
print(float(factorial(20)), factorial(170) > 10 ** 306)
