// arrays_sort: default (string) sort, comparator sort, stability, sorting objects and strings, sort returns same array
console.log([10, 9, 1, 100, 25].sort());
console.log([10, 9, 1, 100, 25].sort((a, b) => a - b));
console.log([10, 9, 1, 100, 25].sort((a, b) => b - a));
console.log(['banana', 'apple', 'Cherry', 'date', 'Apple'].sort());
console.log([true, false, 'b', 1, 'a', 10, null, 2].sort());
console.log([-1, -10, 2, -3, 0, 5].sort(), [-1, -10, 2, -3, 0, 5].sort((a, b) => a - b));
console.log([0.5, 0.25, 1e21, 3, 1e-7, 20].sort());
console.log([3, undefined, 1, undefined, 2].sort(), [3, undefined, 1].sort((a, b) => b - a));
console.log([[2, 1], [1, 2], [1, 1]].sort(), [[10], [9], [1, 0]].sort());
const arr = [3, 1, 2];
const ret = arr.sort();
console.log(ret === arr, arr);
console.log([].sort(), [1].sort(), ['b', 'a'].sort());
const people = [
  { name: 'Eve', age: 30 },
  { name: 'Bob', age: 25 },
  { name: 'Amy', age: 30 },
  { name: 'Dan', age: 25 },
  { name: 'Cat', age: 35 },
  { name: 'Fay', age: 25 }
];
const byAge = people.slice().sort((a, b) => a.age - b.age);
console.log(byAge.map((p) => p.name + ':' + p.age).join(' '));
const byName = people.slice().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
console.log(byName.map((p) => p.name).join(' '));
const byAgeDescThenName = people.slice().sort((a, b) => {
  if (a.age !== b.age) {
    return b.age - a.age;
  }
  return a.name < b.name ? -1 : 1;
});
console.log(byAgeDescThenName.map((p) => p.name).join(' '));
const words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'plum'];
console.log(words.slice().sort((a, b) => a.length - b.length));
console.log(words.slice().sort((a, b) => b.length - a.length || (a < b ? -1 : 1)));
const chars = 'the quick brown fox'.split('').sort().join('');
console.log(JSON.stringify(chars));
const nums = [];
let seed = 17;
for (let i = 0; i < 40; i++) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  nums.push(seed % 1000);
}
const sortedNums = nums.slice().sort((a, b) => a - b);
console.log(sortedNums);
let ok = true;
for (let i = 1; i < sortedNums.length; i++) {
  if (sortedNums[i - 1] > sortedNums[i]) {
    ok = false;
  }
}
console.log('sorted ok', ok, nums.slice().sort().slice(0, 8));
const boolCmp = [5, 2, 8, 1].sort((a, b) => (a > b ? 1 : -1));
console.log(boolCmp);
const mixed = ['10', 9, '8', 7, '1e1'];
console.log(mixed.slice().sort(), mixed.slice().sort((a, b) => a - b));
const matrix = [[3, 'c'], [1, 'a'], [2, 'b'], [1, 'z']];
matrix.sort((x, y) => x[0] - y[0]);
console.log(matrix);
function insertionSort(list) {
  const a = list.slice();
  for (let i = 1; i < a.length; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
  return a;
}
console.log(insertionSort([5, 3, 9, 1, 1, 0]), insertionSort(['d', 'a', 'c']));
const calls = [];
[3, 1, 2].sort((a, b) => {
  calls.push(typeof a);
  return a - b;
});
console.log(calls.every((t) => t === 'number'));
const unicode = ['é', 'e', 'z', 'E', 'Z', 'a', '_', '0'];
console.log(unicode.sort());
