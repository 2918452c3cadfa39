// templates: template literals with expressions, nesting, multi-line, escapes, conversions of values
const name = 'Ada';
const n = 3;
console.log(`hello ${name}`, `${n} + ${n} = ${n + n}`, `${name.toUpperCase()}${'!'.repeat(n)}`);
console.log(`plain`, ``, `${''}`, `${1}${2}${3}`, `a${'b'}c`);
console.log(`${null} ${undefined} ${true} ${NaN} ${-0} ${1e21} ${0.1 + 0.2}`);
console.log(`${[1, 2, 3]} | ${[]} | ${[[1, 2], [3]]} | ${{}}`);
const obj = { toString() { return 'OBJ'; } };
console.log(`${obj}`, `[${obj}]`);
const items = ['apple', 'pear', 'fig'];
console.log(`items: ${items.map((s, i) => `${i + 1}.${s}`).join(', ')}`);
const nested = `outer ${`middle ${`inner ${n * 2}`}`} end`;
console.log(nested);
const multi = `line one
line two
  indented three`;
console.log(multi);
console.log(multi.split('\n').length);
console.log(`tab\there`, `new\nline`, `back\\slash`, `tick \` inside`, `dollar \${not} $ {x}`);
console.log(`quote ' and " inside`, `unicode \u0041\u00e9`, `$`, `$$`, `{}`);
function tableRow(cells, width) {
  return cells.map((c) => `${c}`.padStart(width, ' ')).join('|');
}
console.log(tableRow([1, 22, 333], 5));
console.log(tableRow(['a', 'bb', 'ccc'], 4));
const cond = (x) => `${x} is ${x % 2 === 0 ? 'even' : 'odd'}`;
console.log(cond(4), cond(7));
let html = '';
const rows = [{ k: 'a', v: 1 }, { k: 'b', v: 2 }];
for (const r of rows) {
  html += `<tr><td>${r.k}</td><td>${r.v * 100}</td></tr>\n`;
}
process.stdout.write(html);
const price = 9.5;
console.log(`total: ${(price * 3).toFixed(2)} (${price} x 3)`);
const calls = [];
const tracked = (v) => {
  calls.push(v);
  return v;
};
const res = `${tracked('a')}-${tracked('b')}-${tracked('c')}`;
console.log(res, calls);
const point = { x: 1, y: 2 };
console.log(`point(${point.x}, ${point.y}) at ${Object.keys(point).length}D`);
console.log(`${typeof `x`} ${`abc`.length} ${`a` === 'a'}`);
const matrix = [[1, 2], [3, 4]];
console.log(`${matrix.map((row) => `[${row.join(' ')}]`).join('')}`);
let count = 0;
const inc = `${count++}${count++}${++count}`;
console.log(inc, count);
console.log(`${1 + 1}px`, `${'5' * 2}`, `${'5' + 2}`, `${[] + {}}`);
class Pt {
  constructor(x) {
    this.x = x;
  }
}
console.log(`${new Pt(1)}`, `${function f() {}}`.length > 0);
