// numbers_bitwise: int32/uint32 bitwise operators, shifts, ~, conversions
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~0);
console.log(-5 & 0xff, -1 | 0, -1 >>> 0, -1 >>> 28, -1 >> 28);
console.log(1 << 31, 1 << 32, 1 << 33, 1 << -1);
console.log(8 >> 1, -8 >> 1, -8 >>> 1, 8 >>> 0);
console.log(256 >> 32, 256 >> 33, 256 >>> 40, -256 >> 36);
console.log(0xffffffff | 0, 0xffffffff >>> 0, 0x80000000 | 0, 0x7fffffff + 1 | 0);
console.log(2 ** 32 | 0, (2 ** 32 + 5) | 0, (2 ** 31) | 0, (2 ** 31) >>> 0);
console.log(3.7 | 0, -3.7 | 0, 3.7 >> 0, -3.7 >>> 0);
console.log(NaN | 0, Infinity | 0, -Infinity | 0, undefined | 0, null | 0);
console.log('12' | 0, '0x10' | 0, 'abc' | 0, true | 0, [] | 0, [7] | 0);
console.log(~3.5, ~~3.5, ~~-3.5, ~~'42', ~NaN);
console.log(1e10 | 0, 1e10 >>> 0, -1e10 | 0, 1e21 | 0);
console.log(123456789 << 8, 123456789 * 256, (123456789 << 8) >>> 0);
console.log(0x12345678 ^ 0xffffffff, (0x12345678 ^ 0xffffffff) >>> 0);
console.log(-2147483648 >> 31, -2147483648 >>> 31, 2147483647 << 1);
console.log(5 & -1, -6 & -3, -6 | 3, -6 ^ -3);
function popcount(x) {
  let c = 0;
  x = x >>> 0;
  while (x !== 0) {
    c += x & 1;
    x = x >>> 1;
  }
  return c;
}
console.log(popcount(0), popcount(255), popcount(-1), popcount(0x55555555));
function hash(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) {
    h = (h << 5) - h + s.charCodeAt(i);
    h = h | 0;
  }
  return h;
}
console.log(hash('hello'), hash('the quick brown fox'), hash(''));
function xorshift(seed) {
  let s = seed | 0;
  return function () {
    s ^= s << 13;
    s ^= s >> 17;
    s ^= s << 5;
    return s >>> 0;
  };
}
const rng = xorshift(2463534242);
console.log(rng(), rng(), rng(), rng() % 100);
let x = 1;
x <<= 4;
console.log(x);
x >>= 2;
console.log(x);
x |= 0x30;
console.log(x);
x &= 0x1c;
console.log(x);
x ^= 0xff;
console.log(x);
x = -100;
x >>>= 1;
console.log(x);
let flags = 0;
const A = 1, B = 2, C = 4;
flags |= A | C;
console.log((flags & A) !== 0, (flags & B) !== 0, (flags & C) !== 0, flags);
flags &= ~A;
console.log(flags, (flags & A) !== 0);
for (let s = 28; s <= 36; s += 2) {
  console.log(s, 1 << s, -1 >>> s, 0x40000000 >> s);
}
console.log((0.5).toString(2), (255).toString(2), (-255 >>> 0).toString(16));
