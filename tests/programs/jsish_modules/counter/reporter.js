// reporter module: requires counter again (must reuse the cached instance)
console.log('reporter: evaluating');
const counter = require('./counter');
let reports = 0;
function report() {
  reports++;
  return `report #${reports}: count=${counter.value()} loads=${counter.loads()}`;
}
module.exports = { report, name: 'reporter' };
