// fasta: generate three DNA sequences.
//
// The sequences are cut into lines of 60 characters.  The first has 2n
// characters, repeating the ALU sequence over and over; the second has 3n
// characters picked at random with the IUB ambiguity-code frequencies; the
// third has 5n characters picked with the Homo sapiens base frequencies.
// The random numbers come from the linear congruential generator
// seed = (seed * 3877 + 29573) % 139968, starting from seed 42; every
// intermediate value stays far below 2^53, so plain JavaScript numbers
// compute it exactly.
//
// The output is a summary of each sequence rather than the sequence: its
// header, its number of lines, its first two lines and its last line, and
// how often each symbol occurs.
//
// Size argument: n, the length unit of the three sequences.

var LINE_WIDTH = 60;

var IM = 139968;
var IA = 3877;
var IC = 29573;

var ALU = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" +
    "GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" +
    "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" +
    "ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA" +
    "GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG" +
    "AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC" +
    "AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA";

// Symbols and their probabilities, in the same order.
var IUB_SYMBOLS = ["a", "c", "g", "t", "B", "D", "H", "K", "M", "N", "R",
                   "S", "V", "W", "Y"];
var IUB_PROBABILITIES = [0.27, 0.12, 0.12, 0.27, 0.02, 0.02, 0.02, 0.02,
                         0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02];

var HOMO_SAPIENS_SYMBOLS = ["a", "c", "g", "t"];
var HOMO_SAPIENS_PROBABILITIES = [0.3029549426680, 0.1979883004921,
                                  0.1975473066391, 0.3015094502008];

function repeatLines(source, length) {
    // Lines totalling `length` characters, taken from `source` cyclically.
    var doubled = source + source.substring(0, LINE_WIDTH);
    var size = source.length;
    var lines = [];
    var pos = 0;
    var width;
    while (length > 0) {
        width = Math.min(LINE_WIDTH, length);
        lines.push(doubled.substring(pos, pos + width));
        pos = (pos + width) % size;
        length -= width;
    }
    return lines;
}

function Generator(seed) {
    this.seed = seed;
}

Generator.prototype.next = function () {
    // The next random number in [0, 1).
    this.seed = (this.seed * IA + IC) % IM;
    return this.seed / IM;
};

function randomLines(symbols, probabilities, length, generator) {
    // Lines totalling `length` characters drawn with the given frequencies.
    var cumulative = [];
    var acc = 0.0;
    var k, width, chars, r, i;
    for (k = 0; k < probabilities.length; k++) {
        acc += probabilities[k];
        cumulative.push(acc);
    }
    cumulative[cumulative.length - 1] = 1.0;
    var lines = [];
    while (length > 0) {
        width = Math.min(LINE_WIDTH, length);
        chars = [];
        for (k = 0; k < width; k++) {
            r = generator.next();
            i = 0;
            while (r >= cumulative[i]) {
                i += 1;
            }
            chars.push(symbols[i]);
        }
        lines.push(chars.join(""));
        length -= width;
    }
    return lines;
}

function countOf(text, symbol) {
    var count = 0;
    var i;
    for (i = 0; i < text.length; i++) {
        if (text.charAt(i) === symbol) {
            count += 1;
        }
    }
    return count;
}

function summarise(header, lines, alphabet) {
    var k;
    console.log(header);
    console.log("lines: " + lines.length);
    for (k = 0; k < lines.length && k < 2; k++) {
        console.log(lines[k]);
    }
    if (lines.length > 2) {
        console.log("...");
        console.log(lines[lines.length - 1]);
    }
    var text = lines.join("");
    var counts = [];
    for (k = 0; k < alphabet.length; k++) {
        counts.push(alphabet[k] + ":" + countOf(text, alphabet[k]));
    }
    console.log(counts.join(" "));
}

function main(n) {
    summarise(">ONE Homo sapiens alu", repeatLines(ALU, n * 2),
              ["A", "C", "G", "T"]);
    var generator = new Generator(42);
    summarise(">TWO IUB ambiguity codes",
              randomLines(IUB_SYMBOLS, IUB_PROBABILITIES, n * 3, generator),
              IUB_SYMBOLS);
    summarise(">THREE Homo sapiens frequency",
              randomLines(HOMO_SAPIENS_SYMBOLS, HOMO_SAPIENS_PROBABILITIES,
                          n * 5, generator),
              HOMO_SAPIENS_SYMBOLS);
}

main(process.argv.length > 2 ? parseInt(process.argv[2], 10) : 25000);
