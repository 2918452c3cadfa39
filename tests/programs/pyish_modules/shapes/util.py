from shapes import Circle as C, bump
def make(n):
    bump()
    return [C(i) for i in range(1, n + 1)]
