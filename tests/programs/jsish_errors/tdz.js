function f() {
  return x;
}
f();
let x = 1;
