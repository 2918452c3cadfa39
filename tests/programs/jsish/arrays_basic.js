// arrays_basic: length (incl. assigning), push/pop/shift/unshift, slice, splice, concat, indexOf, join, reverse, new Array(n)
const a = [1, 2, 3];
console.log(a.length, a[0], a[2], a[3], a[-1]);
console.log(a.push(4), a.push(5, 6), a, a.pop(), a.pop(), a);
console.log(a.shift(), a, a.unshift(0), a.unshift(-2, -1), a);
console.log([].pop(), [].shift(), [].push(), [].unshift());
const t = [1, 2, 3, 4, 5];
t.length = 3;
console.log(t, t.length);
t.length = 0;
console.log(t, t[0]);
const grow = ['a'];
grow[grow.length] = 'b';
grow[grow.length] = 'c';
console.log(grow, grow.length);
const s = [0, 1, 2, 3, 4, 5];
console.log(s.slice(), s.slice(2), s.slice(1, 3), s.slice(-2), s.slice(-4, -1), s.slice(3, 1), s.slice(10));
console.log(s.slice(0, -1), s.slice(-100, 2), s.slice(2, 100), s);
let sp = [0, 1, 2, 3, 4, 5, 6];
console.log(sp.splice(2, 2), sp);
console.log(sp.splice(1, 0, 'x', 'y'), sp);
console.log(sp.splice(-2), sp);
console.log(sp.splice(1, 2, 'replaced'), sp);
console.log(sp.splice(0), sp);
sp = [1, 2, 3];
console.log(sp.splice(1), sp, [1, 2, 3].splice(-1, 1), [1, 2, 3].splice(5, 1, 'z'));
console.log([1, 2].concat([3, 4]), [1].concat(2, [3, [4]], 'five'), [].concat(), a.concat() === a);
const base = [1, 2];
const joined = base.concat([3]);
joined.push(99);
console.log(base, joined);
const idx = ['a', 'b', 'c', 'b', 'a'];
console.log(idx.indexOf('b'), idx.indexOf('z'), idx.indexOf('b', 2), idx.indexOf('a', -1), idx.indexOf('a', 1));
console.log([1, '1', 1].indexOf('1'), [NaN].indexOf(NaN), [null, undefined].indexOf(undefined), idx.indexOf('c') >= 0);
console.log([1, 2, 3].join(), [1, 2, 3].join(''), [1, 2, 3].join(' - '), [].join(','), ['solo'].join(','));
console.log([null, undefined, 1, true, 'x', [2, 3], {}].join('|'));
const r = [1, 2, 3, 4];
const rr = r.reverse();
console.log(r, rr === r, ['only'].reverse(), [].reverse());
const n3 = new Array(3);
console.log(n3.length, n3[0]);
const filled = new Array(4).fill(0);
console.log(filled);
console.log(new Array(2, 3), new Array('3'), Array(3).fill('x'), new Array(0));
console.log(Array.isArray([]), Array.isArray({}), Array.isArray('abc'), Array.isArray(new Array(2)));
const matrix = [];
for (let i = 0; i < 3; i++) {
  matrix.push(new Array(3).fill(i));
}
matrix[1][1] = 'c';
console.log(matrix);
const queue = [];
queue.push('a');
queue.push('b');
queue.push('c');
const served = [];
while (queue.length > 0) {
  served.push(queue.shift());
}
console.log(served, queue);
const stack = [];
for (const ch of '([{') {
  stack.push(ch);
}
let popped = '';
while (stack.length) {
  popped += stack.pop();
}
console.log(popped);
const words = ['delta', 'alpha', 'charlie', 'bravo'];
const firstTwo = words.slice(0, 2);
firstTwo[0] = 'CHANGED';
console.log(words, firstTwo);
const big = [];
for (let i = 0; i < 1000; i++) {
  big.push(i * 2);
}
console.log(big.length, big[999], big.indexOf(500), big.slice(-3), big.splice(500, 498).length, big.length, big);
