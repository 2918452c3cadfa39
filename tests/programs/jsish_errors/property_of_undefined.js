// a runtime TypeError two calls deep
function f(o) {
  return o.x.y;
}
function g() {
  return f({});
}
console.log("before");
g();
