# *args and **kwargs, call-site unpacking
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3))

def g(**kwargs):
    return kwargs
print(g(), g(a=1), g(x=1, y=2))

def h(a, b, *rest, **opts):
    return a, b, rest, opts
print(h(1, 2))
print(h(1, 2, 3, 4, k="v"))

nums = [1, 2, 3]
def add3(x, y, z):
    return x + y + z
print(add3(*nums))
print(add3(1, *[2, 3]))
print(add3(*(10,), *(20, 30)))
kw = {"y": 5, "z": 6}
print(add3(4, **kw))
print(add3(**{"x": 1, "y": 2, "z": 3}))

def total(*values, start=0):
    s = start
    for v in values:
        s += v
    return s
print(total(1, 2, 3), total(*range(10), start=100))

def passthrough(*args, **kwargs):
    return h(*args, **kwargs)
print(passthrough(9, 8, 7, q=1))

def count_args(*a, **k):
    return len(a), len(k)
print(count_args(*"hello", **{"p": 1, "q": 2}))
print(max(*[3, 9, 2]), min(*"zebra"))
print(*[1, 2, 3])
print(*"abc", sep="-")
print(*[], "only")
def merge(**kw):
    return sorted(kw)
print(merge(**{"b": 1}, a=2, **{"c": 3}))
a, b = [1, 2], (3, 4)
print([*a, *b], (*a, 0), {*a, *b})
print({**{"x": 1}, "y": 2, **{"x": 3}})
