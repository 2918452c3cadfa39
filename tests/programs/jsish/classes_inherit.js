// classes_inherit: extends, super() in constructors, super.method(), overriding, static inheritance, instanceof, class printing
class Shape {
  constructor(name) {
    this.name = name;
  }
  area() {
    return 0;
  }
  describe() {
    return `${this.name} with area ${this.area()}`;
  }
  static create(kind, size) {
    if (kind === 'square') {
      return new Square(size);
    }
    return new Circle(size);
  }
  static kinds() {
    return ['shape'];
  }
}
class Rect extends Shape {
  constructor(w, h) {
    super('rect');
    this.w = w;
    this.h = h;
  }
  area() {
    return this.w * this.h;
  }
}
class Square extends Rect {
  constructor(s) {
    super(s, s);
    this.name = 'square';
  }
  describe() {
    return 'Square! ' + super.describe();
  }
  static kinds() {
    return super.kinds().concat(['rect', 'square']);
  }
}
class Circle extends Shape {
  constructor(r) {
    super('circle');
    this.r = r;
  }
  area() {
    return Math.round(Math.PI * this.r * this.r * 100) / 100;
  }
}
const shapes = [new Rect(2, 3), new Square(4), new Circle(1), Shape.create('square', 2), Shape.create('circle', 2)];
for (const s of shapes) {
  console.log(s.describe());
}
console.log(shapes);
const sq = shapes[1];
console.log(sq instanceof Square, sq instanceof Rect, sq instanceof Shape, sq instanceof Circle, sq instanceof Object);
console.log(Square.kinds(), Rect.kinds(), Square.create === Shape.create);
console.log(Object.getPrototypeOf(Square) === Rect, Object.getPrototypeOf(Square.prototype) === Rect.prototype);
console.log(Shape, Rect, Square, Circle);
console.log([Shape, Square], { cls: Circle });
