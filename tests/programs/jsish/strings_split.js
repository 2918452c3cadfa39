// strings_split: split with string separators, '' and limits; replace with a string (first only); join round trips
console.log('a,b,c'.split(','), 'a,b,,c,'.split(','), ',a'.split(','), ''.split(','), 'abc'.split(''));
console.log('abc'.split(), 'a b  c'.split(' '), 'one--two--three'.split('--'), 'aaa'.split('a'), 'aaa'.split('aa'));
console.log('a,b,c,d'.split(',', 2), 'a,b,c'.split(',', 0), 'a,b,c'.split(',', 10), 'abcdef'.split('', 3));
console.log('no separator here'.split('|'), ''.split(''), 'x'.split('x'), 'héllo'.split(''));
console.log('line1\nline2\nline3'.split('\n'), 'k=v;k2=v2'.split(';').map((p) => p.split('=')));
console.log('hello world'.replace('o', '0'), 'aaa'.replace('a', 'b'), 'abc'.replace('x', 'y'), 'abc'.replace('', '-'));
console.log('cost: 5'.replace('5', '10'), 'a.b.c'.replace('.', '/'), 'x+y'.replace('+', ' plus '), '$1'.replace('1', '2'));
function replaceAllManual(str, from, to) {
  return str.split(from).join(to);
}
console.log(replaceAllManual('a-b-c-d', '-', '_'), replaceAllManual('foo bar foo', 'foo', 'baz'), replaceAllManual('aaaa', 'aa', 'b'));
const csv = 'name,qty,price\nwidget,3,2.50\ngadget,10,0.99\ngizmo,1,100';
const lines = csv.split('\n');
const header = lines[0].split(',');
const rows = lines.slice(1).map((line) => {
  const cells = line.split(',');
  const obj = {};
  for (let i = 0; i < header.length; i++) {
    obj[header[i]] = i === 0 ? cells[i] : Number(cells[i]);
  }
  return obj;
});
console.log(rows);
const total = rows.reduce((acc, r) => acc + r.qty * r.price, 0);
console.log(total.toFixed(2));
const sentence = 'the rain in spain stays mainly in the plain';
const words = sentence.split(' ');
console.log(words.length, words.filter((w) => w.indexOf('ain') !== -1));
const counts = {};
for (const ch of sentence.split('')) {
  if (ch !== ' ') {
    counts[ch] = (counts[ch] || 0) + 1;
  }
}
const top = Object.keys(counts).sort((a, b) => counts[b] - counts[a] || (a < b ? -1 : 1)).slice(0, 5);
console.log(top.map((k) => k + counts[k]).join(' '));
const path = '/usr/local/lib/node/file.txt';
const parts = path.split('/');
console.log(parts, parts[parts.length - 1].split('.'), parts.slice(0, -1).join('/'));
const template = 'Dear NAME, your order ORDER is ready. NAME, thanks!';
console.log(template.replace('NAME', 'Ann').replace('ORDER', '#42'));
console.log(replaceAllManual(template, 'NAME', 'Ann'));
const kv = 'a=1&b=2&c=&d';
const params = {};
for (const pair of kv.split('&')) {
  const eq = pair.indexOf('=');
  if (eq === -1) {
    params[pair] = true;
  } else {
    params[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
}
console.log(params);
const camel = 'background-color-value'.split('-').map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
console.log(camel);
const chars = 'dcba'.split('');
chars.reverse();
console.log(chars.join(''), 'racecar'.split('').reverse().join('') === 'racecar');
console.log('1,2,3'.split(',').map(Number).reduce((a, b) => a + b, 0));
console.log('a b c d e'.split(' ', 3).join('|'), 'trailing '.split(' '), ' leading'.split(' '));
const wrapped = 'The quick brown fox jumps over the lazy dog near the river bank today';
let line = '';
const out = [];
for (const w of wrapped.split(' ')) {
  if (line.length + w.length + 1 > 20 && line.length > 0) {
    out.push(line);
    line = w;
  } else {
    line = line ? line + ' ' + w : w;
  }
}
out.push(line);
for (const l of out) {
  console.log('|' + l + '|');
}
