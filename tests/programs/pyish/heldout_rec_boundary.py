def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(990))
import sys
sys.setrecursionlimit(5000)
print(depth(4900))
def g(n):
    return n if n == 0 else g(n - 1)
print([g(x) for x in [4000]])
print(sorted([3,1,2], key=lambda v: depth(v * 1000)))
