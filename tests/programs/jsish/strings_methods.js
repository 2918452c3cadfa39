// strings_methods: length, charAt, charCodeAt, fromCharCode, indexOf, slice, substring, substr, case, trim, repeat, padStart
const s = 'Hello, World';
console.log(s.length, ''.length, 'héllo'.length, s[0], s[s.length - 1], s[100], s.charAt(4), s.charAt(99) === '');
console.log(s.charCodeAt(0), s.charCodeAt(1), 'é'.charCodeAt(0), s.charCodeAt(50), '€'.charCodeAt(0));
console.log(String.fromCharCode(72, 105), String.fromCharCode(), String.fromCharCode(233, 8364), String.fromCharCode(65 + 25));
console.log(s.indexOf('o'), s.indexOf('o', 5), s.indexOf('xyz'), s.indexOf(''), s.indexOf('World'), s.indexOf('l', -5));
console.log(s.slice(7), s.slice(0, 5), s.slice(-5), s.slice(-5, -2), s.slice(5, 2), s.slice(100), s.slice());
console.log(s.substring(7), s.substring(0, 5), s.substring(5, 0), s.substring(-3, 2), s.substring(3, 3), s.substring(NaN, 4));
console.log(s.substr(7), s.substr(0, 5), s.substr(-5, 3), s.substr(3, 0), s.substr(20));
console.log(s.toUpperCase(), s.toLowerCase(), 'MiXeD 123 éÉ'.toLowerCase(), 'straße'.toUpperCase());
console.log('[' + '  padded  '.trim() + ']', '[' + '\t\n x y \n'.trim() + ']', '[' + ''.trim() + ']', '[' + '   '.trim() + ']');
console.log('ab'.repeat(3), 'x'.repeat(0), ''.repeat(5), '-'.repeat(10), 'ha'.repeat(2.9));
console.log('5'.padStart(3, '0'), 'abc'.padStart(2), 'abc'.padStart(6), 'abc'.padStart(10, '123'), 'x'.padStart(4, ''));
console.log('5'.padStart(3, '0').length, '12345'.padStart(3, '0'), '7'.padStart(-1, '0'), '7'.padStart(3, 0));
console.log('abc' < 'abd', 'B' < 'a', 'apple' > 'apple pie', 'a' + 'b' === 'ab', 'abc' + 'def' + 1);
console.log('x'.toUpperCase() === 'X', typeof s.length, s.length === 12);
const original = 'immutable';
const upper = original.toUpperCase();
console.log(original, upper);
function reverse(str) {
  let out = '';
  for (let i = str.length - 1; i >= 0; i--) {
    out += str[i];
  }
  return out;
}
function isPalindrome(str) {
  const clean = str.toLowerCase().split(' ').join('');
  return clean === reverse(clean);
}
console.log(reverse('stressed'), isPalindrome('Never odd or even'), isPalindrome('hello'));
function caesar(str, shift) {
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      out += String.fromCharCode(((c - 65 + shift) % 26 + 26) % 26 + 65);
    } else if (c >= 97 && c <= 122) {
      out += String.fromCharCode(((c - 97 + shift) % 26 + 26) % 26 + 97);
    } else {
      out += str.charAt(i);
    }
  }
  return out;
}
const enc = caesar('Attack at Dawn!', 3);
console.log(enc, caesar(enc, -3));
function countChar(str, ch) {
  let n = 0;
  let pos = str.indexOf(ch);
  while (pos !== -1) {
    n++;
    pos = str.indexOf(ch, pos + 1);
  }
  return n;
}
console.log(countChar('mississippi', 's'), countChar('mississippi', 'ss'), countChar('', 'a'));
function capitalize(word) {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
console.log(['hELLO', 'wORLD', 'a', ''].map(capitalize));
const csvLine = 'name,age,city';
const firstComma = csvLine.indexOf(',');
console.log(csvLine.substring(0, firstComma), csvLine.slice(firstComma + 1));
let hex = '';
for (const code of [0, 15, 16, 255]) {
  hex += code.toString(16).padStart(2, '0');
}
console.log(hex);
console.log('abc'.charAt(-1) === '', 'abc'[-1], 'abc'.charCodeAt(-1), 'abc'.slice(-1), 'abc'.substring(-1));
const tableData = [['id', 'name', 'score'], [1, 'ann', 93.5], [22, 'bob', 7], [333, 'cy', 100]];
for (const row of tableData) {
  console.log(row.map((c) => String(c).padStart(6)).join(''));
}
console.log('a-b-c'.split('-').join('+'), String(123).length, (12.5).toString().length);
console.log('Tab\there', 'quote"s', "single'q", 'back\\slash', 'nul\u0041');
