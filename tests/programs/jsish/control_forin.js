// control_forin: for-in over own and inherited enumerable keys, arrays, key ordering rules, non-enumerable skipping
function keysOf(o) {
  const ks = [];
  for (const k in o) {
    ks.push(k);
  }
  return ks;
}
console.log(keysOf({ b: 1, a: 2, c: 3 }));
console.log(keysOf({ z: 1, 10: 'ten', 2: 'two', y: 2, 1: 'one', '-5': 'neg', '01': 'lead', 4294967294: 'max', 4294967295: 'over' }));
const arr = ['a', 'b', 'c'];
const idx = [];
for (const i in arr) {
  idx.push(typeof i + ':' + i + '=' + arr[i]);
}
console.log(idx);
arr.extra = 'prop';
console.log(keysOf(arr));
console.log(keysOf('hey'), keysOf(null), keysOf(undefined), keysOf(42));
const proto = { inherited: 1, shared: 'proto' };
const child = Object.create(proto);
child.own = 2;
child.shared = 'child';
console.log(keysOf(child), Object.keys(child));
function Base() {
  this.baseOwn = 1;
}
Base.prototype.method = function () {};
Base.prototype.protoValue = 42;
function Sub() {
  this.baseOwn = 1;
  this.subOwn = 2;
}
Sub.prototype = Object.create(Base.prototype);
Sub.prototype.subMethod = function () {};
const s = new Sub();
console.log(keysOf(s));
class K {
  constructor() {
    this.field = 1;
  }
  classMethod() {}
}
console.log(keysOf(new K()), keysOf(K.prototype));
const hidden = { visible: 1 };
Object.defineProperty(hidden, 'secret', { value: 2, enumerable: false });
Object.defineProperty(hidden, 'shown', { value: 3, enumerable: true });
console.log(keysOf(hidden), hidden.secret, hidden.shown);
const ordered = {};
ordered.second = 2;
ordered.first = 1;
ordered[3] = 'c';
ordered[1] = 'a';
ordered.third = 3;
delete ordered.second;
ordered.second = 'again';
console.log(keysOf(ordered));
const counts = { apple: 3, banana: 5, cherry: 2 };
let total = 0;
for (const fruit in counts) {
  total += counts[fruit];
  console.log(fruit.padStart(8, '.'), counts[fruit]);
}
console.log('total', total);
const mutating = { a: 1, b: 2, c: 3 };
const seen = [];
for (const k in mutating) {
  seen.push(k);
  if (k === 'a') {
    delete mutating.b;
  }
}
console.log(seen, mutating);
var lastKey;
for (lastKey in { p: 1, q: 2, r: 3 }) {
}
console.log(lastKey);
const nestedObj = { x: { y: 1, z: 2 }, w: { v: 3 } };
const paths = [];
for (const outerKey in nestedObj) {
  for (const innerKey in nestedObj[outerKey]) {
    paths.push(outerKey + '.' + innerKey);
  }
}
console.log(paths);
const grown = ['zero'];
grown.push('one');
grown[2] = 'two';
console.log(keysOf(grown), grown.length);
let iterations = 0;
for (const k in {}) {
  iterations++;
}
console.log('empty iterations', iterations);
const data = { 3: 'c', 1: 'a', 2: 'b' };
let joined = '';
for (const k in data) {
  joined += data[k];
}
console.log(joined);
