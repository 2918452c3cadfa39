// counter module: private module-level state exposed through exported functions
console.log('counter: evaluating');
let hits = 0;
let loadCount = 0;
const secret = 'hidden';
loadCount++;
exports.increment = function () {
  hits++;
  return hits;
};
exports.value = () => hits;
exports.loads = () => loadCount;
