// math_funcs: Math.floor/ceil/round/trunc/sign/abs/min/max/sqrt/pow/hypot/sin/cos/atan2/exp/log, PI and E
console.log(Math.PI, Math.E, Math.PI * 2, Math.E ** 2);
const vals = [2.5, -2.5, 0.5, -0.5, 1.4999, -1.5, 3.7, -3.7, 0, -0, 0.49999999999999994, 1e21 + 0.5];
for (const v of vals) {
  console.log(v, Math.floor(v), Math.ceil(v), Math.round(v), Math.trunc(v), Math.sign(v), Math.abs(v));
}
console.log(Math.round(-0.4), Math.round(-0.6), Math.ceil(-0.3), Math.trunc(-0.9), Math.sign(-0), Math.abs(-0));
console.log(Math.floor(NaN), Math.round(Infinity), Math.abs(-Infinity), Math.sign(-7), Math.sign(NaN));
console.log(Math.floor('7.5'), Math.abs('-3'), Math.round(null), Math.ceil(undefined), Math.abs([]), Math.abs([-2]));
console.log(Math.min(), Math.max(), Math.min(1, 2, -3), Math.max(1, 2, -3), Math.max(1, NaN, 3), Math.min('4', 2));
console.log(Math.max(-0, 0), Math.min(-0, 0), Object.is(Math.min(0, -0), -0), Math.max(5), Math.min(undefined, 1));
console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(-1), Math.sqrt(0), Math.sqrt(-0), Math.sqrt(Infinity), Math.sqrt(1e-10));
console.log(Math.pow(2, 10), Math.pow(2, 0.5), Math.pow(-8, 1 / 3), Math.pow(0, 0), Math.pow(2, -2), Math.pow(10, 21));
console.log(Math.pow(NaN, 0), Math.pow(1, NaN), Math.pow(-2, 3), Math.pow(4, 0.5), Math.pow(2, 1024), Math.pow(-0, -1));
console.log(Math.hypot(3, 4), Math.hypot(5, 12), Math.hypot(), Math.hypot(-3), Math.hypot(1, 1, 1), Math.hypot(NaN, 1));
console.log(Math.sin(0), Math.sin(Math.PI / 2), Math.sin(Math.PI), Math.cos(0), Math.cos(Math.PI), Math.cos(Math.PI / 3));
console.log(Math.sin(1), Math.cos(1), Math.sin(-2), Math.cos(10));
console.log(Math.atan2(1, 1), Math.atan2(1, 0), Math.atan2(0, -1), Math.atan2(-1, -1), Math.atan2(0, 0), Math.atan2(-0, -1));
console.log(Math.exp(0), Math.exp(1), Math.exp(-1), Math.exp(10), Math.exp(710), Math.exp(-Infinity));
console.log(Math.log(1), Math.log(Math.E), Math.log(10), Math.log(0), Math.log(-1), Math.log(100) / Math.log(10));
function toRadians(deg) {
  return (deg * Math.PI) / 180;
}
const angles = [0, 30, 45, 60, 90, 180, 270];
for (const a of angles) {
  const r = toRadians(a);
  console.log(a, Math.round(Math.sin(r) * 1e6) / 1e6, Math.round(Math.cos(r) * 1e6) / 1e6);
}
function distance(p, q) {
  return Math.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2);
}
console.log(distance([0, 0], [1, 1]), distance([-1, -1], [2, 3]));
function roundTo(x, digits) {
  const f = Math.pow(10, digits);
  return Math.round(x * f) / f;
}
console.log(roundTo(3.14159, 2), roundTo(2.675, 2), roundTo(-1.005, 2), roundTo(1234.5678, -2));
function clamp(x, lo, hi) {
  return Math.min(hi, Math.max(lo, x));
}
console.log(clamp(5, 0, 10), clamp(-5, 0, 10), clamp(50, 0, 10));
let estimate = 0;
for (let k = 0; k < 1000; k++) {
  estimate += ((k % 2 === 0 ? 1 : -1) * 4) / (2 * k + 1);
}
console.log(estimate, Math.abs(estimate - Math.PI) < 0.01);
function newtonSqrt(n) {
  let x = n;
  for (let i = 0; i < 20; i++) {
    x = (x + n / x) / 2;
  }
  return x;
}
console.log(newtonSqrt(2), newtonSqrt(2) === Math.sqrt(2), newtonSqrt(144));
const data = [2, 4, 4, 4, 5, 5, 7, 9];
const mean = data.reduce((a, b) => a + b, 0) / data.length;
const variance = data.reduce((a, b) => a + (b - mean) ** 2, 0) / data.length;
console.log(mean, variance, Math.sqrt(variance));
console.log(Math.floor(-7 / 2), Math.trunc(-7 / 2), Math.floor(7 / 2), (-7 / 2) | 0);
console.log(typeof Math, typeof Math.floor, Math.max(...[3, 1, 4, 1, 5, 9, 2, 6]));
