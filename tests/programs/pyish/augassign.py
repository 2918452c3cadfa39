# Augmented assignment on names, subscripts and nested containers
x = 10
x += 5
print(x)
x -= 3
x *= 2
print(x)
x //= 5
print(x)
x **= 3
print(x)
x %= 7
print(x)
x /= 4
print(x)
y = 0b1100
y &= 0b1010
print(y)
y |= 0b0001
print(y)
y ^= 0b1111
print(y)
y <<= 3
print(y)
y >>= 1
print(y)
a = [1, 2, 3]
a[0] += 10
a[-1] *= 5
print(a)
b = a
b += [4]
print(a, b is a)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2)
s = "ab"
s += "cd"
s *= 2
print(s)
d = {"k": 1}
d["k"] += 1
d["k"] *= 10
print(d)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
m = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        m[i][j] += i * j
m[1][2] -= 100
print(m)
lst = [1, 2, 3]
lst *= 2
print(lst)
calls = []
def idx(i):
    calls.append(i)
    return i
arr = [0, 0, 0]
arr[idx(1)] += 7
print(arr, calls)
st = {1, 2}
st |= {3}
st &= {2, 3, 4}
st -= {2}
print(st)
