# Conditional expressions
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"

for v in [-5, 0, 7]:
    print(v, sign(v))

x = 10
print("big" if x > 5 else "small")
print(("even" if x % 2 == 0 else "odd").upper())
y = [1, 2, 3] if x else []
print(y)
calls = []
def a():
    calls.append("a")
    return 1
def b():
    calls.append("b")
    return 2
r = a() if True else b()
print(r, calls)
r = a() if False else b()
print(r, calls)
print([i if i % 3 else "fizz" for i in range(1, 10)])
print(sum(i if i > 0 else -i for i in [-3, 4, -5]))
f = lambda n: 1 if n <= 1 else n * f(n - 1)
print(f(10))
print((lambda q: "yes" if q else "no")(0))
z = None
print(z if z is not None else "default")
nested = 1 if (2 if False else 0) else 3
print(nested)
print({k: ("v" if k % 2 else "w") for k in range(4)})
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 72, 10, 90, 80]])
