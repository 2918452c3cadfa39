import itertools
import functools
import operator
import heapq
import bisect

print(list(itertools.product("ab", [1, 2])), len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.permutations([1, 2, 3])), list(itertools.permutations("abcd", 2))[:5])
print(list(itertools.combinations(range(5), 3))[:4], list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.chain([1, 2], (3,), "xy")), list(itertools.chain.from_iterable([[1], [2, 3]])))
data = sorted("aaabccddddae")
print([(k, len(list(g))) for k, g in itertools.groupby(data)])
recs = [("fruit", "apple"), ("veg", "leek"), ("fruit", "fig"), ("veg", "kale")]
for k, g in itertools.groupby(sorted(recs), key=operator.itemgetter(0)):
    print(k, [name for _, name in g])
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.islice("abcdefg", 1, None, 2)))
print(list(itertools.islice(itertools.cycle("xyz"), 7)), list(itertools.repeat("r", 3)))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.starmap(pow, [(2, 5), (3, 2)])))
print(list(itertools.takewhile(lambda v: v < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 2, 3, 1])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.filterfalse(str.isdigit, "a1b2")))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(itertools.pairwise([1, 4, 9, 16])) if hasattr(itertools, "pairwise") else [(1, 4), (4, 9), (9, 16)])

print(functools.reduce(operator.add, range(10)), functools.reduce(lambda acc, x: acc * x, [1, 2, 3, 4], 10))
print(functools.reduce(lambda a, b: a if a > b else b, [3, 9, 2]))
pow2 = functools.partial(pow, 2)
int_base2 = functools.partial(int, base=2)
print(pow2(10), int_base2("1011"), pow2.args, int_base2.keywords)


def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"

hi = functools.partial(greet, "Hi", punct="?")
print(hi("Ann"), hi("Bob", punct="."))


@functools.lru_cache(maxsize=3)
def slow_square(n):
    print("  computing", n)
    return n * n

for n in [1, 2, 1, 3, 4, 1, 2]:
    slow_square(n)
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info())


def cmp_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

print(sorted(["pear", "fig", "apple", "kiwi", "date"], key=lambda w: (len(w), w)), cmp_len_then_alpha("ab", "b"))
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=operator.itemgetter(1)))


class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Pt({self.x},{self.y})"

pts = [Pt(3, 1), Pt(1, 2), Pt(2, 0)]
print(sorted(pts, key=operator.attrgetter("x")), min(pts, key=operator.attrgetter("y")))
print(operator.methodcaller("upper")("abc"), operator.neg(5), operator.getitem([1, 2], 1))

h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(3)], h[0])
nums = [15, 3, 8, 22, 7, 1, 19]
heapq.heapify(nums)
print(nums[0], heapq.nlargest(3, nums), heapq.nsmallest(2, nums), heapq.heappushpop(nums, 0))
print(heapq.heapreplace(nums, 100), sorted(nums), list(heapq.merge([1, 4, 7], [2, 5, 8], [3])))
tasks = []
for prio, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "design")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks)[1] for _ in range(len(tasks))])
print(heapq.nlargest(2, ["aa", "b", "cccc"], key=len))

sl = [1, 3, 3, 3, 7, 9]
print(bisect.bisect_left(sl, 3), bisect.bisect_right(sl, 3), bisect.bisect(sl, 8), bisect.bisect_left(sl, 100))
bisect.insort(sl, 4)
bisect.insort_left(sl, 3)
print(sl)


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left([10, 20, 30], 25, lo=0, hi=2))
total = functools.reduce(lambda acc, p: acc + p.x * p.y, pts, 0)
print(total, list(map(operator.add, [1, 2], [10, 20])))
