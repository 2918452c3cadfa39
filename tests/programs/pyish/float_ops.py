# Float arithmetic and repr
print(0.1 + 0.2)
print(1.0, 2.5, -0.0, 1e10, 1e16, 1e22, 1e-5, 1.5e-7)
print(1 / 3, 2 / 3, 10 / 4, 7 / 7)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(2.0 ** 10, 2 ** -1, 2.0 ** 0.5)
print(3 * 1.5, 1.5 * 3, 3 - 0.5)
print(1e300 * 1e10)
print(-1e300 * 1e10)
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)
print(inf > 1e308, -inf < -1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(inf - inf)
print(0.1 * 3, 0.3)
print(0.1 * 3 == 0.3)
print(abs(-2.5), -(-2.5), +3.25)
print(int(3.9), int(-3.9), int(1e20))
print(float(7), float("3.14"), float("-1e-3"), float(" 2.5 "))
print(round(2.675, 2), round(3.14159, 3), round(2.5), round(3.5))
print(1.0 == 1, 2 == 2.0, 1.5 > 1, 0.5 < 1)
print(123456789.123456789)
print(1.0 / 7.0)
print(100.0, 1e15 + 0.5, 123e-20)
total = 0.0
for i in range(10):
    total += 0.1
print(total)
print(divmod(7.5, 2), divmod(-7.5, 2))
x = 5.0
x /= 2
x *= 3
x -= 0.25
print(x)
print(3.0 * 10 ** 2, 10 ** 2 / 4)
print(1e308 * 10 == inf)
print(max(1.5, 2), min(-0.5, 0))
print(sum([0.5, 0.25, 0.125]))
print(type(2.5), type(2 / 1))
