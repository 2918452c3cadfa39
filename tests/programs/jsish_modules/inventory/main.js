// inventory project: modules in a subfolder, relative paths with ../, shared mutable config object, evaluation order
console.log('main: loading store');
const store = require('./lib/store');
console.log('main: loading report');
const report = require('./lib/report');
const config = require('./config');
store.add('widget', 3, 2.5);
store.add('gadget', 10, 0.99);
store.add('widget', 2, 2.5);
store.add('gizmo', 1, 100);
console.log(report.summary());
config.currency = 'EUR';
console.log(report.summary());
try {
  store.remove('doohickey', 1);
} catch (e) {
  console.log(e.name, e.message);
}
store.remove('gadget', 4);
try {
  store.remove('gizmo', 2);
} catch (e) {
  console.log(e.name, e.message);
}
console.log(store.snapshot());
console.log(report.lines().join('\n'));
console.log(require('./lib/store') === store, require('./config').currency);
console.log('history length', store.historyLength(), typeof items, typeof history);
