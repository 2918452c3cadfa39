# Lambda expressions
sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
noargs = lambda: "constant"
print(noargs())
varargs = lambda *a, **k: (a, sorted(k.items()))
print(varargs(1, 2, x=3))
print((lambda x, y: x ** y)(2, 8))
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (-p[0], p[1])))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2 == 0, range(10))))
funcs = [lambda x, i=i: x + i for i in range(4)]
print([f(10) for f in funcs])
late = [lambda x: x + i for i in range(4)]
print([f(10) for f in late])
make_mul = lambda n: lambda x: x * n
triple = make_mul(3)
print(triple(5), make_mul(4)(4))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for op in ["+", "-", "*"]:
    print(op, ops[op](6, 3))
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print([cond(v) for v in (-1, 0, 1)])
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words, key=lambda w: w.lower()))
print(max(words, key=lambda w: len(w)), min(words, key=len))
compose = lambda *fs: lambda x: x if not fs else fs[0](compose(*fs[1:])(x))
print(compose(lambda x: x + 1, lambda x: x * 2)(5))
Y = lambda f: (lambda x: f(lambda v: x(x)(v)))(lambda x: f(lambda v: x(x)(v)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(10))
print("lambda ok")
