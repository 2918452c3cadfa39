counter = 0
def bump(n=1):
    global counter
    counter += n
    return counter
bump(); bump(5)
print(counter)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make_multipliers():
    result = []
    for k in range(1, 4):
        def m(x, k=k):
            return x * k
        result.append(m)
    return result
print([f(10) for f in make_multipliers()])
def late():
    fs = []
    for k in range(3):
        fs.append(lambda x: x + k)
    k = 100
    return [f(1) for f in fs]
print(late())
for i in range(5):
    pass
print(i)
x = 'global x'
def outer():
    x = 'outer x'
    def inner():
        nonlocal x
        x = 'modified by inner'
        return x
    before = x
    inner()
    return before, x
print(outer(), x)
def make_account(balance):
    history = []
    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(('dep', amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            history.append(('fail', amount))
            return None
        balance -= amount
        history.append(('wd', amount))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report
dep, wd, rep = make_account(100)
print(dep(50), wd(30), wd(500), dep(1))
print(rep())
def default_list(x, acc=[]):
    acc.append(x)
    return acc
print(default_list(1), default_list(2), default_list(3, []))
y = 10
def f(a=y):
    return a
y = 20
print(f(), y)
def counter_factory():
    count = 0
    def inc():
        nonlocal count
        count += 1
        def peek():
            return count
        return peek
    return inc
inc = counter_factory()
p1 = inc(); p2 = inc()
print(p1(), p2())
print([x for x in range(3)], x)
z = [j * 2 for j in range(4) if (last := j) > 1]
print(z, last)
def walrus_scope():
    data = [3, 1, 4, 1, 5, 9, 2, 6]
    big = [y for v in data if (y := v * v) > 10]
    return big, y
print(walrus_scope())
def g():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for v in range(5):
        add(v)
    return total
print(g())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                nonlocal a
                a += b + c
                return a
            return l3
        return l2
    fn = l1()()
    fn(); fn()
    return a
print(deep())
