# Matrix multiplication with lists of lists
def mat_mult(a, b):
    n, m, p = len(a), len(b), len(b[0])
    result = [[0] * p for _ in range(n)]
    for i in range(n):
        for j in range(p):
            s = 0
            for k in range(m):
                s += a[i][k] * b[k][j]
            result[i][j] = s
    return result

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def transpose(m):
    return [list(row) for row in zip(*m)]

def mat_pow(m, e):
    result = identity(len(m))
    while e > 0:
        if e & 1:
            result = mat_mult(result, m)
        m = mat_mult(m, m)
        e >>= 1
    return result

def show(m):
    for row in m:
        print(" ".join(f"{v:5}" for v in row))

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(mat_mult(A, B))
show(transpose(A))
print(mat_mult(identity(3), B) == B)
F = [[1, 1], [1, 0]]
print(mat_pow(F, 10))
print(mat_pow(F, 100)[0][1])
M = [[(i * 3 + j) % 7 for j in range(4)] for i in range(4)]
show(M)
show(mat_mult(M, transpose(M)))
trace = sum(M[i][i] for i in range(4))
print("trace", trace)

def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
print(det([[1, 2], [3, 4]]), det(M), det(identity(4)))
fm = [[0.5, 1.5], [2.0, -1.0]]
print(mat_mult(fm, fm))
print([sum(col) for col in zip(*M)])
