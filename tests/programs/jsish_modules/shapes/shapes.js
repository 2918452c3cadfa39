// shapes module: class hierarchy with a module-private instance counter
let instances = 0;
const PI_APPROX = 3.14159;
class Shape {
  constructor(name) {
    this.name = name;
    instances++;
  }
  area() {
    return 0;
  }
  describe() {
    return `${this.name} area=${this.area().toFixed(2)}`;
  }
  static count() {
    return instances;
  }
}
class Circle extends Shape {
  constructor(r) {
    super('circle');
    this.r = r;
  }
  area() {
    return PI_APPROX * this.r * this.r;
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
module.exports = { Shape, Circle, Rect };
