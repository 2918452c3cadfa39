# Function definitions with defaults and keyword arguments
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Dee"))
print(greet("Eve", "Hey", "."))

def power(base, exp=2):
    return base ** exp
print(power(3), power(2, 10), power(exp=3, base=4))

def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_to(1), append_to(2))

def shared(item, acc=[]):
    acc.append(item)
    return acc
print(shared(1), shared(2), len(shared(3)))

default_val = 5
def uses_default(x=default_val):
    return x
default_val = 100
print(uses_default())

def no_return():
    pass
print(no_return())

def multi_return(a, b):
    return a + b, a - b, a * b
print(multi_return(7, 3))
s, d, p = multi_return(7, 3)
print(s, d, p)

def kwonly(a, *, scale=1, offset=0):
    return a * scale + offset
print(kwonly(5), kwonly(5, scale=3), kwonly(5, offset=1, scale=2))

def early(n):
    if n > 0:
        return "positive"
    return "non-positive"
print(early(1), early(-1))

def describe(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, sorted(kw.items()))
print(describe(1))
print(describe(1, 5, 6, 7, c=8, z=9, y=10))

def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print("done")
