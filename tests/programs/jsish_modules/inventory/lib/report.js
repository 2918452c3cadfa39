// report module: reads the store and config through require, never touches their private state
console.log('report: evaluating');
const store = require('./store');
const config = require('../config.js');
function total() {
  let t = 0;
  for (const [, item] of store.entries()) {
    t += item.qty * item.price;
  }
  return t;
}
exports.summary = () => `${store.entries().length} items worth ${total().toFixed(2)} ${config.currency}`;
exports.lines = function () {
  return store.entries().map(([name, item]) => `${name.padStart(8)} x${String(item.qty).padStart(3)} @ ${item.price.toFixed(2)}`);
};
