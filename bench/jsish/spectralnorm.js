// spectralnorm: approximate the spectral norm of an infinite matrix.
//
// The matrix is A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1).  Starting from a
// vector of ones, ten rounds of the power method (v = A^T A u, then
// u = A^T A v) are run on the leading n x n block, and
// sqrt(<u, v> / <v, v>) is printed with 9 decimals.
//
// Size argument: n, the order of the matrix block.

function evalA(i, j) {
    var ij = i + j;
    return 1.0 / ((ij * (ij + 1) >> 1) + i + 1);
}

function times(v, n) {
    // A * v
    var result = [];
    var i, j, total;
    for (i = 0; i < n; i++) {
        total = 0.0;
        for (j = 0; j < n; j++) {
            total += evalA(i, j) * v[j];
        }
        result.push(total);
    }
    return result;
}

function timesTransposed(v, n) {
    // A^T * v
    var result = [];
    var i, j, total;
    for (i = 0; i < n; i++) {
        total = 0.0;
        for (j = 0; j < n; j++) {
            total += evalA(j, i) * v[j];
        }
        result.push(total);
    }
    return result;
}

function timesAtA(v, n) {
    return timesTransposed(times(v, n), n);
}

function spectralNorm(n) {
    var u = [];
    var i;
    for (i = 0; i < n; i++) {
        u.push(1.0);
    }
    var v = u;
    for (i = 0; i < 10; i++) {
        v = timesAtA(u, n);
        u = timesAtA(v, n);
    }
    var vbv = 0.0;
    var vv = 0.0;
    for (i = 0; i < n; i++) {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    return Math.sqrt(vbv / vv);
}

console.log(spectralNorm(
    process.argv.length > 2 ? parseInt(process.argv[2], 10) : 70).toFixed(9));
