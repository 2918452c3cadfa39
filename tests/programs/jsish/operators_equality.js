// operators_equality: == and === including null/undefined, coercions, NaN, object identity
console.log(1 == 1, 1 === 1, 1 == '1', 1 === '1', 0 == '', 0 === '');
console.log(null == undefined, null === undefined, null == 0, undefined == 0, null == false);
console.log(undefined == false, null == null, undefined === undefined, null == '');
console.log(NaN == NaN, NaN === NaN, NaN != NaN, NaN !== NaN);
console.log(true == 1, true === 1, true == '1', false == '0', false == '', true == 'true');
console.log('0' == false, '0' == 0, '' == '0', ' \n' == 0, '1e1' == 10, '0x10' == 16);
console.log([] == false, [] == 0, [] == '', [0] == false, [1] == 1, [1, 2] == '1,2');
console.log([] == [], [] === [], {} == {}, '[object Object]' == {});
const a = { x: 1 };
const b = a;
const c = { x: 1 };
console.log(a == b, a === b, a == c, a === c, a != c, a !== b);
const arr = [1, 2];
const arr2 = arr;
arr2.push(3);
console.log(arr === arr2, arr.length, arr == '1,2,3');
console.log(-0 == 0, -0 === 0, Infinity == Infinity, -Infinity === -Infinity);
console.log('abc' == 'abc', 'abc' === 'ab' + 'c', 'a' == 'A', '1.0' == 1, '1.0' == '1');
const withValue = {
  valueOf: function () {
    return 5;
  }
};
console.log(withValue == 5, withValue === 5, withValue == '5', withValue != 6);
function f() {}
const g = f;
console.log(f == g, f === g, function () {} == function () {});
console.log(undefined == 'undefined', null == 'null', typeof null == 'object');
console.log(1 != '1', 1 !== '1', null != undefined, null !== undefined);
const values = [0, 1, '', '0', '1', null, undefined, NaN, false, true, [], 'a'];
const names = ['0', '1', "''", "'0'", "'1'", 'null', 'undef', 'NaN', 'false', 'true', '[]', "'a'"];
for (let i = 0; i < values.length; i++) {
  let row = names[i].padStart(6, ' ') + ' ';
  for (let j = 0; j < values.length; j++) {
    row += values[i] == values[j] ? '=' : '.';
    row += values[i] === values[j] ? '#' : ' ';
  }
  console.log(row);
}
function find(list, target) {
  for (let i = 0; i < list.length; i++) {
    if (list[i] === target) {
      return i;
    }
  }
  return -1;
}
console.log(find([1, '1', 2], '1'), find([1, '1', 2], 1), find([NaN], NaN), [NaN].indexOf(NaN));
console.log(Object.is(NaN, 0 / 0), Object.is('a', 'a'), Object.is(a, c), Object.is(a, b));
const x = 3;
switch (true) {
  case x == '3':
    console.log('loose match');
    break;
  default:
    console.log('no match');
}
