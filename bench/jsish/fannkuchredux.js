// fannkuchredux: lots of indexed access to short arrays of small integers.
//
// All n! permutations of 0..n-1 are enumerated in the classic order driven
// by a vector of rotation counters.  For a permutation whose first element
// k is not 0, the first k+1 elements are reversed again and again until
// the first element becomes 0; the number of reversals is its flip count.
// The program prints a checksum (flip counts added with alternating signs,
// counting every permutation) and the largest flip count.
//
// Size argument: n, the length of the permutations.

function countFlips(perm) {
    // Flips `perm` (a copy) in place; returns the number of flips.
    var flips = 0;
    var k = perm[0];
    var i, j, t;
    while (k !== 0) {
        i = 0;
        j = k;
        while (i < j) {
            t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
            i += 1;
            j -= 1;
        }
        flips += 1;
        k = perm[0];
    }
    return flips;
}

function fannkuch(n) {
    // Returns [checksum, maximum flip count].
    var perm = [];
    var count = [];
    var i, flips, first;
    for (i = 0; i < n; i++) {
        perm.push(i);
        count.push(0);
    }
    var maxFlips = 0;
    var checksum = 0;
    var sign = 1;
    var r = n;
    while (true) {
        while (r !== 1) {
            count[r - 1] = r;
            r -= 1;
        }

        if (perm[0] !== 0) {
            flips = countFlips(perm.slice(0));
            if (flips > maxFlips) {
                maxFlips = flips;
            }
            checksum += sign * flips;
        }
        sign = -sign;

        // Next permutation: rotate the prefix perm[0..r] one place to the
        // left, for r = 1, 2, ..., until a counter has not run out.
        while (true) {
            if (r === n) {
                return [checksum, maxFlips];
            }
            first = perm[0];
            for (i = 0; i < r; i++) {
                perm[i] = perm[i + 1];
            }
            perm[r] = first;
            count[r] -= 1;
            if (count[r] > 0) {
                break;
            }
            r += 1;
        }
    }
}

function main(n) {
    var result = fannkuch(n);
    console.log(String(result[0]));
    console.log("Pfannkuchen(" + n + ") = " + result[1]);
}

main(process.argv.length > 2 ? parseInt(process.argv[2], 10) : 8);
