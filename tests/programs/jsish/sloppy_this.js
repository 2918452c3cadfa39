// Sloppy-mode `this`: a plain call sees the global object, a primitive
// receiver is boxed; "use strict" functions and class code see it as is.
function Point(x, y) { this.x = x; this.y = y; }
Point(3, 4);                       // forgot `new`: sets globals
console.log(typeof x, x, y, globalThis.x === x);

function isGlobal() { return this === globalThis; }
console.log(isGlobal(), isGlobal.call(null), isGlobal.call(undefined), isGlobal.call({}));
console.log(isGlobal.apply(undefined, []), isGlobal.bind(null)());

function strictThis() { "use strict"; return this; }
console.log(strictThis(), strictThis.call(7), typeof strictThis.call("s"));

function outerStrict() {
  "use strict";
  return function inner() { return this; };
}
console.log(outerStrict()());

String.prototype.describe = function () { return typeof this + " <" + this + ">"; };
console.log("abc".describe(), "abc".describe.call(42));
Number.prototype.half = function () { return this / 2; };
console.log((9).half(), typeof (function () { return this; }).call(true));

var tally = 0;
function bump() { this.tally += 1; return this.tally; }
bump(); bump(); bump();
console.log(tally);

function arrowsSeeOuter() { var get = () => this; return get() === globalThis; }
console.log(arrowsSeeOuter(), arrowsSeeOuter.call({}));

function defaultParam(a = this) { return a === globalThis; }
console.log(defaultParam(), defaultParam(1));

class Box { get() { return this; } static s() { return this; } }
var loose = new Box().get, looseStatic = Box.s;
console.log(loose(), looseStatic());

var obj = { name: "obj", who: function () { return this === globalThis ? "global" : this.name; } };
var detached = obj.who;
console.log(obj.who(), detached(), [1].map(obj.who)[0], [1].map(obj.who, obj)[0]);

function checksum(values) {
  this.result = 0;
  for (var i = 0; i < values.length; i++) this.result += values[i];
  return this.result;
}
console.log(checksum([1, 2, 3, 4]), result);
console.log(this === module.exports);
