// classes_basic: ES2015 classes, constructors, methods, getters/setters, static methods (state stored on the class), class printing
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  add(other) {
    return new Point(this.x + other.x, this.y + other.y);
  }
  get length() {
    return Math.sqrt(this.x * this.x + this.y * this.y);
  }
  toString() {
    return `(${this.x}, ${this.y})`;
  }
  static origin() {
    return new Point(0, 0);
  }
  static distance(a, b) {
    return Math.hypot(a.x - b.x, a.y - b.y);
  }
}
const p = new Point(3, 4);
const q = p.add(new Point(1, 1));
console.log(p, q, p.length, q.length);
console.log(String(p), `${q}`, 'p=' + p);
console.log(Point.origin(), Point.distance(p, Point.origin()));
console.log(typeof Point, p instanceof Point, Object.keys(p), p.constructor === Point);
console.log(Point);
class Temperature {
  constructor(celsius) {
    this._c = celsius;
  }
  get fahrenheit() { return this._c * 9 / 5 + 32; }
  set fahrenheit(f) { this._c = (f - 32) * 5 / 9; }
  get celsius() { return this._c; }
  set celsius(c) {
    if (c < -273.15) {
      throw new RangeError('below absolute zero: ' + c);
    }
    this._c = c;
  }
}
const t = new Temperature(100);
console.log(t.fahrenheit, t.celsius);
t.fahrenheit = 32;
console.log(t.celsius, t.fahrenheit);
t.celsius = -40;
console.log(t.fahrenheit);
try {
  t.celsius = -300;
} catch (e) {
  console.log(e.name, e.message, t.celsius);
}
class Registry {
  static reset() {
    Registry.count = 0;
    Registry.items = [];
  }
  static register(name) {
    Registry.count++;
    this.items.push(name);
    return Registry.count;
  }
}
Registry.reset();
console.log(Registry.register('a'), Registry.register('b'), Registry.count, Registry.items);
class Account {
  constructor(owner) {
    this.balance = 0;
    this.history = [];
    this.owner = owner;
  }
  deposit(n) {
    this.balance += n;
    this.history.push('+' + n);
    return this;
  }
  withdraw(n) {
    if (n > this.balance) {
      throw new Error('insufficient funds');
    }
    this.balance -= n;
    this.history.push('-' + n);
    return this;
  }
}
const acct = new Account('ann');
acct.deposit(100).withdraw(30).deposit(5);
console.log(acct);
try {
  acct.withdraw(1000);
} catch (e) {
  console.log('caught:', e.message, acct.balance);
}
class Empty {}
console.log(new Empty(), Empty, typeof new Empty());
const Anon = class {
  hi() { return 'hi'; }
};
console.log(new Anon().hi(), Anon);
class Stack {
  constructor() {
    this.items = [];
  }
  push(v) { this.items.push(v); }
  pop() { return this.items.pop(); }
  get size() { return this.items.length; }
  peek() { return this.items[this.items.length - 1]; }
}
const s = new Stack();
s.push(1);
s.push('two');
s.push([3]);
console.log(s.size, s.peek(), s.pop(), s.pop(), s.size, s);
const other = new Point(7, 8);
other.toString = p.toString;
console.log(other + '', other.length);
