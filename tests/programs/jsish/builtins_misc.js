// builtins_misc: typed arrays, Date from parts, toExponential, arguments.callee
console.log(new Float64Array(3), new Int32Array([1.7, -2.2, 2147483648]), new Uint8Array(2).length);
const f = new Float64Array([3, 1, 2]);
f[1] = 0.5;
f[5] = 9;
console.log(f, f.length, Array.from(f.sort()), f.reduce((a, b) => a + b, 0));
const u = new Uint8Array(4);
u[0] = 257; u[1] = -1; u[2] = 3.9;
console.log(u, new Uint8ClampedArray([300, -5, 1.5, 2.5]), new Int8Array([127, 128, 255]));
console.log(new Float32Array([0.1, 1 / 3]), new Int16Array(3).fill(7), new Int32Array(10).map((v, i) => i * i));
console.log((12345).toExponential(2), (0.00015).toExponential(), (1e21).toExponential(3), (-5).toExponential(1));
const d = new Date(2007, 0, 1);
console.log(d.getTime(), d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.toISOString());
console.log(JSON.stringify({ when: new Date(0) }), new Date(86400000 * 365).getFullYear(), Date.UTC(2000, 1, 29));
console.log(new Date("2020-02-29T12:30:00Z").getHours(), new Date("2021-03-04").getTime());
console.log((function () { return typeof arguments.callee; })());
function fact(n) { return n <= 1 ? 1 : n * arguments.callee(n - 1); }
console.log(fact(10));
