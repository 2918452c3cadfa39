// store module: private Map of items plus an operation history
console.log('store: evaluating');
const config = require('../config');
const errors = require('./errors');
const items = new Map();
const history = [];
function add(name, qty, price) {
  const cur = items.get(name) || { qty: 0, price };
  cur.qty += qty;
  cur.price = price;
  items.set(name, cur);
  history.push(['add', name, qty]);
}
function remove(name, qty) {
  const cur = items.get(name);
  if (!cur) {
    throw new errors.UnknownItem(name);
  }
  if (cur.qty < qty) {
    throw new errors.OutOfStock(name, cur.qty, qty);
  }
  cur.qty -= qty;
  history.push(['remove', name, qty]);
}
function snapshot() {
  const out = {};
  for (const [name, { qty, price }] of items) {
    out[name] = { qty, price, low: qty <= config.lowStock };
  }
  return out;
}
module.exports = { add, remove, snapshot, entries: () => [...items.entries()], historyLength: () => history.length };
