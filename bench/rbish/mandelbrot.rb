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

ITERATIONS = 50

# The packed bytes of row y, as an array of integers in 0..255.
def render_row(y, n)
  ci = 2.0 * y / n - 1.0
  row = []
  bits = 0
  nbits = 0
  n.times do |x|
    cr = 2.0 * x / n - 1.5
    zr = zi = tr = ti = 0.0
    i = 0
    while i < ITERATIONS && tr + ti <= 4.0
      zi = 2.0 * zr * zi + ci
      zr = tr - ti + cr
      tr = zr * zr
      ti = zi * zi
      i += 1
    end
    bits <<= 1
    bits |= 1 if tr + ti <= 4.0
    nbits += 1
    if nbits == 8
      row << bits
      bits = 0
      nbits = 0
    end
  end
  row << (bits << (8 - nbits)) if nbits > 0
  row
end

def popcount(byte)
  count = 0
  while byte != 0
    count += byte & 1
    byte >>= 1
  end
  count
end

n = (ARGV[0] || 110).to_i
inside = 0
checksum = 0
n.times do |y|
  render_row(y, n).each do |byte|
    inside += popcount(byte)
    checksum = (checksum * 31 + byte) % 1_000_000_007
  end
end
puts "mandelbrot #{n}x#{n}"
puts "points in set: #{inside}"
puts "checksum: #{checksum}"
