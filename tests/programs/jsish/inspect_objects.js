// inspect_objects: console.log formatting of plain objects, quoted keys, string quoting, class instances, functions, classes
console.log({});
console.log({ a: 1 });
console.log({ a: 1, b: 'x', c: true, d: null, e: undefined, f: -0, g: NaN });
console.log({ 'a-b': 1, 'with space': 2, _ok: 3, $dollar: 4, camelCase: 5, 'ünï': 6, '': 7, '1x': 8, x1: 9 });
console.log({ 1: 'one', 10: 'ten', 2: 'two', '-1': 'minus', 1.5: 'float' });
console.log({ str: "it's", str2: 'say "hi"', str3: 'both \' and "', str4: 'multi\nline', str5: '' });
console.log({ nested: { inner: { value: 42 } }, list: [1, 2, 3] });
console.log({ arr: [], obj: {}, fn: function () {}, arrow: () => {}, named: function named() {} });
console.log([{ a: 1 }, { b: 2 }], [{}], { x: [{ y: [] }] });
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
class Empty {}
class Child extends Point {
  constructor() {
    super(1, 2);
    this.z = 3;
  }
}
console.log(new Point(1, 2), new Empty(), new Child());
console.log([new Point(0, 0), new Point(-1, 2.5)]);
console.log({ origin: new Point(0, 0), label: 'pt' });
console.log(Point, Child, Empty, class {}, [Point], { cls: Child });
function Legacy(v) {
  this.v = v;
}
console.log(new Legacy(5), Legacy);
const fnWithProps = function helper() {};
console.log(fnWithProps, [fnWithProps], { f: fnWithProps });
console.log(console.log === console.log, typeof console.log);
const o = { x: 1 };
o.y = { z: [1, { w: 'deep' }] };
console.log(o);
console.log('top-level string', 'another', 5, 'x', { s: 'quoted inside' }, ['quoted too']);
console.log('', '', 'between empties');
console.log(null, undefined, true, -0, 0, NaN, 1e21);
console.log({ a: 'x'.repeat(20), b: 'y'.repeat(20), c: 'z'.repeat(8) });
console.log({ a: 'x'.repeat(20), b: 'y'.repeat(20), c: 'z'.repeat(9) });
console.log({ key1: 1, key2: 2, key3: 3, key4: 4, key5: 5, key6: 6, key7: 7 });
console.log({ k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9 });
console.log({ alpha: 'first', beta: 'second', gamma: 'third', delta: 'abcdefghij' });
console.log({ alpha: 'first', beta: 'second', gamma: 'third', delta: 'abcdefghijk' });
const person = {
  name: 'Ada Lovelace',
  born: 1815,
  interests: ['mathematics', 'poetry', 'engines'],
  address: { city: 'London', country: 'UK' }
};
console.log(person);
console.log([person.address, person.interests]);
const m = new Map([['k', { v: 1 }]]);
const s = new Set([[1, 2], 'str']);
console.log({ map: m, set: s });
console.log([new Map(), new Set(), new Map([[1, 2]])]);
const withNumberKeys = {};
for (let i = 0; i < 5; i++) {
  withNumberKeys['key' + i] = i * i;
}
console.log(withNumberKeys);
const proto = { inherited: true };
const child = Object.create(proto);
child.own = 1;
console.log(child);
const hidden = { visible: 1 };
Object.defineProperty(hidden, 'invisible', { value: 2 });
console.log(hidden);
console.log({ undef: undefined, nul: null }, [undefined], [null]);
