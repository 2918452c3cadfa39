// closures_loops: closures created in loops with let (fresh binding per iteration) vs var (shared binding)
const withVar = [];
for (var i = 0; i < 3; i++) {
  withVar.push(function () {
    return i;
  });
}
console.log(withVar.map(function (f) { return f(); }), i);
const withLet = [];
for (let j = 0; j < 3; j++) {
  withLet.push(() => j);
}
console.log(withLet.map((f) => f()), typeof j);
const mutated = [];
for (let k = 0; k < 6; k++) {
  mutated.push(() => k);
  k++;
}
console.log(mutated.map((f) => f()));
const afterIncrement = [];
for (let a = 0; a < 3; a++) {
  afterIncrement.push(() => a);
}
console.log(afterIncrement[0](), afterIncrement[2]());
const readsNext = [];
for (let b = 0; b < 3; b++) {
  readsNext.push(function () {
    b += 10;
    return b;
  });
}
console.log(readsNext[0](), readsNext[0](), readsNext[1](), readsNext[2]());
const forOf = [];
for (const v of ['x', 'y', 'z']) {
  forOf.push(() => v.toUpperCase());
}
console.log(forOf.map((f) => f()).join(''));
const forIn = [];
for (const key in { p: 1, q: 2 }) {
  forIn.push(() => key);
}
console.log(forIn.map((f) => f()));
const varForIn = [];
for (var vk in { p: 1, q: 2 }) {
  varForIn.push(() => vk);
}
console.log(varForIn.map((f) => f()));
const whileFns = [];
let w = 0;
while (w < 3) {
  const captured = w;
  let alsoCaptured = w * 10;
  whileFns.push(() => captured + ':' + alsoCaptured);
  w++;
}
console.log(whileFns.map((f) => f()));
const sharedWhile = [];
let sw = 0;
while (sw < 3) {
  sharedWhile.push(() => sw);
  sw++;
}
console.log(sharedWhile.map((f) => f()));
const iife = [];
for (var m = 0; m < 3; m++) {
  iife.push((function (captured) {
    return function () {
      return captured * captured;
    };
  })(m));
}
console.log(iife.map((f) => f()));
const nested = [];
for (let r = 0; r < 2; r++) {
  for (let c = 0; c < 2; c++) {
    nested.push(() => r + '' + c);
  }
}
console.log(nested.map((f) => f()).join(' '));
const blocks = [];
for (let n = 0; n < 3; n++) {
  let local = n * 2;
  {
    let inner = local + 1;
    blocks.push(() => [n, local, inner]);
  }
}
console.log(blocks.map((f) => f()));
const handlers = {};
const names = ['save', 'load', 'quit'];
for (let idx = 0; idx < names.length; idx++) {
  handlers[names[idx]] = () => 'handler #' + idx + ' for ' + names[idx];
}
console.log(handlers.load(), handlers.quit(), handlers.save());
const breakers = [];
for (let z = 0; ; z++) {
  if (z >= 4) {
    break;
  }
  if (z === 1) {
    continue;
  }
  breakers.push(() => z);
}
console.log(breakers.map((f) => f()));
let total = 0;
const adders = [];
for (let t = 1; t <= 4; t++) {
  adders.push(() => {
    total += t;
  });
}
adders.forEach((f) => f());
adders[3]();
console.log(total);
