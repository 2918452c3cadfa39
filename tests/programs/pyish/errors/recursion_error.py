# Unbounded recursion must raise RecursionError, not crash the host.
def f(n):
    return f(n + 1)

print("recursing")
f(0)
print("never printed")
