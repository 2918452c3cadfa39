def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def frac(n, d=1):
    if d == 0:
        raise_zero = 1 // 0
    if d < 0:
        n, d = -n, -d
    g = gcd(n, d) or 1
    return (n // g, d // g)

def fadd(a, b): return frac(a[0] * b[1] + b[0] * a[1], a[1] * b[1])
def fsub(a, b): return frac(a[0] * b[1] - b[0] * a[1], a[1] * b[1])
def fmul(a, b): return frac(a[0] * b[0], a[1] * b[1])
def fdiv(a, b): return frac(a[0] * b[1], a[1] * b[0])
def fstr(a): return str(a[0]) if a[1] == 1 else f"{a[0]}/{a[1]}"

def det(m):
    m = [[frac(x) if isinstance(x, int) else x for x in row] for row in m]
    n = len(m)
    result = (1, 1)
    for col in range(n):
        pivot = None
        for r in range(col, n):
            if m[r][col][0] != 0:
                pivot = r
                break
        if pivot is None:
            return (0, 1)
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            result = fmul(result, (-1, 1))
        result = fmul(result, m[col][col])
        for r in range(col + 1, n):
            factor = fdiv(m[r][col], m[col][col])
            m[r] = [fsub(a, fmul(factor, b)) for a, b in zip(m[r], m[col])]
    return result

def inverse(m):
    n = len(m)
    aug = [[frac(x) for x in row] + [frac(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for c in range(n):
        p = next((r for r in range(c, n) if aug[r][c][0]), None)
        if p is None:
            return None
        aug[c], aug[p] = aug[p], aug[c]
        pv = aug[c][c]
        aug[c] = [fdiv(x, pv) for x in aug[c]]
        for r in range(n):
            if r != c and aug[r][c][0]:
                f = aug[r][c]
                aug[r] = [fsub(x, fmul(f, y)) for x, y in zip(aug[r], aug[c])]
    return [row[n:] for row in aug]

mats = [
    [[2, 0], [0, 3]],
    [[1, 2, 3], [4, 5, 6], [7, 8, 10]],
    [[0, 1, 2], [1, 0, 3], [4, -3, 8]],
    [[1, 2], [2, 4]],
    [[3, -7, 2, 5], [1, 0, -4, 2], [6, 6, 1, -1], [2, 9, 0, 3]],
]
for m in mats:
    d = det(m)
    print("det =", fstr(d))
    inv = inverse(m)
    if inv is None:
        print("  singular")
    else:
        for row in inv:
            print("  [" + ", ".join(f"{fstr(x):>8}" for x in row) + "]")
h = [[frac(1, i + j + 1) for j in range(5)] for i in range(5)]
print("hilbert det:", fstr(det(h)))
total = (0, 1)
for k in range(1, 30):
    total = fadd(total, frac(1, k * (k + 1)))
print("telescoping:", fstr(total))
hs = (0, 1)
for k in range(1, 25):
    hs = fadd(hs, (1, k))
print("H24 =", fstr(hs), hs[0] / hs[1])
