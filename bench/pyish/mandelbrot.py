# mandelbrot: render the Mandelbrot set on an n x n grid.
#
# The square [-1.5, 0.5] x [-1, 1] of the complex plane is sampled on an
# n x n grid; a point c belongs to the set if |z| stays <= 2 during 50
# iterations of z = z*z + c.  As in the bitmap (PBM) version, each row is
# packed into bytes, 8 pixels per byte, most significant bit first, padded
# with zeros.  Instead of the binary image, the program prints the number
# of points in the set and a checksum of the packed bytes.
#
# Size argument: n, the width and height of the grid in pixels.
import sys

ITERATIONS = 50


def render_row(y, n):
    # Returns the packed bytes of row y as a list of ints in 0..255.
    ci = 2.0 * y / n - 1.0
    row = []
    bits = 0
    nbits = 0
    for x in range(n):
        cr = 2.0 * x / n - 1.5
        zr = zi = tr = ti = 0.0
        i = 0
        while i < ITERATIONS and tr + ti <= 4.0:
            zi = 2.0 * zr * zi + ci
            zr = tr - ti + cr
            tr = zr * zr
            ti = zi * zi
            i += 1
        bits <<= 1
        if tr + ti <= 4.0:
            bits |= 1
        nbits += 1
        if nbits == 8:
            row.append(bits)
            bits = 0
            nbits = 0
    if nbits:
        row.append(bits << (8 - nbits))
    return row


def popcount(byte):
    count = 0
    while byte:
        count += byte & 1
        byte >>= 1
    return count


def main(n):
    inside = 0
    checksum = 0
    for y in range(n):
        for byte in render_row(y, n):
            inside += popcount(byte)
            checksum = (checksum * 31 + byte) % 1000000007
    print(f"mandelbrot {n}x{n}")
    print(f"points in set: {inside}")
    print(f"checksum: {checksum}")


n = int(sys.argv[1]) if len(sys.argv) > 1 else 110
main(n)
