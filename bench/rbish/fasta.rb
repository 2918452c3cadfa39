# fasta: generate DNA sequences.
#
# Three sequences are produced, 60 characters per line: n*2 characters
# copied cyclically from the ALU repeat, n*3 characters drawn from the IUB
# ambiguity-code distribution and n*5 characters from the Homo sapiens base
# distribution.  Random choices come from the linear congruential generator
# seed = (seed * 3877 + 29573) % 139968, seeded with 42.
#
# To keep the output small, each sequence is summarised instead of printed:
# its header, line count, first two and last lines, and the number of
# occurrences of every symbol.
#
# Size argument: n, the base length of the sequences.

LINE_WIDTH = 60

IM = 139968
IA = 3877
IC = 29573

ALU = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" \
      "GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" \
      "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" \
      "ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA" \
      "GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG" \
      "AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC" \
      "AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA"

IUB = [["a", 0.27], ["c", 0.12], ["g", 0.12], ["t", 0.27],
       ["B", 0.02], ["D", 0.02], ["H", 0.02], ["K", 0.02],
       ["M", 0.02], ["N", 0.02], ["R", 0.02], ["S", 0.02],
       ["V", 0.02], ["W", 0.02], ["Y", 0.02]]

HOMO_SAPIENS = [["a", 0.3029549426680], ["c", 0.1979883004921],
                ["g", 0.1975473066391], ["t", 0.3015094502008]]

class RandomGenerator
  def initialize(seed)
    @seed = seed
  end

  attr_reader :seed

  def next_float
    @seed = (@seed * IA + IC) % IM
    @seed / IM.to_f
  end
end

# Lines of `length` characters taken cyclically from `source`.
def repeat_lines(source, length)
  doubled = source + source[0, LINE_WIDTH]
  size = source.length
  lines = []
  pos = 0
  while length > 0
    width = [LINE_WIDTH, length].min
    lines << doubled[pos, width]
    pos = (pos + width) % size
    length -= width
  end
  lines
end

# Lines of `length` characters drawn from the distribution `table`.
def random_lines(table, length, rng)
  symbols = table.map { |symbol, _| symbol }
  cumulative = []
  acc = 0.0
  table.each do |_, probability|
    acc += probability
    cumulative << acc
  end
  cumulative[-1] = 1.0
  lines = []
  while length > 0
    width = [LINE_WIDTH, length].min
    line = ""
    width.times do
      r = rng.next_float
      i = 0
      i += 1 while r >= cumulative[i]
      line << symbols[i]
    end
    lines << line
    length -= width
  end
  lines
end

def summarise(header, lines, alphabet)
  puts header
  puts "lines: #{lines.size}"
  lines.first(2).each { |line| puts line }
  if lines.size > 2
    puts "..."
    puts lines.last
  end
  text = lines.join
  puts alphabet.map { |c| "#{c}:#{text.count(c)}" }.join(" ")
end

n = (ARGV[0] || 25000).to_i
summarise(">ONE Homo sapiens alu", repeat_lines(ALU, n * 2), "ACGT".chars)
rng = RandomGenerator.new(42)
summarise(">TWO IUB ambiguity codes", random_lines(IUB, n * 3, rng),
          IUB.map(&:first))
summarise(">THREE Homo sapiens frequency", random_lines(HOMO_SAPIENS, n * 5, rng),
          HOMO_SAPIENS.map(&:first))
