// numbers_parse: parseInt, parseFloat, Number() conversion, isNaN
console.log(parseInt('42'), parseInt('  42  '), parseInt('-42'), parseInt('+7'));
console.log(parseInt('42px'), parseInt('3.99'), parseInt('-3.99'), parseInt('abc'));
console.log(parseInt(''), parseInt(' '), parseInt('0x1f'), parseInt('0X1F'), parseInt('-0x10'));
console.log(parseInt('ff', 16), parseInt('FF', 16), parseInt('0xff', 16), parseInt('fg', 16));
console.log(parseInt('101', 2), parseInt('102', 2), parseInt('2', 2), parseInt('777', 8));
console.log(parseInt('z', 36), parseInt('hello', 36), parseInt('Zz', 36), parseInt('10', 37));
console.log(parseInt('10', 1), parseInt('10', 0), parseInt('10', 10), parseInt('010'));
console.log(parseInt('123abc456'), parseInt('1e3'), parseInt('  -12px'), parseInt('- 12'));
console.log(parseInt(15.99), parseInt(-0.9), parseInt('9007199254740993'), parseInt('\t\n 5'));
console.log(parseInt(null), parseInt(undefined), parseInt('Infinity'), parseInt('12', '16'));
console.log(parseFloat('3.14'), parseFloat('3.14abc'), parseFloat('  -2.5e3xyz'), parseFloat('.5'));
console.log(parseFloat('abc'), parseFloat(''), parseFloat('1e'), parseFloat('1e+'), parseFloat('1.2.3'));
console.log(parseFloat('Infinity'), parseFloat('-Infinity'), parseFloat('Infinityx'), parseFloat('0x10'));
console.log(parseFloat('-0'), parseFloat('1e-7'), parseFloat('00012.50'), parseFloat('+.5e1'));
console.log('--- Number()');
const strs = [' 12 ', '0x1f', '0X1F', '', '   ', 'abc', '12abc', '1e3', '-1e-3', '.5', '5.',
  '0b101', '0o17', '+42', '-0', 'Infinity', '-Infinity', 'infinity', '1_000', '\n\t7\n', '00042', '1.5.5', '- 5'];
for (const s of strs) {
  console.log(JSON.stringify(s), Number(s), +s);
}
console.log(Number(true), Number(false), Number(null), Number(undefined), Number([]), Number([5]));
console.log(Number([1, 2]), Number({}), Number('12') + 1, Number(), Number(-0));
console.log(Number({ valueOf: function () { return 7; } }), Number({ toString: function () { return '8'; } }));
console.log('--- isNaN');
console.log(isNaN(NaN), isNaN(1), isNaN('abc'), isNaN('12'), isNaN(''), isNaN(undefined));
console.log(isNaN(null), isNaN({}), isNaN([]), isNaN('0x10'), isNaN(' '), isNaN(true));
console.log(isNaN(0 / 0), isNaN('1e5'), isNaN('1e5x'), isNaN([1, 2]), isNaN([3]));
function safeParse(s) {
  const n = parseInt(s, 10);
  if (isNaN(n)) {
    return 'invalid:' + s;
  }
  return n * 2;
}
const inputs = ['10', 'x10', '10x', '-3', '', '0'];
const results = [];
for (const s of inputs) {
  results.push(safeParse(s));
}
console.log(results);
