import functools


def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        parts = [repr(a) if not hasattr(a, "__dict__") else type(a).__name__ for a in args] + [f"{k}={v!r}" for k, v in sorted(kwargs.items())]
        result = func(*args, **kwargs)
        shown = type(result).__name__ if hasattr(result, "__dict__") else repr(result)
        print(f"{func.__name__}({', '.join(parts)}) -> {shown}")
        return result
    return wrapper


@trace
def add(a, b=10, *, scale=1):
    """Add two numbers."""
    return (a + b) * scale


add(1)
add(1, 2, scale=3)
print(add.__name__, add.__doc__, add.__wrapped__(5, 5))


def repeat(times):
    def deco(func):
        @functools.wraps(func)
        def inner(*a):
            return [func(*a) for _ in range(times)]
        return inner
    return deco


@repeat(3)
def hello(name):
    return "hi " + name

print(hello("bob"), hello.__name__)


def count_calls(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper


@count_calls
@trace
def mul(a, b):
    return a * b

mul(2, 3)
mul(4, 5)
print("mul calls:", mul.calls)


def memoize(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), len(fib.cache))


@functools.lru_cache(maxsize=None)
def ways(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return ways(n - k, k) + ways(n, k - 1)

print(ways(40, 40), ways.cache_info().hits > 0)


registry = {}

def register(cls):
    registry[cls.__name__.lower()] = cls
    cls.registered = True
    return cls


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


@register
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


@register
class Circle:
    pass


print(sorted(registry), Point.registered, Point(1, "two"))
print(registry["point"](3, 4))


class Validator:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
    def __call__(self, *args):
        for a in args:
            if not isinstance(a, int):
                raise TypeError(f"{self.func.__name__}: {a!r} is not int")
        return self.func(*args)


@Validator
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

print(gcd(48, 18), gcd.__name__)
try:
    gcd(4, "2")
except TypeError as e:
    print(e)


class Shape:
    def __init__(self, w, h):
        self.w, self.h = w, h

    @property
    @trace
    def area(self):
        return self.w * self.h

    @staticmethod
    @trace
    def unit():
        return Shape(1, 1)

print(Shape(2, 5).area, Shape.unit().w)


def decorator_with_optional_args(func=None, *, prefix=">"):
    if func is None:
        return lambda f: decorator_with_optional_args(f, prefix=prefix)
    @functools.wraps(func)
    def w(*a):
        return prefix + str(func(*a))
    return w


@decorator_with_optional_args
def one():
    return 1

@decorator_with_optional_args(prefix="#")
def two():
    return 2

print(one(), two(), one.__name__, two.__name__)
