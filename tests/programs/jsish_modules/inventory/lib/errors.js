// errors module: custom error classes
console.log('errors: evaluating');
class InventoryError extends Error {}
class UnknownItem extends InventoryError {
  constructor(name) {
    super('unknown item: ' + name);
    this.name = 'UnknownItem';
  }
}
class OutOfStock extends InventoryError {
  constructor(name, have, want) {
    super(`only ${have} of ${name}, wanted ${want}`);
    this.name = 'OutOfStock';
  }
}
module.exports = { InventoryError, UnknownItem, OutOfStock };
