// operators_typeof: typeof of every kind of value, undefined vs null, truthiness, logical operators, ternary
class K {}
function fn() {}
const arrow = () => 1;
console.log(typeof 1, typeof 1.5, typeof NaN, typeof Infinity, typeof -0);
console.log(typeof 'x', typeof '', typeof `t`, typeof String(1));
console.log(typeof true, typeof false, typeof undefined, typeof null);
console.log(typeof {}, typeof [], typeof new Map(), typeof new Set(), typeof new Error('e'));
console.log(typeof fn, typeof arrow, typeof K, typeof Math.max, typeof console.log, typeof Object);
console.log(typeof Math, typeof JSON, typeof console, typeof new K(), typeof function () {});
console.log(typeof notDeclaredAnywhere, typeof typeof 1, typeof (1 + '1'), typeof (1 - '1'));
let declaredOnly;
console.log(typeof declaredOnly, declaredOnly, declaredOnly === undefined);
const o = { a: 1 };
console.log(typeof o.missing, o.missing, o.missing === undefined, 'missing' in o, 'a' in o);
function noReturn() {}
function emptyReturn() {
  return;
}
console.log(noReturn(), emptyReturn(), typeof noReturn());
function params(a, b) {
  return [typeof a, typeof b, b === undefined];
}
console.log(params(1), params(1, null), params());
console.log('--- truthiness');
const vals = [0, -0, 1, -1, NaN, '', ' ', '0', 'false', null, undefined, [], {}, [0], fn, Infinity, 0.0001];
const out = [];
for (const v of vals) {
  out.push(v ? 'T' : 'F');
}
console.log(out.join(''));
console.log(!0, !1, !!'', !!'x', !!null, !!{}, !![], !!NaN, !!-0);
console.log(Boolean(0), Boolean('0'), Boolean([]), Boolean(''), Boolean(undefined), Boolean(42));
console.log('--- logical');
console.log(1 && 2, 0 && 2, '' && 'x', 'a' && 'b' && 'c', null && undefined);
console.log(1 || 2, 0 || 2, '' || 'x', null || undefined, 0 || '' || null || 'last');
console.log(0 || null, false || 0, NaN || 'nan-fallback', undefined || null);
console.log(true && false || true, true || false && false, !(true && false));
let calls = 0;
function side(v) {
  calls++;
  return v;
}
const r = side(0) && side(1);
const q = side(1) || side(2);
console.log(r, q, calls);
const opts = {};
const name = opts.name || 'anonymous';
const count = opts.count || 10;
console.log(name, count);
let lazy = null;
lazy = lazy || [];
lazy.push(1);
console.log(lazy);
console.log(1 ? 'yes' : 'no', 0 ? 'yes' : 'no', '' ? 'a' : null ? 'b' : 'c');
function classify(n) {
  return n < 0 ? 'neg' : n === 0 ? 'zero' : n < 10 ? 'small' : 'big';
}
console.log(classify(-5), classify(0), classify(3), classify(300));
if ([]) {
  console.log('empty array is truthy');
}
if (!'') {
  console.log('empty string is falsy');
}
let w = 3;
while (w) {
  w--;
}
console.log('w ended at', w);
const x = null;
const y = undefined;
console.log(x === null, y === null, x == null, y == null, typeof x === 'object');
console.log([typeof 1, typeof 'a', typeof null, typeof undefined, typeof [], typeof fn]);
