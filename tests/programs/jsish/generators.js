// generators: function*, next/return/throw, yield*, for-of and spread over generators, generator methods, finally on return
function* count(n) { for (let i = 0; i < n; i++) { const got = yield i; if (got) console.log("got", got); } return "end"; }
const g = count(3);
console.log(g.next(), g.next("x"), g.next(), g.next(), g.next());
console.log([...count(4)], Array.from(count(2)));
for (const v of count(3)) console.log(v);
function* inner() { yield 1; yield 2; return 3; }
function* outer() { const r = yield* inner(); yield r; yield* [7, 8]; }
console.log([...outer()]);
function* guarded() { try { yield 1; yield 2; } finally { console.log("cleanup"); } }
const h = guarded(); console.log(h.next()); console.log(h.return(42)); console.log(h.next());
function* catcher() { try { yield 1; } catch (e) { console.log("caught", e); yield 99; } }
const c = catcher(); c.next(); console.log(c.throw("boom")); console.log(c.next());
const obj = { *gen() { yield this.x; }, x: 5 };
console.log(obj.gen().next().value);
class Tree { constructor(v, kids) { this.v = v; this.kids = kids || []; }
  *walk() { yield this.v; for (const k of this.kids) yield* k.walk(); } }
console.log([...new Tree(1, [new Tree(2, [new Tree(3)]), new Tree(4)]).walk()]);
function* fib() { let [a, b] = [0, 1]; while (true) { yield a; [a, b] = [b, a + b]; } }
const out = []; for (const f of fib()) { if (f > 50) break; out.push(f); } console.log(out);
