// scope_hoisting: var hoisting, function declaration hoisting, let/const block scope, shadowing, TDZ
console.log(typeof hoisted, hoisted);
var hoisted = 'now set';
console.log(hoisted);
console.log(declaredLater(3));
function declaredLater(x) {
  return x * 10;
}
console.log(typeof fnExpr);
var fnExpr = function () {
  return 'expr';
};
console.log(fnExpr());
function varInBlocks() {
  console.log('before', v);
  if (true) {
    var v = 1;
  }
  for (var q = 0; q < 2; q++) {
    var inLoop = q;
  }
  return [v, q, inLoop];
}
console.log(varInBlocks());
function letInBlocks() {
  let a = 'outer';
  {
    let a = 'inner';
    const b = 'block';
    console.log(a, b);
  }
  console.log(a, typeof b);
  if (true) {
    let a = 'if';
    console.log(a);
  }
  return a;
}
console.log(letInBlocks());
function tdz() {
  try {
    console.log(early);
  } catch (e) {
    console.log('TDZ error:', e.name);
  }
  let early = 1;
  return early;
}
console.log(tdz());
const fixed = 5;
try {
  fixed = 6;
} catch (e) {
  console.log('const assign:', e.name, e instanceof TypeError, fixed);
}
const obj = { n: 1 };
obj.n = 2;
console.log(obj);
function shadow() {
  const x = 'fn';
  function inner() {
    const x = 'inner';
    return x;
  }
  return [x, inner()];
}
console.log(shadow());
var globalVar = 'g';
function readsGlobal() {
  return globalVar;
}
globalVar = 'g2';
console.log(readsGlobal());
function hoistInside() {
  return helper() + ' ' + value;
  function helper() {
    return 'helper';
  }
  var value = 'never';
}
console.log(hoistInside());
function paramShadow(x) { var x; return x; }
console.log(paramShadow(42));
function redeclare() { var r = 1; var r = 2; return r; }
console.log(redeclare());
let counter = 0;
{
  let counter = 100;
  counter++;
  console.log('inner counter', counter);
}
console.log('outer counter', counter);
function mutual(n) {
  return n === 0 ? 'even' : odd(n - 1);
}
function odd(n) {
  return n === 0 ? 'odd' : mutual(n - 1);
}
console.log(mutual(10), mutual(7));
for (let i = 0; i < 2; i++) {
  let i2 = i * 2;
  console.log('loop', i, i2);
}
console.log(typeof i2);
let sw = 'b';
switch (sw) {
  case 'a': {
    let msg = 'is a';
    console.log(msg);
    break;
  }
  case 'b': {
    let msg = 'is b';
    console.log(msg);
    break;
  }
}
