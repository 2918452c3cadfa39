// arrays_higher: forEach, map, filter, reduce (with/without initial), some, every, fill, callbacks' index/array args
const nums = [1, 2, 3, 4, 5, 6];
const seen = [];
const fe = nums.forEach((v, i, arr) => {
  seen.push(`${i}:${v}:${arr.length}`);
});
console.log(fe, seen.join(' '));
console.log(nums.map((x) => x * x), nums.map((x, i) => x * i), nums.map(String), nums.map((x) => x % 2 === 0));
console.log(nums.filter((x) => x % 2), nums.filter((x, i) => i > 3), nums.filter(() => false), nums.filter(Boolean));
console.log([0, 1, '', 'a', null, NaN, [], {}].filter(Boolean));
console.log(nums.reduce((a, b) => a + b), nums.reduce((a, b) => a + b, 100), nums.reduce((a, b) => a * b, 1));
console.log([5].reduce((a, b) => a + b), [].reduce((a, b) => a + b, 'init'), [[1], [2, 3]].reduce((a, b) => a.concat(b), []));
try {
  [].reduce((a, b) => a + b);
} catch (e) {
  console.log('empty reduce:', e.name);
}
const steps = [];
[10, 20, 30].reduce((acc, v, i) => {
  steps.push([acc, v, i]);
  return acc + v;
});
console.log(steps);
const steps2 = [];
[10, 20, 30].reduce((acc, v, i) => {
  steps2.push([acc, v, i]);
  return acc + v;
}, 0);
console.log(steps2);
console.log(nums.some((x) => x > 5), nums.some((x) => x > 6), [].some(() => true));
console.log(nums.every((x) => x > 0), nums.every((x) => x > 1), [].every(() => false));
let someCalls = 0;
nums.some((x) => {
  someCalls++;
  return x === 2;
});
let everyCalls = 0;
nums.every((x) => {
  everyCalls++;
  return x < 3;
});
console.log(someCalls, everyCalls);
console.log([1, 2, 3, 4].fill(0), [1, 2, 3, 4].fill(9, 2), [1, 2, 3, 4].fill(7, 1, 3), [1, 2, 3, 4].fill('x', -1));
const shared = new Array(3).fill([]);
shared[0].push('same');
console.log(shared, shared[0] === shared[2]);
const words = ['apple', 'Banana', 'cherry', 'date', 'Elderberry', 'fig'];
const lengths = words.map((w) => w.length);
const capitalized = words.filter((w) => w[0] === w[0].toUpperCase());
const totalLen = words.reduce((acc, w) => acc + w.length, 0);
const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
console.log(lengths, capitalized, totalLen, longest);
const grouped = words.reduce((acc, w) => {
  const key = w.length;
  if (!acc[key]) {
    acc[key] = [];
  }
  acc[key].push(w);
  return acc;
}, {});
console.log(grouped);
const orders = [
  { id: 1, item: 'pen', qty: 3, price: 1.5 },
  { id: 2, item: 'book', qty: 1, price: 12 },
  { id: 3, item: 'pen', qty: 2, price: 1.5 },
  { id: 4, item: 'lamp', qty: 1, price: 30 }
];
const revenue = orders.map((o) => o.qty * o.price).reduce((a, b) => a + b, 0);
const pens = orders.filter((o) => o.item === 'pen').map((o) => o.id);
const allPositive = orders.every((o) => o.qty > 0);
const anyExpensive = orders.some((o) => o.price > 20);
console.log(revenue, pens, allPositive, anyExpensive);
const chained = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
  .filter((x) => x % 3 !== 0)
  .map((x) => x * 10)
  .reduce((acc, x) => acc + x, 0);
console.log(chained);
const mutateDuring = [1, 2, 3];
const visited = [];
mutateDuring.forEach((v, i, arr) => {
  visited.push(v);
  if (i === 0) {
    arr.push(99);
  }
});
console.log(visited, mutateDuring);
const ctx = { factor: 3, scale(list) { return list.map((x) => x * this.factor); } };
console.log(ctx.scale([1, 2]));
const flattenDeep = (arr) => arr.reduce((acc, v) => (Array.isArray(v) ? acc.concat(flattenDeep(v)) : acc.concat([v])), []);
console.log(flattenDeep([1, [2, [3, [4, [5]]]], 6]));
const zip = (a, b) => a.map((x, i) => [x, b[i]]);
console.log(zip(['a', 'b', 'c'], [1, 2]));
const range = (n) => new Array(n).fill(0).map((_, i) => i);
console.log(range(5), range(0), range(12).filter((x) => x % 2 === 0).map((x) => x / 2));
console.log(['1', '2', '3'].map(Number), ['1', '2', '3'].map((s) => parseInt(s)), [1.5, 2.5].map(Math.round));
