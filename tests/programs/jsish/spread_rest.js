// spread_rest: spread in calls, array literals and object literals; rest in params; copying semantics
const nums = [5, 1, 9, 3];
console.log(Math.max(...nums), Math.min(...nums), Math.max(...[]), Math.min(...[]));
function three(a, b, c) {
  return `${a}|${b}|${c}`;
}
console.log(three(...[1, 2, 3]), three(...[1]), three(0, ...[1, 2, 3, 4]), three(...'xy'));
const a = [1, 2];
const b = [3, 4];
console.log([...a, ...b], [0, ...a, 2.5, ...b, 5], [...a], [...[]], [...'abc']);
const copy = [...a];
copy.push(99);
console.log(a, copy);
const nested = [[1], [2]];
const shallow = [...nested];
shallow[0].push('shared');
console.log(nested, shallow, shallow[0] === nested[0]);
const base = { x: 1, y: 2 };
const ext = { ...base, z: 3 };
const over = { ...base, x: 100 };
const under = { x: 100, ...base };
console.log(ext, over, under, base);
const merged = { ...{ a: 1, b: 2 }, ...{ b: 3, c: 4 }, ...{} };
console.log(merged);
console.log({ ...null, ...undefined, ...'hi', ...[7, 8] });
const withNum = { ...{ 2: 'two', 1: 'one' }, z: 'z', 0: 'zero' };
console.log(withNum, Object.keys(withNum));
const deepObj = { inner: { v: 1 } };
const deepCopy = { ...deepObj };
deepCopy.inner.v = 2;
deepCopy.added = true;
console.log(deepObj, deepCopy);
function collect(first, ...rest) {
  return { first, rest };
}
console.log(collect(1, 2, 3), collect(...[4, 5]), collect());
const args = ['a', 'b'];
function logAll(...xs) {
  console.log(...xs);
}
logAll(...args, 'c', ...args);
logAll(1, 'two', [3], { four: 4 });
logAll();
console.log(...[1, 2, 3]);
const m = new Map([['k1', 1], ['k2', 2]]);
console.log([...m], [...m.keys()], [...m.values()]);
const s = new Set([3, 1, 3, 2, 1]);
console.log([...s], [...new Set('mississippi')].join(''));
function push(arr, ...items) {
  arr.push(...items);
  return arr.length;
}
const target = [0];
console.log(push(target, 1, 2), push(target), push(target, ...[3, 4, 5]), target);
const matrix = [[1, 2], [3, 4], [5]];
const flat = [].concat(...matrix);
const flat2 = [];
for (const row of matrix) {
  flat2.push(...row);
}
console.log(flat, flat2);
class Vec {
  constructor(...coords) {
    this.coords = coords;
  }
  plus(other) {
    return new Vec(...this.coords.map((c, i) => c + other.coords[i]));
  }
}
console.log(new Vec(1, 2, 3).plus(new Vec(10, 20, 30)));
const defaults = { host: 'localhost', port: 80, secure: false };
function config(overrides) {
  return { ...defaults, ...overrides };
}
console.log(config({ port: 8080 }), config({}), config({ secure: true, extra: [1] }));
const big = [];
for (let i = 0; i < 50; i++) {
  big.push(i);
}
console.log(Math.max(...big), [...big].reverse()[0], big.length);
const str = 'héllo';
console.log([...str].length, [...str].reverse().join(''));
const sorted = [...nums].sort((p, q) => p - q);
console.log(sorted, nums);
