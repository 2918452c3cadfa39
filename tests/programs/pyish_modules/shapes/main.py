import shapes
from util import make
import random, itertools, functools, collections, operator, string, heapq, bisect, io, sys
print(shapes.describe(shapes.Circle(2)), round(shapes.PI2, 4))
print([c.area() for c in make(3)], shapes.counter)
shapes.counter = 10
print(shapes.bump(), shapes.__name__, shapes.__doc__)
random.seed(42); print(random.random(), random.randint(1, 100), random.choice("abc"))
print(list(itertools.permutations([1, 2, 3], 2))[:4], list(itertools.accumulate([1, 2, 3])))
print(functools.reduce(operator.add, range(10)), collections.Counter("abracadabra").most_common(2))
d = collections.defaultdict(list); d["a"].append(1); print(dict(d), collections.deque([1, 2, 3], maxlen=2))
print(string.ascii_lowercase[:5], heapq.nsmallest(2, [5, 1, 4]), bisect.bisect([1, 3, 5], 4))
buf = io.StringIO(); print("x", file=buf); print(repr(buf.getvalue()))
print("to stderr", file=sys.stderr)
Point = collections.namedtuple("Point", "x y"); p = Point(1, 2); print(p, p.x + p.y)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60))
try:
    import nonexistent_module_xyz
except ImportError as e:
    print("ImportError:", e)
try:
    shapes.nope
except AttributeError as e:
    print(e)
