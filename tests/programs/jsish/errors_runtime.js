// errors_runtime: engine-raised TypeError/ReferenceError/RangeError caught as JS errors (only name and instanceof printed)
function attempt(label, fn) {
  try {
    const v = fn();
    console.log(label, 'ok', v);
  } catch (e) {
    console.log(label, e.name, e instanceof TypeError, e instanceof ReferenceError, e instanceof Error);
  }
}
const nothing = null;
let undef;
attempt('null.prop', () => nothing.prop);
attempt('undefined.prop', () => undef.prop);
attempt('null[0]', () => nothing[0]);
attempt('set on null', () => {
  nothing.x = 1;
});
attempt('set on undefined', () => {
  undef.x = 1;
});
attempt('deep missing', () => ({ a: {} }).a.b.c);
attempt('call non-function', () => {
  const n = 5;
  return n();
});
attempt('call undefined method', () => ({}).missingMethod());
attempt('call string', () => 'str'());
attempt('call null property', () => ({ f: null }).f());
attempt('undeclared variable', () => undeclaredVariableName + 1);
attempt('assign in function ok', () => {
  const o = {};
  o.y = 2;
  return o.y;
});
attempt('new non-constructor', () => new (() => 1)());
attempt('new on number', () => {
  const x = 3;
  return new x();
});
attempt('class without new', () => {
  class C {}
  return C();
});
attempt('invalid array length', () => new Array(-1));
attempt('toFixed range', () => (1).toFixed(101));
attempt('repeat negative', () => 'x'.repeat(-1));
attempt('instanceof non-callable', () => ({}) instanceof 5);
attempt('in on primitive', () => 'a' in 'abc');
attempt('spread non-iterable', () => [...{}]);
attempt('for-of non-iterable', () => {
  for (const x of 5) {
    return x;
  }
});
attempt('destructure undefined', () => {
  const { a } = undefined;
  return a;
});
attempt('super-before-this', () => {
  class A {}
  class B extends A {
    constructor() {
      this.x = 1;
      super();
    }
  }
  return new B();
});
attempt('property of missing element', () => [1, 2][5].x);
attempt('method on number ok', () => (255).toString(16));
attempt('length of undefined', () => undef.length);
attempt('toUpperCase of null', () => nothing.toUpperCase());
let order = [];
try {
  order.push('before');
  const obj = undefined;
  order.push(obj.field);
  order.push('never');
} catch (e) {
  order.push('caught ' + e.name);
} finally {
  order.push('finally');
}
console.log(order);
function safeGet(o, path) {
  let cur = o;
  for (const k of path.split('.')) {
    try {
      cur = cur[k];
    } catch (e) {
      return 'fail at ' + k + ' (' + e.name + ')';
    }
  }
  return cur;
}
const data = { a: { b: { c: 42 } } };
console.log(safeGet(data, 'a.b.c'), safeGet(data, 'a.x.c'), safeGet(data, 'a.x.c.d'));
try {
  missingFunction();
} catch (e) {
  console.log(e.name, e instanceof ReferenceError, e.constructor === ReferenceError);
}
try {
  null.f();
} catch (e) {
  console.log(e.constructor === TypeError, Object.getPrototypeOf(e) === TypeError.prototype, typeof e.message);
}
console.log(typeof undeclaredVariableName, 'still running');
