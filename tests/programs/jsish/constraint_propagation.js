// A small finite-domain constraint solver: variables with integer domains,
// binary constraints propagated to arc consistency (AC-3), then a
// depth-first search with the smallest-domain-first heuristic.
function Variable(name, lo, hi) {
  this.name = name;
  this.domain = [];
  for (var v = lo; v <= hi; v++) this.domain.push(v);
}
Variable.prototype.toString = function () { return this.name + "{" + this.domain.join(",") + "}"; };

function Constraint(a, b, test, label) { this.a = a; this.b = b; this.test = test; this.label = label; }

function Problem() { this.vars = []; this.constraints = []; this.revisions = 0; this.nodes = 0; }
Problem.prototype.variable = function (name, lo, hi) {
  var v = new Variable(name, lo, hi);
  this.vars.push(v);
  return v;
};
Problem.prototype.relate = function (a, b, test, label) {
  this.constraints.push(new Constraint(a, b, test, label));
  this.constraints.push(new Constraint(b, a, function (x, y) { return test(y, x); }, label + "'"));
};
Problem.prototype.revise = function (c, domains) {
  this.revisions++;
  var da = domains[c.a.name], db = domains[c.b.name];
  var kept = da.filter(function (x) { return db.some(function (y) { return c.test(x, y); }); });
  if (kept.length === da.length) return false;
  domains[c.a.name] = kept;
  return true;
};
Problem.prototype.propagate = function (domains) {
  var queue = this.constraints.slice();
  while (queue.length) {
    var c = queue.shift();
    if (this.revise(c, domains)) {
      if (domains[c.a.name].length === 0) return false;
      for (var i = 0; i < this.constraints.length; i++) {
        var d = this.constraints[i];
        if (d.b === c.a && d.a !== c.b && queue.indexOf(d) < 0) queue.push(d);
      }
    }
  }
  return true;
};
Problem.prototype.copy = function (domains) {
  var out = {};
  for (var k in domains) out[k] = domains[k].slice();
  return out;
};
Problem.prototype.solve = function (domains, found, limit) {
  this.nodes++;
  if (!this.propagate(domains)) return;
  var pick = null;
  for (var i = 0; i < this.vars.length; i++) {
    var d = domains[this.vars[i].name];
    if (d.length > 1 && (pick === null || d.length < domains[pick].length)) pick = this.vars[i].name;
  }
  if (pick === null) { found.push(this.copy(domains)); return; }
  var values = domains[pick];
  for (var j = 0; j < values.length && found.length < limit; j++) {
    var next = this.copy(domains);
    next[pick] = [values[j]];
    this.solve(next, found, limit);
  }
};
Problem.prototype.initial = function () {
  var d = {};
  this.vars.forEach(function (v) { d[v.name] = v.domain.slice(); });
  return d;
};

// 1. a chain with arithmetic relations
var p = new Problem();
var x = p.variable("x", 0, 9), y = p.variable("y", 0, 9), z = p.variable("z", 0, 9);
p.relate(x, y, function (a, b) { return a + b === 10; }, "x+y=10");
p.relate(y, z, function (a, b) { return a === 2 * b; }, "y=2z");
p.relate(x, z, function (a, b) { return a > b; }, "x>z");
var d0 = p.initial();
console.log(p.propagate(d0), JSON.stringify(d0), "revisions", p.revisions);
var sols = [];
p.solve(p.initial(), sols, 100);
console.log(sols.length, sols.map(function (s) { return s.x + "," + s.y + "," + s.z; }).join(" "));

// 2. four-colouring a small map
var m = new Problem();
var regions = ["wa", "nt", "sa", "q", "nsw", "v", "t"];
var rv = {};
regions.forEach(function (r) { rv[r] = m.variable(r, 1, 3); });
[["wa", "nt"], ["wa", "sa"], ["nt", "sa"], ["nt", "q"], ["sa", "q"], ["sa", "nsw"],
 ["sa", "v"], ["q", "nsw"], ["nsw", "v"]].forEach(function (e) {
  m.relate(rv[e[0]], rv[e[1]], function (a, b) { return a !== b; }, e.join("!="));
});
var colourings = [];
m.solve(m.initial(), colourings, 1000);
console.log("colourings", colourings.length, "nodes", m.nodes);
console.log(colourings[0], String(rv.sa), m.constraints.length);

// 3. queens as pairwise constraints
function queens(n) {
  var q = new Problem(), cols = [];
  for (var i = 0; i < n; i++) cols.push(q.variable("q" + i, 0, n - 1));
  for (var a = 0; a < n; a++)
    for (var b = a + 1; b < n; b++)
      (function (dist) {
        q.relate(cols[a], cols[b], function (u, v) { return u !== v && Math.abs(u - v) !== dist; }, "q");
      })(b - a);
  var out = [];
  q.solve(q.initial(), out, 3);
  return out.map(function (s) { return cols.map(function (c) { return s[c.name][0]; }).join(""); });
}
console.log(queens(5), queens(6));
