// functions_params: default parameters, rest parameters, arguments object, missing/extra args, recursion
function greet(name = 'world', punct = '!') {
  return 'hello ' + name + punct;
}
console.log(greet(), greet('bob'), greet('amy', '?'), greet(undefined, '.'), greet(null));
function defaultsRefer(a, b = a * 2, c = a + b) {
  return [a, b, c];
}
console.log(defaultsRefer(1), defaultsRefer(1, 5), defaultsRefer(2, undefined, 0));
let calls = 0;
function sideDefault(x = ++calls) {
  return x;
}
console.log(sideDefault(), sideDefault(10), sideDefault(), calls);
function defaultObj(opts = { verbose: false, level: 1 }) {
  return opts;
}
const d1 = defaultObj();
const d2 = defaultObj();
console.log(d1, d1 === d2);
function rest(first, ...others) {
  return [first, others, others.length, Array.isArray(others)];
}
console.log(rest(1), rest(1, 2), rest(1, 2, 3, 4), rest());
function sum(...nums) {
  let t = 0;
  for (const n of nums) {
    t += n;
  }
  return t;
}
console.log(sum(), sum(1, 2, 3), sum(...[4, 5, 6], 7));
function argsInfo() {
  return [arguments.length, typeof arguments, Array.isArray(arguments), arguments[0], arguments[5]];
}
console.log(argsInfo(), argsInfo('a', 'b'));
function argsToArray() {
  const out = [];
  for (let i = 0; i < arguments.length; i++) {
    out.push(arguments[i]);
  }
  return out;
}
console.log(argsToArray(3, 'x', null, undefined));
function fewer(a, b, c) {
  return [a, b, c, arguments.length];
}
console.log(fewer(1), fewer(1, 2, 3, 4, 5));
function maxOf() {
  let m = -Infinity;
  for (let i = 0; i < arguments.length; i++) {
    if (arguments[i] > m) {
      m = arguments[i];
    }
  }
  return m;
}
console.log(maxOf(3, 9, 2), maxOf());
function recurse(n, acc = []) {
  if (n === 0) {
    return acc;
  }
  acc.push(n);
  return recurse(n - 1, acc);
}
console.log(recurse(5));
function ackermann(m, n) {
  if (m === 0) {
    return n + 1;
  }
  if (n === 0) {
    return ackermann(m - 1, 1);
  }
  return ackermann(m - 1, ackermann(m, n - 1));
}
console.log(ackermann(2, 3), ackermann(3, 3));
function hanoi(n, from, to, via, moves) {
  if (n === 0) {
    return moves;
  }
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + to);
  hanoi(n - 1, via, to, from, moves);
  return moves;
}
console.log(hanoi(3, 'A', 'C', 'B', []).join(' '));
function format(template, ...values) {
  let out = template;
  for (let i = 0; i < values.length; i++) {
    out = out.replace('{}', String(values[i]));
  }
  return out;
}
console.log(format('{} + {} = {}', 1, 2, 3), format('no placeholders', 1), format('{} {}', 'only one'));
const withDefaultArrow = (a, b = 10) => a + b;
console.log(withDefaultArrow(1), withDefaultArrow(1, 1), withDefaultArrow(1, undefined));
function deep(n) {
  return n === 0 ? 0 : 1 + deep(n - 1);
}
console.log(deep(2000));
