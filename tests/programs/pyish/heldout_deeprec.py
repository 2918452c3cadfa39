import sys
sys.setrecursionlimit(3000)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(2500))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def flatten(x):
    if isinstance(x, (list, tuple)):
        out = []
        for y in x:
            out.extend(flatten(y))
        return out
    return [x]
nested = [1]
for i in range(2, 1500):
    nested = [nested, i]
print(len(flatten(nested)), flatten(nested)[:5], sum(flatten(nested)))
def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
print(mutual_even(2000), mutual_odd(1999), mutual_even(7))
def gen_depth(n):
    if n > 0:
        for x in gen_depth(n - 1):
            yield x
    yield n
print(sum(gen_depth(400)))
memo = {}
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in memo:
        memo[key] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[key]
print(partitions(100, 100), partitions(250, 250), len(memo))
print(sys.getrecursionlimit())
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
m = hanoi(10, 'A', 'B', 'C', [])
print(len(m), m[:4], m[-1])
