# Arbitrary-precision integer arithmetic
a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // 7, a % 7)
print(-a // 7, -a % 7)
print(b // -13, b % -13)
print(a ** 3)
print(-(2 ** 64))
print((2 ** 64) - 1)
x = 1
for i in range(1, 31):
    x = x * i
print("30! =", x)
print(x // (2 ** 26))
print(x % 1000000007)
print(x == 265252859812191058636308480000000)
print(x > 2 ** 100, x < 2 ** 110)
big = 10 ** 40
print(big // 3)
print(-big // 3)
print(big % 3, (-big) % 3)
print(divmod(big, 12345678901234567890))
print(divmod(-big, 12345678901234567890))
print(abs(-big))
print(big << 10, big >> 100)
print((-big) >> 100)
print(big & (2 ** 70 - 1))
print(big | 1, big ^ big)
print(~big)
print(int("123456789012345678901234567890") * 2)
print(str(2 ** 200)[:20], len(str(2 ** 200)))
print(2 ** 0, 0 ** 0, (-3) ** 3, (-2) ** 63)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
n = 12345678901234567890123
s = 0
while n:
    s += n % 10
    n //= 10
print("digit sum", s)
print(pow(2, 200, 10 ** 9 + 7))
print(bool(0), bool(10 ** 30), 10 ** 30 == 10 ** 30)
