def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def matmul(a, b):
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def matpow(m, p):
    result = identity(len(m))
    while p:
        if p & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        p >>= 1
    return result

def transpose(m):
    return [list(r) for r in zip(*m)]

def show(m, width=None):
    width = width or max(len(str(v)) for row in m for v in row)
    return "\n".join(" ".join(f"{v:>{width}}" for v in row) for row in m)

fib = matpow([[1, 1], [1, 0]], 90)
print(fib[0][1])
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(show(matmul(a, b)))
print(show(transpose(a)))
print(show(matpow([[2, 0, 1], [1, 1, 0], [0, 3, 1]], 5)))
def gauss_solve(A, bvec):
    n = len(A)
    M = [row[:] + [bv] for row, bv in zip(A, bvec)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(M[r][col]))
        M[col], M[piv] = M[piv], M[col]
        for r in range(n):
            if r != col:
                f = M[r][col] / M[col][col]
                M[r] = [x - f * y for x, y in zip(M[r], M[col])]
    return [M[i][n] / M[i][i] for i in range(n)]
sol = gauss_solve([[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]], [8.0, -11.0, -3.0])
print([round(v, 10) for v in sol])
spiral = [[0] * 5 for _ in range(5)]
r = c = 0
dr, dc = 0, 1
for k in range(1, 26):
    spiral[r][c] = k
    nr, nc = r + dr, c + dc
    if not (0 <= nr < 5 and 0 <= nc < 5 and spiral[nr][nc] == 0):
        dr, dc = dc, -dr
        nr, nc = r + dr, c + dc
    r, c = nr, nc
print(show(spiral))
rot = [list(row) for row in zip(*spiral[::-1])]
print(show(rot, 3))
print([spiral[i][i] for i in range(5)], [spiral[i][4 - i] for i in range(5)], sum(map(sum, spiral)))
pascal = [[1]]
for _ in range(9):
    prev = pascal[-1]
    pascal.append([1] + [x + y for x, y in zip(prev, prev[1:])] + [1])
for row in pascal:
    print(" ".join(map(str, row)).center(40).rstrip())
flat = [x for row in pascal for x in row if x % 2]
print(len(flat), max(flat), sorted(set(flat))[-3:])
