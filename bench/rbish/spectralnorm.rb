# spectralnorm: eigenvalue of an infinite matrix by the power method.
#
# A is the matrix with A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1).  Ten rounds
# of u = A^T A v, v = A^T A u approximate the spectral norm of the n x n
# leading block: sqrt(<u, v> / <v, v>), printed with 9 decimals.
#
# Size argument: n, the order of the matrix.

def eval_a(i, j)
  ij = i + j
  1.0 / ((ij * (ij + 1) >> 1) + i + 1)
end

# A * v
def eval_a_times_u(u, n)
  (0...n).map do |i|
    sum = 0.0
    j = 0
    while j < n
      sum += eval_a(i, j) * u[j]
      j += 1
    end
    sum
  end
end

# A^T * v
def eval_at_times_u(u, n)
  (0...n).map do |i|
    sum = 0.0
    j = 0
    while j < n
      sum += eval_a(j, i) * u[j]
      j += 1
    end
    sum
  end
end

def eval_ata_times_u(u, n)
  eval_at_times_u(eval_a_times_u(u, n), n)
end

n = (ARGV[0] || 70).to_i
u = Array.new(n, 1.0)
v = u
10.times do
  v = eval_ata_times_u(u, n)
  u = eval_ata_times_u(v, n)
end

vbv = 0.0
vv = 0.0
u.zip(v).each do |ue, ve|
  vbv += ue * ve
  vv += ve * ve
end

puts "%.9f" % Math.sqrt(vbv / vv)
