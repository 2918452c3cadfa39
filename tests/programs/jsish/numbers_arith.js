// numbers_arith: IEEE double arithmetic, Infinity, NaN, -0, %, **, precision edge cases
console.log(1 + 2, 7 - 10, 6 * 7, 7 / 2, 1 / 3);
console.log(2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 53 - 1);
console.log(9007199254740993 === 9007199254740992);
console.log(1 / 0, -1 / 0, 0 / 0, -(1 / 0));
console.log(Infinity - Infinity, Infinity * 0, Infinity / Infinity, Infinity + 1);
console.log(-0, 0 * -1, -0 + 0, -0 - 0, 0 / -5);
console.log(1 / -0, 1 / (0 * -1), 1 / (-0 + 0));
console.log(Object.is(-0, 0), Object.is(-0, -0), Object.is(NaN, NaN), -0 === 0);
console.log(Object.is(0 * -1, -0), Object.is(Math.round(-0.2), -0));
console.log(NaN, NaN + 1, NaN === NaN, NaN !== NaN, NaN * 0);
console.log(7 % 3, -7 % 3, 7 % -3, -7 % -3);
console.log(5.5 % 2, -5.5 % 2, 5 % 2.5, 0.3 % 0.1, 10 % 0.75);
console.log(-4 % 2, Object.is(-4 % 2, -0), 4 % -2, Object.is(4 % -2, 0));
console.log(5 % 0, 5 % Infinity, Infinity % 5, -3 % Infinity);
console.log(0.1 + 0.2, 0.1 + 0.2 === 0.3, 0.3 - 0.1, 1.1 * 3);
console.log(123456789 * 987654321, 99999999 * 99999999);
console.log(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2);
console.log(2 ** 10, 2 ** -1, 2 ** 0.5, (-2) ** 3, (-8) ** (1 / 3));
console.log(2 ** 3 ** 2, (2 ** 3) ** 2, 0 ** 0, NaN ** 0, 1 ** Infinity);
console.log(10 ** 21, 10 ** 20, 10 ** -7, 10 ** -6);
console.log(3 - -3, -(-3), +'3' + 4, -'5', +true, -false);
console.log(7 / 2 | 0, -7 / 2 | 0, Math.floor(-7 / 2));
console.log(0.1 * 3, 100 / 3, 2 / 3, 1 - 0.9, 4.35 * 100);
console.log(1e21 + 1, 1e16 + 1, 123e-20, 0.000001 * 3);
console.log(1.7976931348623157e308, 5e-324, 2 ** -52);
console.log(1.7976931348623157e308 * 2, -1.7976931348623157e308 * 2);
console.log(Math.floor(5) === 5, Math.floor(5.5) === 5.5, Math.trunc(-0.5));
let acc = 0;
for (let i = 0; i < 10; i++) {
  acc += 0.1;
}
console.log(acc, acc === 1);
let fact = 1;
for (let i = 1; i <= 25; i++) {
  fact *= i;
}
console.log(fact);
let big = 1;
for (let i = 0; i < 70; i++) {
  big *= 2;
}
console.log(big, big + 1 === big);
let h = 0;
for (let i = 0; i < 20; i++) {
  h = (h * 31 + i * 7) % 1000003;
}
console.log(h);
console.log(0.5 + 0.25, 1 / 8, 3 * 1.5, 1e3, 1.0, 5e0);
