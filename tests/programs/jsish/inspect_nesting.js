// inspect_nesting: console.log depth limit ([Object], [Array], class/Map/Set names), empty containers when deep, multi-line nesting
console.log({ a: { b: { c: 1 } } });
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: [] } } });
console.log({ a: { b: { c: [1] } } });
console.log([[[[1, 2]]]]);
console.log([[[[]]]]);
console.log([[[{}]]]);
console.log([[[{ x: 1 }]]]);
console.log([1, [2, [3, [4, [5]]]]]);
console.log({ level1: { level2: { level3: { level4: 'too deep' } }, sibling: 'ok' } });
class Node {
  constructor(value, next) {
    this.value = value;
    this.next = next;
  }
}
const list = new Node(1, new Node(2, new Node(3, new Node(4, null))));
console.log(list);
console.log({ head: list });
console.log(new Node('leaf', null));
const deepMap = new Map([['outer', new Map([['inner', new Map([['deepest', 1]])]])]]);
console.log(deepMap);
console.log({ a: { b: { set: new Set([1]), map: new Map([[1, 2]]), arr: [1], obj: { x: 1 }, empty: {} } } });
console.log({ a: { b: { c: new Set() } } }, { a: { b: { c: new Map() } } });
const tree = {
  name: 'root',
  children: [
    { name: 'a', children: [{ name: 'a1', children: [] }, { name: 'a2', children: [{ name: 'a2x', children: [] }] }] },
    { name: 'b', children: [] }
  ]
};
console.log(tree);
console.log(tree.children[0]);
console.log([tree.children[1], tree.children[1]]);
const matrix3 = [[[1, 2], [3, 4]], [[5, 6], [7, 8]]];
console.log(matrix3);
const matrix4 = [[[[1]]], [[[2]]]];
console.log(matrix4);
console.log({ x: [[1, 2], [3, 4]] });
console.log({ x: { y: [1, 2] } });
console.log({ x: { y: [1, [2]] } });
console.log({ a: 1, b: { c: 2, d: { e: 3 } } });
console.log({ a: 1, b: { c: 2, d: { e: 3, f: { g: 4 } } } });
console.log([{ a: { b: 1 } }, { a: { b: 2 } }]);
console.log([{ a: { b: { c: 1 } } }]);
const config = {
  server: { host: 'localhost', ports: [80, 443], tls: { enabled: true, cert: { path: '/etc/cert.pem' } } },
  db: { url: 'postgres://db', pool: { min: 1, max: 10 } },
  features: ['a', 'b']
};
console.log(config);
console.log(config.server);
console.log([config.db, config.features]);
const wide = { first: { second: { third: 'value' } }, alsoFirst: { x: 1 } };
console.log(wide);
const arrOfArr = [];
for (let i = 0; i < 3; i++) {
  const row = [];
  for (let j = 0; j < 3; j++) {
    row.push({ i, j });
  }
  arrOfArr.push(row);
}
console.log(arrOfArr);
