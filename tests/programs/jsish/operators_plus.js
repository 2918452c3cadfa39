// operators_plus: + with strings and numbers, ToPrimitive via valueOf/toString, arrays/null/undefined/booleans in arithmetic
console.log(1 + 2 + '3', '1' + 2 + 3, 1 + '2' - 1, '5' - '2', '5' * '2', '10' / '4');
console.log('a' + 1, 1 + 'a', 'a' + -1, 'x' + 1.5, 'n' + NaN, 'i' + Infinity, 's' + -0);
console.log(true + 1, true + true, false - 1, true + '1', null + 1, null + 'x');
console.log(undefined + 1, undefined + 'x', null + null, null + undefined, true + null);
console.log([] + [], [] + {}, [1] + [2], [1, 2] + [3], [1, [2, [3]]] + '', [] + 1, [5] * 2);
console.log([null] + '', [undefined] + '', [null, undefined, 1] + '', [[]] + '', [true] + 1);
console.log({} + 'x', 'x' + {}, String({}), [] - 1, [2] - [1], ['3'] * ['4']);
const money = {
  amount: 42,
  valueOf: function () {
    return this.amount;
  },
  toString: function () {
    return '$' + this.amount;
  }
};
console.log(money + 1, money * 2, money + 'x', `${money}`, String(money), money > 41);
console.log([money] + '', money - '2', 'cost: ' + money);
const onlyToString = {
  toString: function () {
    return '7';
  }
};
console.log(onlyToString + 1, onlyToString * 2, onlyToString - 1, onlyToString + onlyToString);
const onlyValueOf = {
  valueOf: function () {
    return 3;
  }
};
console.log(onlyValueOf + 1, onlyValueOf + '!', String(onlyValueOf), `${onlyValueOf}`);
const boolish = {
  valueOf: function () {
    return true;
  }
};
console.log(boolish + 1, boolish + '', boolish * 10);
class Vec {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  toString() {
    return 'Vec(' + this.x + ',' + this.y + ')';
  }
}
const v = new Vec(1, 2);
console.log('v=' + v, v + 1, `${v}`, [v, v].join(' | '));
class Celsius {
  constructor(t) {
    this.t = t;
  }
  valueOf() {
    return this.t;
  }
}
const temps = [new Celsius(30), new Celsius(12), new Celsius(21)];
console.log(temps[0] + temps[1], temps[0] > temps[2], temps[1] < temps[2], temps[0] - temps[2]);
function f() {}
console.log(typeof (f + ''), (1 + 2) + '' === '3', 1 + +'2', '3' - -'3', - '', + ' ');
console.log('b' + 'a' + +'a' + 'a');
let s = '';
for (let i = 0; i < 5; i++) {
  s = s + i + ',';
}
console.log(s);
console.log('10' < '9', 10 < 9, '10' < 9, 'abc' < 'abd', 'Z' < 'a', 'a' < 'aa');
console.log(null >= 0, null > 0, null == 0, undefined >= 0, NaN <= NaN, [2] > 1);
console.log(1 < 2 < 3, 3 > 2 > 1, '2' > '12', 2 > '12');
const calls = [];
const tracer = {
  valueOf: function () {
    calls.push('valueOf');
    return 1;
  },
  toString: function () {
    calls.push('toString');
    return 'T';
  }
};
const r1 = tracer + '';
const r2 = `${tracer}`;
const r3 = tracer * 1;
console.log(r1, r2, r3, calls.join(','));
