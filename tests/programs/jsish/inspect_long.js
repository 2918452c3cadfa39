// inspect_long: console.log line breaking at 80 columns, grouping of long arrays inside objects, '... N more items'
const nums = [];
for (let i = 0; i < 30; i++) {
  nums.push(i * 7);
}
console.log({ nums });
console.log({ label: 'grid', data: nums.slice(0, 8) });
console.log({ outer: { inner: nums.slice(0, 12) } });
console.log([nums.slice(0, 7), nums.slice(7, 14)]);
const longArr = [];
for (let i = 0; i < 120; i++) {
  longArr.push(i);
}
console.log({ longArr });
console.log([longArr]);
const strs = [];
for (let i = 0; i < 120; i++) {
  strs.push('s' + i);
}
console.log(strs);
console.log({ text: 'x'.repeat(100) });
console.log(['y'.repeat(90)]);
console.log('z'.repeat(120));
console.log({ a: 'a'.repeat(70), b: 1 });
const records = [];
for (let i = 0; i < 4; i++) {
  records.push({ id: i, name: 'user' + i, email: 'user' + i + '@example.com', active: i % 2 === 0 });
}
console.log(records);
console.log({ records: records.slice(0, 2) });
const manyKeys = {};
for (let i = 0; i < 26; i++) {
  manyKeys[String.fromCharCode(97 + i)] = i;
}
console.log(manyKeys);
const wideVals = {};
for (let i = 0; i < 5; i++) {
  wideVals['property_' + i] = 'value number ' + i;
}
console.log(wideVals);
console.log([wideVals]);
const pairs = [];
for (let i = 0; i < 10; i++) {
  pairs.push([i, i * i]);
}
console.log(pairs);
const objs = [];
for (let i = 0; i < 8; i++) {
  objs.push({ v: i });
}
console.log(objs);
const mixed = [1, 'two', 3, 'four', 5, 'six', 7, 'eight', 9, 'ten', 11, 'twelve'];
console.log(mixed);
console.log({ mixed });
const decimals = [0.1, 0.22, 0.333, 0.4444, 0.55555, 0.666666, 0.7777777, 0.88888888];
console.log(decimals);
const bigNums = [];
for (let i = 0; i < 9; i++) {
  bigNums.push(10 ** i);
}
console.log(bigNums);
const m = new Map();
for (let i = 0; i < 8; i++) {
  m.set('key' + i, i * 100);
}
console.log(m);
const s = new Set();
for (let i = 0; i < 30; i++) {
  s.add(i * 3);
}
console.log(s);
const nested = { level: 1, items: [{ level: 2, items: [{ level: 3, tags: ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta'] }] }] };
console.log(nested);
console.log(nested.items[0]);
console.log(nested.items[0].items[0]);
const sentence = 'The quick brown fox jumps over the lazy dog'.split(' ');
console.log(sentence, sentence.length);
console.log(new Array(7).fill('seven'), new Array(27).fill(0));
