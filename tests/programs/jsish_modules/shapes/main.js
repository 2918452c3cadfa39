// shapes project: modules exporting classes and helpers, inheritance across modules, instanceof across module boundaries
const { Shape, Circle, Rect } = require('./shapes');
const util = require('./util');
const shapesModule = require('./shapes.js');
console.log(shapesModule.Circle === Circle, typeof Shape, Object.keys(shapesModule));
const list = [new Circle(1), new Rect(2, 3), new Circle(0.5), new Rect(4, 4)];
for (const s of list) {
  console.log(s.describe(), s instanceof Shape, util.fmt(s.area()));
}
console.log(list);
console.log('total area', util.fmt(util.sum(list.map((s) => s.area()))));
const sorted = util.sortBy(list, (s) => s.area());
console.log(sorted.map((s) => s.name));
console.log(util.counts(list.map((s) => s.name)));
console.log(Circle, Rect);
console.log(util.created(), Shape.count());
const { Square } = require('./square');
const sq = new Square(3);
console.log(sq, sq instanceof Rect, sq instanceof Shape, sq.describe(), Shape.count());
console.log(typeof PI_APPROX, util.PRECISION);
