// json_stringify: JSON.stringify of primitives, nested objects/arrays, escaping, omitted members, NaN/Infinity, indent
console.log(JSON.stringify(1), JSON.stringify('s'), JSON.stringify(true), JSON.stringify(null), JSON.stringify(undefined));
console.log(JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(-0), JSON.stringify(1e21), JSON.stringify(0.1 + 0.2), JSON.stringify(1e-7));
console.log(JSON.stringify([]), JSON.stringify({}), JSON.stringify([[]]), JSON.stringify({ a: {} }));
console.log(JSON.stringify({ a: 1, b: 'two', c: [1, 2, { d: null }], e: { f: { g: true } } }));
console.log(JSON.stringify([1, 'a', null, undefined, function () {}, NaN, -Infinity, true]));
console.log(JSON.stringify({ u: undefined, f: function () {}, n: null, nan: NaN, keep: 1, arrow: () => 2 }));
console.log(JSON.stringify('quote " and \\ backslash'), JSON.stringify("it's"), JSON.stringify('new\nline\ttab\rcr'));
console.log(JSON.stringify('\b\f'), JSON.stringify('\u0001\u001f'), JSON.stringify('é€'), JSON.stringify('tab\there'));
console.log(JSON.stringify({ 'key with space': 1, 'quo"te': 2, 3: 'num', '': 'empty' }));
console.log(JSON.stringify({ z: 1, a: 2, 10: 'ten', 2: 'two' }));
console.log(JSON.stringify(new Map([['a', 1]])), JSON.stringify(new Set([1, 2])), JSON.stringify([new Map()]));
class P {
  constructor() {
    this.x = 1;
    this.y = [2, 3];
  }
  method() {}
}
console.log(JSON.stringify(new P()), JSON.stringify([new P()]));
const hidden = { shown: 1 };
Object.defineProperty(hidden, 'hidden', { value: 2, enumerable: false });
const child = Object.create({ inherited: 1 });
child.own = 2;
console.log(JSON.stringify(hidden), JSON.stringify(child));
console.log(JSON.stringify({ a: [1, { b: 2 }], c: 'x' }, null, 2));
console.log(JSON.stringify([1, [2, [3, []]], {}], null, 4));
console.log(JSON.stringify({ a: 1, b: [] }, null, 3));
console.log(JSON.stringify([], null, 2), JSON.stringify({}, null, 2), JSON.stringify('s', null, 2), JSON.stringify(5, null, 2));
console.log(JSON.stringify({ deep: { deeper: { deepest: [1, 2, 3] } } }, null, 1));
console.log(JSON.stringify({ a: 1 }, null, 0), JSON.stringify({ a: 1 }, null, ''), JSON.stringify([1, 2], null, 20).split('\n')[1].length);
const data = {
  users: [
    { id: 1, name: 'Ann', roles: ['admin', 'dev'], active: true },
    { id: 2, name: 'Bob', roles: [], active: false, manager: null }
  ],
  meta: { count: 2, generated: 'static', ratio: 0.5 }
};
const text = JSON.stringify(data);
console.log(text, text.length);
console.log(JSON.stringify(data, null, 2));
const arr = [1, 2, 3];
const wrapper = { first: arr, second: arr };
console.log(JSON.stringify(wrapper));
console.log(typeof JSON.stringify({}), typeof JSON.stringify(undefined), typeof JSON.stringify(function () {}));
console.log(JSON.stringify(['caf\u00e9', 'a\u0000b', 'bell\u0007', '\\n is not a newline']));
console.log(JSON.stringify({ s: String(12), n: Number('12'), b: Boolean(0) }));
const table = [];
for (let i = 0; i < 3; i++) {
  table.push({ i, sq: i * i, label: 'row' + i, flag: i % 2 === 0 });
}
console.log(JSON.stringify(table));
console.log(JSON.stringify({ list: table.map((r) => r.sq), empty: [], obj: {} }, null, 2));
