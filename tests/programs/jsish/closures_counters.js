// closures_counters: closures capturing variables, counters, independent instances, curried adders, nested scopes, module pattern
function makeCounter(start) {
  let n = start;
  return {
    inc: function () {
      n++;
      return n;
    },
    dec: function () {
      n--;
      return n;
    },
    get: function () {
      return n;
    }
  };
}
const c1 = makeCounter(0);
const c2 = makeCounter(100);
console.log(c1.inc(), c1.inc(), c2.dec(), c1.get(), c2.get());
function adder(a) {
  return function (b) {
    return function (c) {
      return a + b + c;
    };
  };
}
console.log(adder(1)(2)(3), adder('a')('b')('c'));
const add5 = adder(5)(0);
console.log(add5(1), add5(10));
function makeAccumulator() {
  const items = [];
  return function (x) {
    items.push(x);
    return items.slice();
  };
}
const acc = makeAccumulator();
acc(1);
acc(2);
console.log(acc(3));
function makeIdGen(prefix) {
  let id = 0;
  return () => prefix + '-' + (++id);
}
const ga = makeIdGen('a');
const gb = makeIdGen('b');
console.log(ga(), ga(), gb(), ga(), gb());
function outer() {
  let x = 'outer';
  function middle() {
    let y = 'middle';
    function inner() {
      return x + '/' + y;
    }
    x = 'changed';
    return inner;
  }
  return middle();
}
console.log(outer()());
const bank = (function () {
  let balance = 0;
  const log = [];
  return {
    deposit(n) {
      balance += n;
      log.push('d' + n);
    },
    withdraw(n) {
      if (n <= balance) {
        balance -= n;
        log.push('w' + n);
      } else {
        log.push('x' + n);
      }
    },
    report() {
      return balance + ' ' + log.join(',');
    }
  };
})();
bank.deposit(50);
bank.withdraw(20);
bank.withdraw(100);
console.log(bank.report(), bank.balance);
