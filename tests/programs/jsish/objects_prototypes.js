// objects_prototypes: constructor functions with new/this, prototype chains, Object.create, instanceof, method lookup
function Animal(name, sound) {
  this.name = name;
  this.sound = sound;
}
Animal.prototype.speak = function () {
  return this.name + ' says ' + this.sound;
};
Animal.prototype.legs = 4;
const cat = new Animal('Cat', 'meow');
const bird = new Animal('Bird', 'tweet');
bird.legs = 2;
console.log(cat.speak(), bird.speak(), cat.legs, bird.legs);
console.log(cat instanceof Animal, cat instanceof Object, Object.getPrototypeOf(cat) === Animal.prototype);
console.log(Object.keys(cat), cat.constructor === Animal, 'speak' in cat, 'legs' in cat);
console.log(cat);
function Dog(name) {
  Animal.call(this, name, 'woof');
  this.tricks = [];
}
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.constructor = Dog;
Dog.prototype.learn = function (t) {
  this.tricks.push(t);
  return this;
};
Dog.prototype.speak = function () {
  return Animal.prototype.speak.call(this) + '!';
};
const rex = new Dog('Rex');
rex.learn('sit').learn('roll');
console.log(rex.speak(), rex.tricks, rex.legs);
console.log(rex instanceof Dog, rex instanceof Animal, cat instanceof Dog);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(rex)) === Animal.prototype);
Animal.prototype.describe = function () {
  return '<' + this.name + '>';
};
console.log(cat.describe(), rex.describe());
const base = { greet() { return 'hi from ' + this.id; }, kind: 'base' };
const mid = Object.create(base);
mid.kind = 'mid';
const leaf = Object.create(mid);
leaf.id = 'leaf';
console.log(leaf.greet(), leaf.kind, mid.kind, base.kind);
console.log(Object.getPrototypeOf(leaf) === mid, Object.getPrototypeOf(mid) === base);
console.log(Object.keys(leaf));
const keys = [];
for (const key in leaf) {
  keys.push(key);
}
console.log(keys);
delete mid.kind;
console.log(leaf.kind);
const bare = Object.create(null);
bare.x = 1;
console.log(Object.keys(bare), Object.getPrototypeOf(bare), 'toString' in bare);
function Counter() {
  this.n = 0;
}
Counter.prototype.tick = function () {
  this.n++;
  return this.n;
};
const c1 = new Counter();
const c2 = new Counter();
c1.tick();
c1.tick();
c2.tick();
console.log(c1.n, c2.n, c1.tick === c2.tick);
function Weird() {
  this.a = 1;
  return { b: 2 };
}
function Prim() {
  this.a = 1;
  return 5;
}
console.log(new Weird(), new Prim());
function Shape() {}
Shape.prototype.area = function () {
  return 0;
};
Shape.prototype.toString = function () {
  return this.kind + '(' + this.area() + ')';
};
function Sq(s) {
  this.kind = 'Sq';
  this.s = s;
}
Sq.prototype = Object.create(Shape.prototype);
Sq.prototype.area = function () {
  return this.s * this.s;
};
function Circ(r) {
  this.kind = 'Circ';
  this.r = r;
}
Circ.prototype = Object.create(Shape.prototype);
Circ.prototype.area = function () {
  return Math.round(Math.PI * this.r * this.r);
};
const shapes = [new Sq(2), new Circ(1), new Sq(5)];
console.log(shapes.join(' '), String(shapes[1]), '' + shapes[2]);
console.log(Object.getPrototypeOf([]) === Array.prototype, [] instanceof Array, [] instanceof Object);
console.log(Object.getPrototypeOf({}) === Object.prototype, Object.getPrototypeOf(Object.prototype));
