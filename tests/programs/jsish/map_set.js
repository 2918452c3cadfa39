// map_set: Map and Set API (set/get/has/delete/size), insertion order, SameValueZero key identity, iteration, forEach, printing
const m = new Map();
console.log(m.size, m.get('x'), m.has('x'), m);
const ret = m.set('a', 1);
console.log(ret === m, m.size);
m.set('b', 2).set('c', 3);
m.set('a', 100);
console.log(m.get('a'), m.size, [...m.keys()], m);
console.log(m.delete('b'), m.delete('zzz'), m.has('b'), m.size, m);
m.set('b', 'back');
console.log([...m.keys()], [...m.values()], [...m.entries()]);
const km = new Map();
km.set(1, 'number one');
km.set('1', 'string one');
km.set(true, 'bool');
km.set(null, 'null');
km.set(undefined, 'undef');
km.set(NaN, 'nan');
const objKey = { id: 1 };
const arrKey = [1];
km.set(objKey, 'object');
km.set(arrKey, 'array');
console.log(km.get(1), km.get('1'), km.get(true), km.get(null), km.get(undefined), km.get(NaN));
console.log(km.get(objKey), km.get({ id: 1 }), km.get(arrKey), km.get([1]), km.size);
km.set(-0, 'zero');
console.log(km.get(0), km.get(-0), km.has(0));
const fromPairs = new Map([['x', 10], ['y', 20], ['x', 30]]);
console.log(fromPairs, fromPairs.size);
for (const [k, v] of fromPairs) {
  console.log('entry', k, v);
}
const fe = [];
fromPairs.forEach((value, key, map) => {
  fe.push(key + '=' + value + '/' + map.size);
});
console.log(fe);
const wordCounts = new Map();
for (const w of 'to be or not to be that is the question to ask'.split(' ')) {
  wordCounts.set(w, (wordCounts.get(w) || 0) + 1);
}
console.log(wordCounts);
const sortedCounts = [...wordCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
console.log(sortedCounts.slice(0, 3));
for (const k of [...m.keys()]) {
  m.delete(k);
}
console.log(m.size, m);
console.log('--- Set');
const s = new Set();
console.log(s.size, s.has(1), s);
console.log(s.add(1) === s, s.add(2).add(3).add(2).add(1).size, s);
console.log(s.has(2), s.has('2'), s.delete(2), s.delete(2), s.size, s);
const mixed = new Set([1, '1', 1, NaN, NaN, 0, -0, null, undefined, null]);
console.log(mixed.size, mixed, mixed.has(NaN), mixed.has(-0));
const objs = new Set();
const o = { k: 1 };
objs.add(o);
objs.add(o);
objs.add({ k: 1 });
console.log(objs.size, objs);
const letters = new Set('hello world');
console.log(letters, [...letters].join(''));
const sfe = [];
new Set(['x', 'y']).forEach((v, k, set) => {
  sfe.push(v + k + set.size);
});
console.log(sfe);
console.log([...new Set([3, 1, 3, 2]).keys()], [...new Set([3, 1]).values()], [...new Set(['a']).entries()]);
const a = new Set([1, 2, 3, 4]);
const b = new Set([3, 4, 5]);
const union = new Set([...a, ...b]);
const inter = new Set([...a].filter((x) => b.has(x)));
const diff = new Set([...a].filter((x) => !b.has(x)));
console.log(union, inter, diff);
const order = new Set([5, 1, 4]);
order.delete(5);
order.add(5);
order.add(1);
console.log([...order]);
const graph = new Map();
function addEdge(u, v) {
  if (!graph.has(u)) {
    graph.set(u, new Set());
  }
  graph.get(u).add(v);
}
addEdge('a', 'b');
addEdge('a', 'c');
addEdge('b', 'c');
addEdge('c', 'a');
addEdge('a', 'b');
console.log(graph);
const visited = new Set();
const stack = ['a'];
while (stack.length) {
  const node = stack.pop();
  if (visited.has(node)) {
    continue;
  }
  visited.add(node);
  for (const next of graph.get(node) || []) {
    stack.push(next);
  }
}
console.log([...visited]);
console.log(new Map([[{ a: 1 }, [1, 2]], [[3], new Set([4])]]));
console.log(typeof m, m instanceof Map, s instanceof Set, Array.isArray([...s]));
