// util module: helpers attached to exports one by one
const shapes = require('./shapes');
exports.PRECISION = 3;
exports.fmt = function (x) {
  return x.toFixed(exports.PRECISION);
};
exports.sum = (xs) => xs.reduce((a, b) => a + b, 0);
exports.sortBy = function (xs, key) {
  return xs.slice().sort((a, b) => key(a) - key(b));
};
exports.counts = function (xs) {
  const m = new Map();
  for (const x of xs) {
    m.set(x, (m.get(x) || 0) + 1);
  }
  return m;
};
exports.created = () => 'created so far: ' + shapes.Shape.count();
