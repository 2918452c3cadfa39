// numbers_radix: Number.prototype.toString(radix) and toFixed
const ints = [0, 1, 2, 7, 10, 15, 16, 35, 36, 255, 256, 1000, 65535, 123456789, 2 ** 32, 2 ** 53];
for (const n of ints) {
  console.log(n, n.toString(2), n.toString(8), n.toString(16), n.toString(36));
}
const negs = [-1, -2, -10, -255, -4096, -123456];
for (const n of negs) {
  console.log(n, n.toString(2), n.toString(16), n.toString(36), n.toString(10));
}
console.log((10).toString(3), (100).toString(5), (1295).toString(36), (46655).toString(36));
console.log((0.5).toString(2), (0.25).toString(2), (0.75).toString(16), (-0.5).toString(2));
console.log((3.5).toString(16), (255.5).toString(16), (0.125).toString(8));
console.log(Number('0x' + (48879).toString(16)), parseInt((987654).toString(36), 36));
console.log((-0).toString(2), NaN.toString(16), Infinity.toString(2), (-Infinity).toString(36));
function toBinaryPadded(n, width) {
  return (n >>> 0).toString(2).padStart(width, '0');
}
console.log(toBinaryPadded(5, 8), toBinaryPadded(200, 8), toBinaryPadded(-1, 32));
const hexDigits = [];
for (let i = 0; i < 20; i++) {
  hexDigits.push((i * 37).toString(16));
}
console.log(hexDigits.join(' '));
console.log('--- toFixed');
const fx = [0, 1, 1.5, 2.5, -1.5, 1.005, 1.45, 1.55, 0.1, 123.456, -0.0001, 1e-10, 10.235, 99.995, 0.5, -0.5];
for (const v of fx) {
  console.log(v, v.toFixed(0), v.toFixed(1), v.toFixed(2), v.toFixed(5));
}
console.log((1234.5678).toFixed(2), (0.000001).toFixed(7), (5).toFixed(3), (-0).toFixed(2));
console.log((1e20).toFixed(2), (1e21).toFixed(2), (123.456).toFixed(), (2 ** 60).toFixed(1));
console.log(NaN.toFixed(2), Infinity.toFixed(1), (-Infinity).toFixed(0));
console.log((0.1 + 0.2).toFixed(10), (1 / 3).toFixed(15), (2 / 3).toFixed(20));
const prices = [19.99, 5, 0.3, 120.125];
let total = 0;
for (const p of prices) {
  total += p;
  console.log('item', p.toFixed(2), 'running', total.toFixed(2));
}
console.log(typeof (1.5).toFixed(1), (12.345).toFixed(1) + 1);
