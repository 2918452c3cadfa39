# Edge cases of the arithmetic, comparison, subscript and branch shapes the
# compiled threaded code does inline (hostvm_ext/ctcg.py): each must agree
# with Python's own semantics, inline or not.
import math

big = 2 ** 62
vals = [0, 1, -1, 7, -7, 2 ** 30 - 1, -(2 ** 30) + 1, 2 ** 30, big, -big, True, False,
        0.0, -0.0, 1.5, -2.25, float("inf"), float("nan"), 10 ** 30]
for a in vals:
    for b in vals:
        row = [repr(a + b), repr(a - b), repr(a * b)]
        try:
            row.append(repr(a / b))
        except ZeroDivisionError:
            row.append("ZeroDivisionError")
        row.append((a < b, a <= b, a > b, a >= b, a == b, a != b))
        x = a
        x += b
        y = a
        y -= b
        z = a
        z *= b
        row.append((x, y, z))
        print(row)

s = [10, 20, 30]
t = (1, 2, 3)
for k in (-4, -3, -1, 0, 2, 3, True, False, 2 ** 40):
    for c in (s, t):
        try:
            print(c[k])
        except IndexError as e:
            print("IndexError", e)
d = {1: "a", True: "b", 1.0: "c"}
print(d[1], s[-1], t[-3])
try:
    print(s["x"])
except TypeError as e:
    print("TypeError", e)


class Weird:
    def __bool__(self):
        return False


for v in (True, False, 0, 1, [], [0], Weird(), None, math.nan):
    print("yes" if v else "no", "yes" if not v else "no")
    print(type(v and 1).__name__, type(v or 2).__name__)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1.0, math.copysign(1.0, -0.0 * 5.0))
for a in (0, 1, -1, 5, -6, 2 ** 30 - 1, -(2 ** 30) + 1, 2 ** 40, -(2 ** 40), True):
    print([a & b for b in (0, -1, 3, 2 ** 29, -(2 ** 29))],
          [a | b for b in (0, -1, 3, 2 ** 29, -(2 ** 29))],
          [a ^ b for b in (0, -1, 3, 2 ** 29, -(2 ** 29))])
pairs = [(1, 2), [3, 4], "ab", range(2)]
for p in pairs:
    u, v = p
    print(u, v)
try:
    u, v = (1, 2, 3)
except ValueError as e:
    print(e)
