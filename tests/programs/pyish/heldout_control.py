def find_pairs(nums, target):
    out = []
    for i, a in enumerate(nums):
        for j in range(i + 1, len(nums)):
            if a + nums[j] == target:
                out.append((a, nums[j]))
                break
        else:
            continue
        if len(out) >= 2:
            break
    else:
        out.append('exhausted')
    return out
print(find_pairs([1, 2, 3, 4, 5, 6], 7), find_pairs([1, 2], 10), find_pairs([], 0))
def primes_below(n):
    res = []
    for k in range(2, n):
        for p in res:
            if p * p > k:
                res.append(k)
                break
            if k % p == 0:
                break
        else:
            res.append(k)
    return res
print(primes_below(60))
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        break
else:
    print("no break")
print(n)
n = 0
while n < 3:
    n += 1
else:
    print("while-else ran", n)
def gen_with_else(items):
    for x in items:
        if x < 0:
            yield 'neg'
            break
        yield x
    else:
        yield 'clean'
print(list(gen_with_else([1, 2])), list(gen_with_else([1, -1, 2])))
d = {}
for d['k'] in range(3):
    pass
print(d)
lst = [0] * 4
for i, lst[i] in enumerate('abcd'):
    pass
print(lst)
for i, (a, *rest) in enumerate([(1, 2, 3), (4,), [5, 6]]):
    print(i, a, rest)
for (x, y), z in [((1, 2), 3), ((4, 5), 6)]:
    print(x + y + z, end=' ')
print()
first, *middle, last = range(10)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
(a, b), c, [d1, e] = (1, 2), 3, "xy"
print(a, b, c, d1, e)
head, *_ = [42]
print(head, _)
a, *b, c = 1, 2
print(a, b, c)
x = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
del x[::3]
print(x)
del x[1], x[-1]
print(x)
y = list(range(10))
del y[2:5]
y[1:1] = ['a', 'b']
y[-2:] = []
y[::2] = 'WXYZ'
print(y)
z = list(range(6))
z[1:4] = range(10, 15)
z[:0] = [-1]
print(z, z[::-2], z[-2::-3], z[100:], z[1:-1:2])
z[len(z):] = [99]
print(z)
a = b = 5
del a
print('a' in dir() if False else b)
i = 10
while i:
    i -= 3
    if i < 0:
        print("negative", i)
        break
def classify(n):
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'
    elif n < 10:
        if n % 2 == 0:
            return 'small even'
        return 'small odd'
    else:
        return 'big'
print([classify(v) for v in (-5, 0, 3, 4, 100)])
if True:
    def pick():
        return 'first'
else:
    def pick():
        return 'second'
print(pick())
def pick():
    return 'redefined'
print(pick())
count = 0
for _ in range(3):
    for _ in range(4):
        count += 1
print(count, _)
total = 0
for c in "abc":
    for n in range(3):
        if n == 1:
            continue
        total += ord(c) * n
print(total)
x = 5
result = 'big' if x > 10 else 'medium' if x > 3 else 'small'
print(result)
for k in range(3):
    pass
else:
    print("for-else", k)
for k in []:
    pass
else:
    print("empty for-else")
