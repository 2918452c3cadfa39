// inspect_arrays: console.log formatting of arrays: empty, nested, strings/quotes, mixed, -0, >6 items grouped in columns
console.log([]);
console.log([1, 2, 3]);
console.log([1, 2, 3, 4, 5, 6]);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
console.log([[]], [[], []], [[1, 2], [3, 4]], [[[1]]]);
console.log(['it\'s', 'say "hi"', 'both \' and "', 'back`tick', 'a\nb', 'tab\t', 'back\\slash', '']);
console.log([null, undefined, true, false, NaN, -0, 0, Infinity, -Infinity]);
console.log([1.5, -2.25, 1e21, 1e-7, 123456789]);
console.log(['x', 1, null, [2, 'y'], { k: 'v' }]);
console.log([function f() {}, () => 1, class A {}, Math.max]);
const ten = [];
for (let i = 0; i < 10; i++) {
  ten.push(i);
}
console.log(ten);
const squares = ten.map((x) => x * x);
console.log(squares);
const big = ten.map((x) => x * 1000);
console.log(big);
console.log(ten.map((x) => -x));
console.log(ten.map((x) => x / 4));
console.log(ten.map((x) => 'item' + x));
console.log(ten.map((x) => (x % 2 === 0 ? x : 'odd')));
console.log(ten.map((x) => x % 3 === 0));
const twenty6 = [];
for (let i = 0; i < 26; i++) {
  twenty6.push(String.fromCharCode(97 + i));
}
console.log(twenty6);
const hundred = [];
for (let i = 1; i <= 100; i++) {
  hundred.push(i);
}
console.log(hundred);
hundred.push(101);
console.log(hundred);
const many = [];
for (let i = 0; i < 150; i++) {
  many.push(i % 7);
}
console.log(many);
const mixedLen = [1, 22, 333, 4444, 55555, 666666, 7777777];
console.log(mixedLen);
const varied = [1, 2, 3, 4, 5, 6, 'a somewhat longer string here'];
console.log(varied);
const words = ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew', 'kiwi', 'lemon'];
console.log(words);
const floats = [];
for (let i = 0; i < 12; i++) {
  floats.push(Math.round(Math.sqrt(i) * 1000) / 1000);
}
console.log(floats);
const nestedNums = [[1, 2, 3, 4, 5, 6, 7, 8], [9, 10]];
console.log(nestedNums);
console.log([[1, 2, 3, 4, 5, 6, 7], 'x']);
const negs = [-1, -22, 3, -444, 5, 66, -7, 8];
console.log(negs);
console.log(['short', 'strings', 'in', 'an', 'array', 'of', 'words', 'that', 'goes', 'on', 'and', 'on', 'for', 'a', 'while']);
const bools = [true, false, true, true, false, false, true];
console.log(bools);
console.log([undefined, null, undefined, null, undefined, null, undefined]);
console.log([1, 2, 3], [4, 5, 6, 7, 8, 9, 10], 'tail');
const longStrings = [];
for (let i = 0; i < 8; i++) {
  longStrings.push('entry number ' + i + ' with padding');
}
console.log(longStrings);
console.log(Array(3).fill(Array(3).fill(0)));
