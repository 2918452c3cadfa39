# An exception kept after its frames returned, raised again after many calls
# at the same depths: its traceback still names the frames it passed through
# (a backend that reuses frames must not reuse these).
def inner(n):
    return [1, 2][n]


def middle(n):
    return inner(n) + 1


def other(a, b):
    return a * b + helper(a)


def helper(x):
    return x - 1


def reraise(e):
    raise e


saved = None
try:
    middle(5)
except IndexError as e:
    saved = e
total = 0
for i in range(100):
    total += other(i, 2)
print(total)
reraise(saved)
