// inspect_misc: console.log argument joining, top-level vs nested strings, escapes, functions/classes, Map/Set contents
console.log();
console.log('');
console.log('a', 'b', 'c');
console.log('multi\nline\ttabbed top-level string');
console.log(['multi\nline', 'tab\there', 'cr\rhere', 'back\\', 'ctrl\u0001', 'bell\u0007', 'del\u007f']);
console.log({ 'key\nwith newline': 1, "key'quote": 2, 'key"dq': 3 });
console.log(1, '1', [1], ['1'], { one: 1 }, { one: '1' });
console.log(true, 'true', [true, 'true']);
console.log(undefined, 'undefined', [undefined, 'undefined']);
console.log(-0, '-0', [-0, '-0'], { z: -0 }, 0 * -1, [0 * -1]);
console.log(NaN, [NaN], { n: NaN }, Infinity, [-Infinity]);
console.log('é', ['é', 'ü', 'ñ'], { café: 'crème' });
function regular() {}
const assigned = function () {};
const arrow = () => {};
const obj = { method() {}, prop: function () {}, arrowProp: () => {} };
console.log(regular, assigned, arrow, obj.method, obj.prop, obj.arrowProp);
console.log(obj);
console.log([function () {}, () => {}]);
console.log(Math.max, console.log, parseInt, Object.keys, JSON.stringify);
class Base {}
class Derived extends Base {}
const Expr = class {};
const NamedExpr = class Inner {};
console.log(Base, Derived, Expr, NamedExpr);
console.log([Base, Derived], { Base, Derived });
console.log(Map, Set, Object, Array);
console.log(new Map([['a', 1], ['b', 2]]), new Set([1, 2, 3]));
console.log(new Map([[1, 'one'], ['1', 'string one'], [true, null], [null, undefined]]));
console.log(new Map([[{ k: 1 }, [1, 2]], [[1], { v: 'x' }]]));
console.log(new Set(['a', 'b', "it's", 'a\nb']), new Set([[1, 2], { a: 1 }, new Set([1])]));
console.log(new Set([-0, NaN]), new Map([[-0, -0]]));
console.log([new Map([['x', 1]]), new Set(['y'])]);
console.log({ m: new Map(), s: new Set(), a: [], o: {} });
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
const pts = new Map([['origin', new Point(0, 0)], ['unit', new Point(1, 1)]]);
console.log(pts);
console.log(new Set([new Point(1, 2)]));
const counts = new Map();
for (const ch of 'abracadabra') {
  counts.set(ch, (counts.get(ch) || 0) + 1);
}
console.log(counts, counts.size);
console.log('Map size', counts.size, 'keys', [...counts.keys()]);
process.stdout.write('no newline, ');
process.stdout.write('then newline\n');
process.stdout.write(String(42) + '\n');
console.log('after write');
console.log([1, 2, 3].toString(), String([1, [2, 3]]), String({}), String(null), String(undefined));
console.log(String(regular).length > 0, typeof String(Base));
console.log([[1, 2], [3]].join(';'), [{}].join(), [null].join(), [undefined, null].join('-'));
