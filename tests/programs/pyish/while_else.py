# while loops with else, break, continue
i = 0
while i < 5:
    print("i =", i)
    i += 1
else:
    print("loop ended normally, i =", i)

n = 0
while True:
    n += 1
    if n == 4:
        break
print("broke at", n)

k = 10
while k > 0:
    k -= 3
    if k == 4:
        print("breaking at", k)
        break
else:
    print("no break")
print("k =", k)

def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return None
    return d

for v in [15, 17, 49, 97, 221]:
    print(v, find_divisor(v))

total = 0
j = 0
while j < 20:
    j += 1
    if j % 3 == 0:
        continue
    total += j
print("total", total)

x = 0
while x < 0:
    print("never")
else:
    print("else on zero iterations")

a, b = 0, 1
fibs = []
while len(fibs) < 15:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        print((outer, inner), end=" ")
        inner += 1
    outer += 1
print()
