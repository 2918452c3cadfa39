// control_forof: for-of over arrays, strings, Map, Set, with break/continue, destructuring and mutation during iteration
const out = [];
for (const x of [1, 2, 3]) {
  out.push(x * 2);
}
console.log(out);
for (const ch of 'abc') {
  console.log(ch, ch.charCodeAt(0));
}
let letters = '';
for (const c of 'héllo wörld') {
  if (c === ' ') {
    continue;
  }
  letters += c.toUpperCase();
}
console.log(letters);
const nested = [[1, 2], [3, 4], [5, 6]];
let total = 0;
for (const row of nested) {
  for (const v of row) {
    if (v === 5) {
      break;
    }
    total += v;
  }
}
console.log(total);
for (const [i, v] of ['x', 'y'].map((v, i) => [i, v])) {
  console.log(i, v);
}
const growing = [1, 2, 3];
const seen = [];
for (const v of growing) {
  seen.push(v);
  if (v < 3) {
    growing.push(v + 10);
  }
}
console.log(seen, growing);
const shrinking = [1, 2, 3, 4, 5];
const seen2 = [];
for (const v of shrinking) {
  seen2.push(v);
  shrinking.pop();
}
console.log(seen2, shrinking);
let lastVal;
for (lastVal of [7, 8, 9]) {
}
console.log(lastVal);
const m = new Map();
m.set('one', 1).set('two', 2).set('three', 3);
for (const [k, v] of m) {
  console.log(k, v);
}
for (const entry of m) {
  console.log(entry);
}
const set = new Set(['b', 'a', 'b', 'c']);
for (const s of set) {
  console.log('set item', s);
}
for (const k of m.keys()) {
  console.log('key', k);
}
for (const v of set.values()) {
  console.log('value', v);
}
const objs = [{ n: 'a', v: 1 }, { n: 'b', v: 2 }];
for (const o of objs) {
  o.v *= 100;
}
console.log(objs);
let count = 0;
for (const _ of []) {
  count++;
}
for (const _ of '') {
  count++;
}
console.log('empty loops', count);
function firstNegative(list) {
  for (const v of list) {
    if (v < 0) {
      return v;
    }
  }
  return null;
}
console.log(firstNegative([3, 1, -4, -1]), firstNegative([1, 2]));
let idx = 0;
labelled: for (const a of [1, 2, 3]) {
  for (const b of [1, 2, 3]) {
    idx++;
    if (b === a) {
      continue labelled;
    }
  }
}
console.log('idx', idx);
const words = 'the quick brown fox jumps over the lazy dog'.split(' ');
const freq = {};
for (const w of words) {
  freq[w] = (freq[w] || 0) + 1;
}
console.log(freq);
let longest = '';
for (const w of words) {
  if (w.length > longest.length) {
    longest = w;
  }
}
console.log(longest);
