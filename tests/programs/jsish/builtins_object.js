// builtins_object: Object.keys, Object.create, Object.defineProperty (enumerable/writable/get), Object.getPrototypeOf
const o = { b: 2, a: 1, 3: 'three', 1: 'one' };
console.log(Object.keys(o), Object.keys([4, 5, 6]), Object.keys('str'), Object.keys({}));
const proto = {
  hello() {
    return 'hello ' + this.name;
  },
  kind: 'proto'
};
const made = Object.create(proto);
made.name = 'made';
console.log(made.hello(), made.kind, Object.keys(made), Object.getPrototypeOf(made) === proto);
const withProps = Object.create(proto);
Object.defineProperty(withProps, 'name', { value: 'described', enumerable: true });
Object.defineProperty(withProps, 'hidden', { value: 'invisible' });
console.log(withProps.hello(), withProps.hidden, Object.keys(withProps));
const nullProto = Object.create(null);
nullProto.k = 'v';
console.log(Object.getPrototypeOf(nullProto), Object.keys(nullProto), typeof nullProto.toString);
const ro = {};
Object.defineProperty(ro, 'fixed', { value: 42, writable: false, enumerable: true });
try {
  ro.fixed = 100;
} catch (e) {
  // strict-mode engines throw here; sloppy ones ignore the write
}
console.log(ro.fixed, Object.keys(ro), ro);
const hidden = { shown: 1 };
Object.defineProperty(hidden, 'secret', { value: 's', enumerable: false });
console.log(Object.keys(hidden), hidden.secret, JSON.stringify(hidden), hidden);
const defaults = {};
Object.defineProperty(defaults, 'x', { value: 1 });
try {
  defaults.x = 2;
} catch (e) {
  // ignored either way
}
console.log(defaults.x, Object.keys(defaults).length);
const circle = { r: 2 };
Object.defineProperty(circle, 'area', {
  get: function () {
    return Math.round(Math.PI * this.r * this.r * 1000) / 1000;
  },
  enumerable: false
});
console.log(circle.area);
circle.r = 10;
console.log(circle.area, Object.keys(circle));
const temp = { _c: 25 };
Object.defineProperty(temp, 'f', {
  get() {
    return this._c * 9 / 5 + 32;
  },
  enumerable: false
});
console.log(temp._c, temp.f);
temp._c = 100;
console.log(temp._c, temp.f, Object.keys(temp));
const counter = { hits: 0 };
Object.defineProperty(counter, 'next', {
  get() {
    this.hits++;
    return this.hits * 10;
  }
});
console.log(counter.next, counter.next, counter.next, counter.hits);
const ret = Object.defineProperty({}, 'y', { value: 'returned', enumerable: true });
console.log(ret.y, Object.keys(ret));
class A {}
class B extends A {}
const b = new B();
console.log(Object.getPrototypeOf(b) === B.prototype, Object.getPrototypeOf(B.prototype) === A.prototype);
console.log(Object.getPrototypeOf(A.prototype) === Object.prototype, Object.getPrototypeOf([]) === Array.prototype);
console.log(Object.getPrototypeOf(Object.create(made)) === made);
function chainLength(x) {
  let n = 0;
  let p = Object.getPrototypeOf(x);
  while (p !== null) {
    n++;
    p = Object.getPrototypeOf(p);
  }
  return n;
}
console.log(chainLength({}), chainLength([]), chainLength(b), chainLength(nullProto), chainLength(Object.create(made)));
const inventory = { apples: 5, pears: 0, kiwis: 12 };
const keys = Object.keys(inventory);
let total = 0;
for (let i = 0; i < keys.length; i++) {
  total += inventory[keys[i]];
}
console.log(keys.length, total, keys.filter((k) => inventory[k] > 0));
const copy = {};
for (const k of Object.keys(inventory)) {
  copy[k] = inventory[k] * 2;
}
console.log(copy, inventory);
const keyed = Object.create({ inheritedKey: true });
keyed.own1 = 1;
keyed.own2 = 2;
const forInKeys = [];
for (const k in keyed) {
  forInKeys.push(k);
}
console.log(Object.keys(keyed), forInKeys);
