// square module: extends a class imported from another module
const { Rect } = require('./shapes');
class Square extends Rect {
  constructor(side) {
    super(side, side);
    this.name = 'square';
  }
}
module.exports.Square = Square;
