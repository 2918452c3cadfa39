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
import sys

LINE_WIDTH = 60

IM = 139968
IA = 3877
IC = 29573

ALU = ("GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG"
       "GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA"
       "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT"
       "ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA"
       "GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG"
       "AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC"
       "AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA")

IUB = [("a", 0.27), ("c", 0.12), ("g", 0.12), ("t", 0.27),
       ("B", 0.02), ("D", 0.02), ("H", 0.02), ("K", 0.02),
       ("M", 0.02), ("N", 0.02), ("R", 0.02), ("S", 0.02),
       ("V", 0.02), ("W", 0.02), ("Y", 0.02)]

HOMO_SAPIENS = [("a", 0.3029549426680), ("c", 0.1979883004921),
                ("g", 0.1975473066391), ("t", 0.3015094502008)]


def repeat_lines(source, length):
    # Lines of `length` characters taken cyclically from `source`.
    doubled = source + source[:LINE_WIDTH]
    size = len(source)
    lines = []
    pos = 0
    while length > 0:
        width = min(LINE_WIDTH, length)
        lines.append(doubled[pos:pos + width])
        pos = (pos + width) % size
        length -= width
    return lines


def random_lines(table, length, seed):
    # Lines of `length` characters drawn from the distribution `table`.
    # Returns the lines and the new generator state.
    symbols = [symbol for symbol, _ in table]
    cumulative = []
    acc = 0.0
    for _, probability in table:
        acc += probability
        cumulative.append(acc)
    cumulative[-1] = 1.0
    lines = []
    while length > 0:
        width = min(LINE_WIDTH, length)
        chars = []
        for _ in range(width):
            seed = (seed * IA + IC) % IM
            r = seed / IM
            i = 0
            while r >= cumulative[i]:
                i += 1
            chars.append(symbols[i])
        lines.append("".join(chars))
        length -= width
    return lines, seed


def summarise(header, lines, alphabet):
    print(header)
    print(f"lines: {len(lines)}")
    for line in lines[:2]:
        print(line)
    if len(lines) > 2:
        print("...")
        print(lines[-1])
    text = "".join(lines)
    counts = [f"{c}:{text.count(c)}" for c in alphabet]
    print(" ".join(counts))


def main(n):
    summarise(">ONE Homo sapiens alu", repeat_lines(ALU, n * 2), "ACGT")
    seed = 42
    lines, seed = random_lines(IUB, n * 3, seed)
    summarise(">TWO IUB ambiguity codes", lines,
              [symbol for symbol, _ in IUB])
    lines, seed = random_lines(HOMO_SAPIENS, n * 5, seed)
    summarise(">THREE Homo sapiens frequency", lines,
              [symbol for symbol, _ in HOMO_SAPIENS])


n = int(sys.argv[1]) if len(sys.argv) > 1 else 25000
main(n)
