// A JSON and collections workload: build nested records, index them with
// Map and Set, aggregate with reduce, sort with comparators, and round-trip
// through JSON.stringify / JSON.parse.
var cities = ["Oslo", "Lima", "Pune", "Kyiv", "Rome"];
var tags = ["new", "sale", "bulk", "gift", "eco"];
var seed = 42;
function rnd(n) { seed = (seed * 16807) % 2147483647; return seed % n; }

var orders = [];
for (var i = 0; i < 60; i++) {
  var lines = [];
  for (var j = 0, n = 1 + rnd(4); j < n; j++) {
    lines.push({ sku: "SKU-" + (100 + rnd(12)), qty: 1 + rnd(5), price: Math.round((2 + rnd(400) / 7) * 100) / 100 });
  }
  orders.push({
    id: i + 1,
    customer: { name: "c" + rnd(15), city: cities[rnd(cities.length)] },
    lines: lines,
    tags: tags.filter(function () { return rnd(3) === 0; }),
    paid: rnd(4) !== 0
  });
}

function total(order) {
  return order.lines.reduce(function (sum, l) { return sum + l.qty * l.price; }, 0);
}

var byCity = new Map();
orders.forEach(function (o) {
  var entry = byCity.get(o.customer.city) || { count: 0, revenue: 0, customers: new Set() };
  entry.count++;
  entry.revenue += total(o);
  entry.customers.add(o.customer.name);
  byCity.set(o.customer.city, entry);
});
var cityRows = Array.from(byCity.entries()).map(function (kv) {
  return { city: kv[0], count: kv[1].count, revenue: kv[1].revenue.toFixed(2), customers: kv[1].customers.size };
}).sort(function (a, b) { return b.count - a.count || (a.city < b.city ? -1 : 1); });
console.log(JSON.stringify(cityRows));

var skuQty = {};
orders.forEach(function (o) {
  o.lines.forEach(function (l) { skuQty[l.sku] = (skuQty[l.sku] || 0) + l.qty; });
});
var topSkus = Object.keys(skuQty).sort(function (a, b) { return skuQty[b] - skuQty[a] || a.localeCompare(b); }).slice(0, 5);
console.log(topSkus.map(function (k) { return k + ":" + skuQty[k]; }).join(", "));

var tagCounts = orders.reduce(function (acc, o) {
  o.tags.forEach(function (t) { acc[t] = (acc[t] || 0) + 1; });
  return acc;
}, {});
console.log(tagCounts, Object.entries(tagCounts).length);

var allTags = new Set();
orders.forEach(function (o) { o.tags.forEach(function (t) { allTags.add(t); }); });
var unpaid = orders.filter(function (o) { return !o.paid; }).map(function (o) { return o.id; });
console.log(Array.from(allTags).sort(), unpaid.length, unpaid.slice(0, 6));

var big = orders.map(function (o) { return { id: o.id, total: Math.round(total(o) * 100) / 100 }; })
  .sort(function (a, b) { return b.total - a.total; }).slice(0, 3);
console.log(big);

var text = JSON.stringify(orders);
var back = JSON.parse(text);
console.log(text.length, back.length, JSON.stringify(back) === text, back[7].customer, back[7].lines[0]);
console.log(JSON.stringify(orders[3], null, 2));
var summary = JSON.stringify({ orders: orders.length, cities: byCity.size, skus: Object.keys(skuQty).length },
  function (k, v) { return typeof v === "number" ? v * 10 : v; });
console.log(summary, JSON.parse(summary, function (k, v) { return typeof v === "number" ? v / 10 : v; }));
var nested = back.slice(0, 2).map(function (o) { return [o.id, o.tags, { first: o.lines[0].sku }]; });
console.log(nested, new Map([["k", nested[0]]]));
