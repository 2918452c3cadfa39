# if / elif / else chains
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for v in [-3, 0, 5, 42, 1000]:
    print(v, classify(v))

def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out

print(" ".join(fizzbuzz(20)))
x = []
if x:
    print("non-empty")
else:
    print("empty")
if "text":
    print("truthy string")
if 0:
    print("never")
if None:
    pass
elif 0.0:
    pass
else:
    print("fell through")
a, b = 3, 7
if a > b:
    print("a")
elif a == b:
    print("eq")
if a < b:
    if b - a > 3:
        print("far apart")
    else:
        print("close")
def nested(p, q):
    if p:
        if q:
            return "both"
        return "p only"
    elif q:
        return "q only"
    return "neither"
print(nested(1, 1), nested(1, 0), nested(0, 1), nested(0, 0))
if a == 3: print("one-liner")
