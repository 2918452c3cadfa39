// classes_super: super() ordering with overridden methods called from base constructor, super.method chains, super getters, extending constructor functions
class Base {
  constructor() {
    this.log = ['Base'];
    this.init();
  }
  init() {
    this.log.push('Base.init');
  }
  hello() {
    return 'Base.hello';
  }
}
class Derived extends Base {
  constructor() {
    super();
    this.log.push('Derived');
  }
  init() {
    this.log.push('Derived.init');
  }
  hello() {
    return 'Derived>' + super.hello();
  }
}
class MoreDerived extends Derived {
  hello() {
    return 'More>' + super.hello();
  }
}
const d = new Derived();
console.log(d.log, d.hello());
const md = new MoreDerived();
console.log(md.log, md.hello(), md);
class Animal {
  constructor(name) {
    this.name = name;
  }
  speak() {
    return this.name + ' makes a sound';
  }
  get tag() {
    return '#' + this.name.toLowerCase();
  }
}
class Dog extends Animal {
  speak() {
    return super.speak() + ' (woof)';
  }
  get tag() {
    return super.tag + '-dog';
  }
}
const dog = new Dog('Rex');
console.log(dog.speak(), dog.tag, dog);
class Counter {
  constructor() {
    this.count = 0;
  }
  inc() {
    this.count++;
    return this;
  }
}
class StepCounter extends Counter {
  constructor(step) {
    super();
    this.step = step;
  }
  inc() {
    for (let i = 0; i < this.step; i++) {
      super.inc();
    }
    return this;
  }
}
const sc = new StepCounter(3);
sc.inc().inc();
console.log(sc.count, sc);
function OldStyle(v) {
  this.v = v;
}
OldStyle.prototype.get = function () {
  return this.v;
};
class NewStyle extends OldStyle {
  constructor(v) {
    super(v * 2);
  }
}
const ns = new NewStyle(21);
console.log(ns.get(), ns instanceof OldStyle, ns);
