def permutations(items, r=None):
    items = list(items)
    n = len(items)
    r = n if r is None else r
    if r > n:
        return
    used = [False] * n
    current = []
    def rec():
        if len(current) == r:
            yield tuple(current)
            return
        for i in range(n):
            if not used[i]:
                used[i] = True
                current.append(items[i])
                yield from_helper(rec())
                current.pop()
                used[i] = False
    stack = [rec()]
    while stack:
        pass
        break
    for p in gen_perm(items, r):
        yield p

def from_helper(g):
    return g

def gen_perm(items, r):
    if r == 0:
        yield ()
        return
    for i, x in enumerate(items):
        rest = items[:i] + items[i + 1:]
        for p in gen_perm(rest, r - 1):
            yield (x,) + p

def combinations(items, r):
    items = tuple(items)
    n = len(items)
    if r > n:
        return
    idx = list(range(r))
    yield tuple(items[i] for i in idx)
    while True:
        for i in reversed(range(r)):
            if idx[i] != i + n - r:
                break
        else:
            return
        idx[i] += 1
        for j in range(i + 1, r):
            idx[j] = idx[j - 1] + 1
        yield tuple(items[i] for i in idx)

def product(*seqs, repeat=1):
    pools = [tuple(s) for s in seqs] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)

def powerset(s):
    s = list(s)
    for mask in range(1 << len(s)):
        yield [s[i] for i in range(len(s)) if mask >> i & 1]

def next_permutation(a):
    a = list(a)
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return a

print(list(permutations('abc')))
print(len(list(permutations(range(5)))), list(permutations([1, 2, 3], 2)), list(permutations([], 0)), list(permutations('ab', 3)))
print(list(combinations('abcd', 2)), list(combinations(range(5), 3))[-2:], list(combinations('ab', 0)), list(combinations('a', 2)))
print(list(product('ab', [0, 1])), len(list(product(range(3), repeat=3))), list(product()))
print(list(powerset('xyz')))
p = [1, 2, 2, 3]
seen = []
while p is not None:
    seen.append("".join(map(str, p)))
    p = next_permutation(p)
print(len(seen), seen)
words = ["".join(t) for t in permutations("tea")]
print(sorted(set(words)), sum(1 for c in combinations(range(10), 4)))
def derangements(n):
    return sum(1 for p in gen_perm(list(range(n)), n) if all(p[i] != i for i in range(n)))
print([derangements(n) for n in range(7)])
