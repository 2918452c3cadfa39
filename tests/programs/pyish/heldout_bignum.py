# big-number arithmetic on digit lists, checked against native ints
BASE = 10000

def to_digits(n):
    if n == 0:
        return [0]
    out = []
    while n:
        n, r = divmod(n, BASE)
        out.append(r)
    return out

def from_digits(d):
    n = 0
    for x in reversed(d):
        n = n * BASE + x
    return n

def add(a, b):
    res, carry = [], 0
    for i in range(max(len(a), len(b))):
        s = carry + (a[i] if i < len(a) else 0) + (b[i] if i < len(b) else 0)
        carry, r = divmod(s, BASE)
        res.append(r)
    if carry:
        res.append(carry)
    return res

def mul(a, b):
    res = [0] * (len(a) + len(b))
    for i, x in enumerate(a):
        carry = 0
        for j, y in enumerate(b):
            cur = res[i + j] + x * y + carry
            carry, res[i + j] = divmod(cur, BASE)
        k = i + len(b)
        while carry:
            cur = res[k] + carry
            carry, res[k] = divmod(cur, BASE)
            k += 1
    while len(res) > 1 and res[-1] == 0:
        res.pop()
    return res

def fmt(d):
    return str(d[-1]) + "".join(str(x).zfill(4) for x in reversed(d[:-1]))

f = [1]
for i in range(1, 61):
    f = mul(f, to_digits(i))
print(fmt(f))
print(fmt(f) == str(from_digits(f)))
import math
print(from_digits(f) == math.factorial(60))
a, b = [0], [1]
for _ in range(300):
    a, b = b, add(a, b)
print(fmt(a))
print(len(fmt(a)), sum(int(c) for c in fmt(a)))
x = 2 ** 521 - 1
print(x % 1000000007, x.bit_length(), pow(3, x, 1000003), x // 7 ** 100)
print(-x // 12345, -x % 12345, divmod(-x, 99991), divmod(x, -99991))
print(str(3 ** 200)[:20], len(str(7 ** 500)), hex(2 ** 100 + 255), oct(-2 ** 70), bin(2 ** 65 - 1).count('1'))
print((-7) >> 1, -7 << 70, ~(2**80), (-2**80) & 0xFFFF, (-1) ^ (2**90), (2**70) | -5)
print(int('1' * 60) // int('9' * 30), int('-' + '7' * 40) % 97)
print(math.isqrt(10 ** 60 + 12345), math.gcd(2 ** 64, 6 ** 40), abs(-10 ** 30))
print(10 ** 30 / 3, 10 ** 20 // 3.0, float(2 ** 80), 2 ** -3, (-2) ** 63, pow(2, -2))
