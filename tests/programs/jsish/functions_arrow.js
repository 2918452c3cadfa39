// functions_arrow: arrow functions (expression/block bodies, lexical this and arguments), function printing, recursion
const sq = (x) => x * x;
const add = (a, b) => a + b;
const noArgs = () => 'none';
const obj = () => ({ wrapped: true });
const block = (n) => {
  const r = [];
  for (let i = 0; i < n; i++) {
    r.push(i);
  }
  return r;
};
const bare = x => x + 1;
console.log(sq(7), add(2, 3), noArgs(), obj(), block(4), bare(1));
console.log([1, 2, 3].map((x) => x * 10), [1, 2, 3].map(x => ({ v: x })));
const timer = {
  ticks: 0,
  name: 'timer',
  start() {
    const steps = [1, 2, 3];
    steps.forEach((s) => {
      this.ticks += s;
    });
    return this.ticks;
  },
  startClassic() {
    const self = this;
    [10, 20].forEach(function (s) {
      self.ticks += s;
    });
    return this.ticks;
  },
  nested() {
    const level1 = () => {
      const level2 = () => this.name;
      return level2();
    };
    return level1();
  }
};
console.log(timer.start(), timer.startClassic(), timer.nested());
class Clicker {
  constructor(label) {
    this.label = label;
    this.count = 0;
    this.handler = () => {
      this.count++;
      return this.label + ':' + this.count;
    };
  }
}
const clicker = new Clicker('btn');
const h = clicker.handler;
console.log(h(), h(), clicker.count);
function outer() {
  const arrow = () => arguments.length + ':' + arguments[0];
  return arrow('ignored', 'also');
}
console.log(outer('first', 'second', 'third'));
function sumAll() {
  let total = 0;
  for (let i = 0; i < arguments.length; i++) {
    total += arguments[i];
  }
  return total;
}
console.log(sumAll(), sumAll(1), sumAll(1, 2, 3, 4));
const curry = (a) => (b) => (c) => a * b * c;
console.log(curry(2)(3)(4));
const fact = (n) => (n <= 1 ? 1 : n * fact(n - 1));
console.log(fact(10), fact(20));
function named() {}
const anon = function () {};
const arrowFn = () => {};
const namedExpr = function inner() {};
console.log(named, anon, arrowFn, namedExpr);
console.log([named, () => 1], { f: named, g: function () {} });
console.log(named.name, anon.name, arrowFn.name, namedExpr.name, (() => 1).name);
console.log(typeof arrowFn, typeof named, typeof (() => 1));
const ops = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b
};
const exprs = [[6, '+', 2], [6, '-', 2], [6, '*', 2], [6, '/', 4]];
for (const e of exprs) {
  console.log(e[0], e[1], e[2], '=', ops[e[1]](e[0], e[2]));
}
const pipeline = [(x) => x + 1, (x) => x * 3, (x) => x - 2, String, (s) => s + '!'];
let val = 4;
for (const f of pipeline) {
  val = f(val);
}
console.log(val, typeof val);
function applyTwice(f, x) {
  return f(f(x));
}
console.log(applyTwice((s) => s + s, 'ab'), applyTwice(sq, 3));
const counterFactory = () => {
  let c = 0;
  return () => ++c;
};
const cf = counterFactory();
cf();
cf();
console.log(cf());
(function () {
  console.log('IIFE ran');
})();
(() => console.log('arrow IIFE ran'))();
const immediate = ((a, b) => a - b)(10, 3);
console.log(immediate);
