// Built-ins that ES5-era benchmark scripts reach for: Math.imul/clz32/fround,
// generic Array methods on array-likes, copyWithin and the copying methods,
// Date setters and formats, Object.seal & co., URI encoding, JSON replacers
// and revivers.
function hash(str) {
  var h = 0x811c9dc5;
  for (var i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
console.log(hash("richards"), hash("deltablue"), Math.imul(0xffffffff, 7), Math.imul(-3, "4"));
console.log(Math.clz32(1), Math.clz32(0), Math.clz32(-1), Math.clz32(1000.9));
console.log(Math.fround(0.1), Math.fround(16777217), Math.fround(1e39), Math.asinh(1), Math.acosh(1), Math.atanh(0));

function tail() { return Array.prototype.slice.call(arguments, 1); }
var deck = { 0: "ace", 1: "king", 2: "queen", length: 3 };
console.log(tail(1, 2, 3), Array.prototype.map.call(deck, function (c) { return c.length; }));
Array.prototype.push.call(deck, "jack");
Array.prototype.sort.call(deck);
console.log(deck, Array.prototype.join.call("abc", "-"), Array.prototype.indexOf.call(deck, "king"));
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, -2, -1));
var nums = [5, 3, 9];
console.log(nums.toSorted(), nums.toReversed(), nums.toSpliced(0, 1), nums.with(1, 0), nums);

var d = new Date(2024, 1, 29, 23, 45, 30);
console.log(d.toDateString(), "/", d.toUTCString(), "/", d.toLocaleDateString(), d.toLocaleTimeString());
d.setDate(d.getDate() + 1);
console.log(d.toISOString());
d.setMonth(11, 31); d.setHours(24);
console.log(d.toISOString(), d.getDay(), d.getYear());
d.setFullYear(2023, 0, 1); d.setMinutes(90, 0, 0);
console.log(d.toISOString(), d.setSeconds(5) === d.getTime());

var config = Object.seal({ size: 3, name: "grid" });
config.size = 4; config.extra = true; delete config.name;
console.log(config, Object.isSealed(config), Object.isFrozen(config), Object.isExtensible(config));
var closed = Object.preventExtensions({ a: 1 });
closed.b = 2;
console.log(closed, Object.isExtensible(closed), Object.hasOwn(closed, "a"));
console.log(Object.getOwnPropertyDescriptors({ v: 1 }));
console.log(" pad ".trimLeft() + "]", "[" + " pad ".trimRight(), "Straße".toLocaleUpperCase());

var q = "name=Zoë & co/ü?";
console.log(encodeURIComponent(q), encodeURI("http://x.org/a b?c=d&e"), decodeURIComponent(encodeURIComponent(q)) === q);
console.log(decodeURI("%41%2F%3F"), escape("a b+ü€"), unescape("%u20AC%20%41"));
try { decodeURIComponent("%"); } catch (e) { console.log(e.name, e.message); }

var inventory = { apples: 5, pears: 0, kiwis: 12, meta: { updated: "today" } };
console.log(JSON.stringify(inventory, ["apples", "kiwis"]));
console.log(JSON.stringify(inventory, function (key, value) {
  return typeof value === "number" && value === 0 ? undefined : value;
}, 2));
var revived = JSON.parse('{"when":"2020-01-02T03:04:05.000Z","count":"7","list":[1,2]}', function (k, v) {
  if (k === "when") return new Date(v).getUTCHours();
  if (k === "count") return Number(v);
  return v;
});
console.log(revived);
console.log(JSON.stringify({ at: { toJSON: function (key) { return "<" + key + ">"; } } }));
