# for loops with else, break and continue
for i in range(5):
    if i == 3:
        print("break at", i)
        break
    print("i", i)
else:
    print("not printed")

for i in range(3):
    print("j", i)
else:
    print("else runs after full loop")

for ch in "":
    print("never")
else:
    print("else on empty iterable")

def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    return True

print([n for n in range(30) if is_prime(n)])

evens = []
for n in range(20):
    if n % 2:
        continue
    evens.append(n)
print(evens)

for x in [1, 2, 3]:
    for y in [10, 20, 30]:
        if y == 20:
            continue
        if x == 2:
            break
        print(x, y)
    else:
        print("inner done for", x)

found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    else:
        continue
    break
print("found", found)

for i in range(3):
    pass
print("loop var after loop:", i)

def search(items, target):
    for idx, it in enumerate(items):
        if it == target:
            print("found", target, "at", idx)
            break
    else:
        print(target, "not found")
search(["a", "b", "c"], "b")
search(["a", "b", "c"], "z")
