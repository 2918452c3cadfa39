// numbers_tostring: Number -> string conversion (shortest round-trip, exponent thresholds) via console.log, String() and '' + x
const values = [
  0, -0, 1, -1, 0.5, -0.5, 1.5, 100, 1e3, 123456,
  1e20, 1e21, 1e22, 123456789012345680000, 1.2345678901234568e21,
  1e-6, 1e-7, 0.000001, 0.0000015, 1.5e-7, -1e-7, 1.23e-10,
  5e-324, 1.7976931348623157e308, 2 ** 64, 2 ** 53, 2 ** 31, 2 ** -20,
  0.1, 0.2, 0.1 + 0.2, 0.1 * 3, 100 / 3, 1 / 3, 2 / 3, 1 / 7,
  123.456, -123.456, 0.001, 0.0001, 1e100, 1.5e300, -2.5e-300,
  4.35, 0.07, 1.005, 9.95, 3.14159, 299792458, 6.02214076e23,
  1234567.891, 12345678912345678, 0.000123, 98765.4321e-12,
  Infinity, -Infinity, NaN
];
for (let i = 0; i < values.length; i++) {
  const v = values[i];
  console.log(v, String(v), '' + v, `${v}`, v + '!');
}
console.log(String(1e21).length, String(1e20).length, (1e-7).toString(), (1e-6).toString());
console.log(999999999999999999999, 99999999999999999999, 0.00000099, 0.0000009999);
console.log(1e21 - 1e5, 1e21 + 1e6, 5e-7, 5e-6);
console.log(String(-0) === '0', (-0).toString(), `${-0}`, [-0] + '', JSON.stringify(-0));
console.log(0.1 + 0.7, 1.1 + 2.2, 3 * 1.1, 0.57 * 100, 1.15 * 100);
console.log(1 / 1024, 1 / 3e10, 7e-7 * 10, 8.5e20 * 2);
let x = 1;
const steps = [];
for (let i = 0; i < 25; i++) {
  steps.push(String(x));
  x *= 10;
}
console.log(steps.join(' '));
x = 1;
const small = [];
for (let i = 0; i < 12; i++) {
  small.push('' + x);
  x /= 10;
}
console.log(small.join(' '));
let y = 1.5;
const mids = [];
for (let i = 0; i < 10; i++) {
  mids.push(String(y));
  y /= 100;
}
console.log(mids.join(' '));
console.log([1e21, 1e-7, -0, 0.5, NaN].join(','), String([1.5e-7, 2 ** 64]));
const obj = { a: 1e21, b: 1e-7, c: -0, d: 2 ** 64 };
console.log(obj);
console.log([1e21, 1e-7, -0, 2 ** 64, 100 / 3]);
console.log((25).toString(), (1e21).toString(), (-1.5e-9).toString());
console.log(Number('1e21'), Number('0.0000001'), Number('-0'), Number('1E5'));
