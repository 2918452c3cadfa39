// destructuring_arrays: array destructuring with holes, defaults, rest, nesting, swapping, strings, params, for-of
const [a, b, c] = [1, 2, 3];
console.log(a, b, c);
const [x, , z] = ['x', 'y', 'z'];
console.log(x, z);
const [p = 'p0', q = 'q0', r = 'r0'] = ['P', undefined, null];
console.log(p, q, r);
const [first, ...rest] = [10, 20, 30, 40];
console.log(first, rest);
const [only, ...none] = [1];
console.log(only, none);
const [u1, u2] = [];
console.log(u1, u2);
const [[n1, n2], [n3, [n4, n5]]] = [[1, 2], [3, [4, 5]]];
console.log(n1, n2, n3, n4, n5);
const [ch1, ch2, ...chRest] = 'hello';
console.log(ch1, ch2, chRest);
let s1 = 'left';
let s2 = 'right';
[s1, s2] = [s2, s1];
console.log(s1, s2);
const arr = [1, 2, 3, 4, 5];
[arr[0], arr[4]] = [arr[4], arr[0]];
console.log(arr);
let i = 0;
let j = 1;
for (let k = 0; k < 10; k++) {
  [i, j] = [j, i + j];
}
console.log(i, j);
const [d1 = 1, d2 = d1 * 10] = [];
console.log(d1, d2);
const [{ name }, { name: name2 = 'nobody' }] = [{ name: 'A' }, {}];
console.log(name, name2);
const pairs = [['a', 1], ['b', 2], ['c', 3]];
for (const [k, v] of pairs) {
  console.log(k + '=' + v);
}
const obj = {};
for (const [k, v] of pairs) {
  obj[k] = v * v;
}
console.log(obj);
function head([h, ...t]) {
  return { h, t };
}
console.log(head([9, 8, 7]), head([]));
function dist([x1, y1], [x2, y2]) {
  return Math.sqrt((x2 - x1) ** 2 + (y2 - y1) ** 2);
}
console.log(dist([0, 0], [3, 4]), dist([1, 1], [4, 5]));
const points = [[1, 2], [3, 4], [5, 6]];
const sums = points.map(([px, py]) => px + py);
console.log(sums);
function minMax(list) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of list) {
    if (v < lo) {
      lo = v;
    }
    if (v > hi) {
      hi = v;
    }
  }
  return [lo, hi];
}
const [lo, hi] = minMax([4, -2, 9, 0]);
console.log(lo, hi);
let m1, m2, mRest;
[m1, m2 = 'def', ...mRest] = [1, undefined, 3, 4];
console.log(m1, m2, mRest);
const matrix = [[1, 2, 3], [4, 5, 6]];
const [[, mid1], [, mid2]] = matrix;
console.log(mid1, mid2);
const [aa, [bb, [cc = 'deep-default']]] = [1, [2, []]];
console.log(aa, bb, cc);
try {
  const [e1] = null;
  console.log(e1);
} catch (e) {
  console.log('array destructure null:', e.name);
}
try {
  const [e2] = 5;
  console.log(e2);
} catch (e) {
  console.log('array destructure number:', e.name);
}
const entries = Object.keys({ one: 1, two: 2 }).map((k, idx) => [idx, k]);
for (const [idx, k] of entries) {
  console.log(idx, k);
}
const [...copy] = [1, [2], { three: 3 }];
console.log(copy);
