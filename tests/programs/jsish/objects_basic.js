// objects_basic: object literals, property access, computed keys, shorthand, methods, delete, in, this
const p = { x: 1, y: 2 };
p.z = 3;
p['w'] = 4;
console.log(p, p.x + p['y'], p.nope);
const k = 'dyn';
const o = { [k]: 1, [k + '2']: 2, ['a' + 'b']: 3, 42: 'num', 'quoted key': 5 };
console.log(o, o.dyn, o[42], o['42'], o['quoted key']);
const x = 10, y = 20;
const short = { x, y, sum() { return this.x + this.y; } };
console.log(short.x, short.y, short.sum());
delete short.x;
console.log('x' in short, short.x, short.sum(), Object.keys(short));
const counter = {
  count: 0,
  inc: function () {
    this.count++;
    return this;
  },
  add(n) {
    this.count += n;
    return this;
  }
};
counter.inc().inc().add(5).inc();
console.log(counter.count);
const m = counter.add;
const other = { count: 100, add: m };
other.add(1);
console.log(other.count, counter.count);
const nested = { a: { b: { c: 'deep' } }, list: [{ id: 1 }, { id: 2 }] };
console.log(nested.a.b.c, nested['a']['b']['c'], nested.list[1].id, nested.list.length);
nested.a.b.d = 'added';
console.log(nested.a.b);
const keysOrder = {};
keysOrder.b = 1;
keysOrder.a = 2;
keysOrder[10] = 3;
keysOrder[2] = 4;
keysOrder['-1'] = 5;
keysOrder['1.5'] = 6;
keysOrder['007'] = 7;
console.log(Object.keys(keysOrder).join(','));
console.log(keysOrder);
const dup = { a: 1, b: 2, a: 3 };
console.log(dup, Object.keys(dup));
const numKeys = { 1: 'one', 0: 'zero', 1.5: 'x', '-0': 'neg' };
console.log(Object.keys(numKeys), numKeys[1], numKeys['1'], numKeys[1.5]);
const holder = {};
const keyObj = { toString() { return 'custom'; } };
holder[keyObj] = 'v';
holder[null] = 'n';
holder[undefined] = 'u';
holder[true] = 't';
console.log(Object.keys(holder), holder.custom, holder['null'], holder.undefined);
const arrKey = {};
arrKey[[1, 2]] = 'pair';
console.log(arrKey['1,2'], Object.keys(arrKey));
function makePoint(x, y) {
  return { x: x, y: y, dist() { return Math.sqrt(this.x * this.x + this.y * this.y); } };
}
const pts = [makePoint(3, 4), makePoint(6, 8), makePoint(0, 1)];
let total = 0;
for (const pt of pts) {
  total += pt.dist();
}
console.log(total);
const ref1 = { v: 1 };
const ref2 = ref1;
ref2.v = 99;
console.log(ref1.v);
function mutate(obj) {
  obj.changed = true;
  obj = { replaced: true };
  return obj;
}
const orig = {};
const ret = mutate(orig);
console.log(orig, ret);
console.log('toString' in {}, 'a' in { a: undefined }, Object.keys({ a: undefined }), 'b' in { a: 1 });
const inv = { apple: 3, banana: 0, cherry: 7 };
for (const name of Object.keys(inv)) {
  if (inv[name]) {
    console.log(name, 'in stock:', inv[name]);
  } else {
    console.log(name, 'sold out');
  }
}
const empty = {};
console.log(empty, Object.keys(empty).length, JSON.stringify(empty));
