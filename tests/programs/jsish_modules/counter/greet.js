// greet module: module.exports replaced by a function that also carries properties
const prefix = 'Hello, ';
function greet(name) {
  return prefix + name + '!';
}
greet.shout = (s) => s.toUpperCase() + '!!';
module.exports = greet;
