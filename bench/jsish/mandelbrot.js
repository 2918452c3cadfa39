// mandelbrot: compute the Mandelbrot set on an n x n grid of points.
//
// The grid covers the square [-1.5, 0.5] x [-1, 1] of the complex plane.
// A point c is in the set if |z| is still at most 2 after 50 iterations
// of z = z*z + c, starting from z = 0.  Like the PBM bitmap version, every
// row is packed 8 pixels to a byte (first pixel in the most significant
// bit, the last byte padded with zero bits); rather than writing the
// image, the program prints how many points are in the set and a checksum
// of the packed bytes.
//
// Size argument: n, the width and the height of the grid.

var ITERATIONS = 50;

function renderRow(y, n) {
    // The packed bytes of row y, as an array of integers 0..255.
    var ci = 2.0 * y / n - 1.0;
    var row = [];
    var bits = 0;
    var nbits = 0;
    var x, cr, zr, zi, tr, ti, i;
    for (x = 0; x < n; x++) {
        cr = 2.0 * x / n - 1.5;
        zr = 0.0;
        zi = 0.0;
        tr = 0.0;
        ti = 0.0;
        i = 0;
        while (i < ITERATIONS && tr + ti <= 4.0) {
            zi = 2.0 * zr * zi + ci;
            zr = tr - ti + cr;
            tr = zr * zr;
            ti = zi * zi;
            i += 1;
        }
        bits <<= 1;
        if (tr + ti <= 4.0) {
            bits |= 1;
        }
        nbits += 1;
        if (nbits === 8) {
            row.push(bits);
            bits = 0;
            nbits = 0;
        }
    }
    if (nbits !== 0) {
        row.push(bits << (8 - nbits));
    }
    return row;
}

function popcount(byte) {
    var count = 0;
    while (byte !== 0) {
        count += byte & 1;
        byte >>= 1;
    }
    return count;
}

function main(n) {
    var inside = 0;
    var checksum = 0;
    var y, k, row, byte;
    for (y = 0; y < n; y++) {
        row = renderRow(y, n);
        for (k = 0; k < row.length; k++) {
            byte = row[k];
            inside += popcount(byte);
            // Stays below 2^53, so the doubles are exact.
            checksum = (checksum * 31 + byte) % 1000000007;
        }
    }
    console.log("mandelbrot " + n + "x" + n);
    console.log("points in set: " + inside);
    console.log("checksum: " + checksum);
}

main(process.argv.length > 2 ? parseInt(process.argv[2], 10) : 110);
