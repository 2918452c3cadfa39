// closures_functional: closures as higher-order helpers: memoize, once, compose, shared captured state across functions
function memoize(fn) {
  const cache = {};
  let hits = 0;
  const wrapped = function (n) {
    if (n in cache) {
      hits++;
      return cache[n];
    }
    const v = fn(n);
    cache[n] = v;
    return v;
  };
  wrapped.hits = function () {
    return hits;
  };
  return wrapped;
}
const fib = memoize(function (n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
});
console.log(fib(30), fib(50), fib(78), fib.hits());
function once(fn) {
  let done = false;
  let result;
  return function (...args) {
    if (!done) {
      done = true;
      result = fn(...args);
    }
    return result;
  };
}
let initCalls = 0;
const init = once(function (x) {
  initCalls++;
  return 'init:' + x;
});
console.log(init(1), init(2), init(3), initCalls);
let shared = 0;
const incShared = () => ++shared;
const readShared = () => shared;
incShared();
incShared();
shared += 10;
console.log(readShared());
function compose() {
  const fns = arguments;
  return function (x) {
    let r = x;
    for (let i = fns.length - 1; i >= 0; i--) {
      r = fns[i](r);
    }
    return r;
  };
}
const inc = (x) => x + 1;
const dbl = (x) => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7));
function partial(fn, ...bound) {
  return (...rest) => fn(...bound, ...rest);
}
const volume = (l, w, h) => l * w * h;
const base10 = partial(volume, 10);
const base10x2 = partial(volume, 10, 2);
console.log(base10(2, 3), base10x2(7), partial(volume)(1, 2, 3));
function debounceLike() {
  const calls = [];
  let pending = null;
  return {
    call(v) {
      pending = v;
    },
    flush() {
      if (pending !== null) {
        calls.push(pending);
        pending = null;
      }
      return calls.slice();
    }
  };
}
const d = debounceLike();
d.call(1);
d.call(2);
console.log(d.flush());
d.call(3);
console.log(d.flush(), d.flush());
