# spectralnorm: eigenvalue of an infinite matrix by the power method.
#
# A is the matrix with A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1).  Ten rounds
# of u = A^T A v, v = A^T A u approximate the spectral norm of the n x n
# leading block: sqrt(<u, v> / <v, v>), printed with 9 decimals.
#
# Size argument: n, the order of the matrix.
import sys


def eval_a(i, j):
    ij = i + j
    return 1.0 / ((ij * (ij + 1) >> 1) + i + 1)


def times(v, n):
    # A * v
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += eval_a(i, j) * v[j]
        result.append(total)
    return result


def times_transposed(v, n):
    # A^T * v
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += eval_a(j, i) * v[j]
        result.append(total)
    return result


def times_ata(v, n):
    return times_transposed(times(v, n), n)


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u, n)
        u = times_ata(v, n)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


n = int(sys.argv[1]) if len(sys.argv) > 1 else 70
print(f"{spectral_norm(n):.9f}")
