// destructuring_objects: object destructuring with defaults, renaming, nesting, rest, in params and for-of
const user = { id: 7, name: 'Kim', tags: ['a', 'b'], address: { city: 'Oslo', zip: '0150' } };
const { id, name } = user;
console.log(id, name);
const { name: userName, id: userId } = user;
console.log(userName, userId);
const { missing, other = 'dflt', id: renamed = 99 } = user;
console.log(missing, other, renamed);
const { address: { city, zip: postal } } = user;
console.log(city, postal);
const { tags: [firstTag, secondTag, thirdTag = 'none'] } = user;
console.log(firstTag, secondTag, thirdTag);
const { id: _ignored, ...restOfUser } = user;
console.log(restOfUser);
const { a = 1, b = a + 1, c = a + b } = { a: 10 };
console.log(a, b, c);
const { n = 'default' } = { n: null };
const { m = 'default' } = { m: undefined };
console.log(n, m);
const key = 'dynamic';
const { [key]: dynVal, ['x' + 1]: x1 } = { dynamic: 'D', x1: 'X1' };
console.log(dynVal, x1);
const { length } = 'hello';
console.log(length);
function describe({ title, year = 2000, authors: [lead, ...coauthors] = ['anon'] }) {
  return `${title} (${year}) by ${lead}` + (coauthors.length ? ` et al. ${coauthors.length}` : '');
}
console.log(describe({ title: 'A', year: 1999, authors: ['x', 'y', 'z'] }));
console.log(describe({ title: 'B' }));
function opts({ verbose = false, level = 1 } = {}) {
  return [verbose, level];
}
console.log(opts(), opts({}), opts({ level: 5 }), opts({ verbose: true, extra: 1 }));
const people = [
  { first: 'Ann', age: 31, pets: { count: 2 } },
  { first: 'Bo', age: 25, pets: { count: 0 } },
  { first: 'Cy', age: 40, pets: { count: 1 } }
];
for (const { first, age, pets: { count } } of people) {
  console.log(`${first}: ${age} years, ${count} pets`);
}
const byName = people.map(({ first }) => first);
const total = people.reduce((acc, { age }) => acc + age, 0);
console.log(byName, total);
let p, q;
({ p, q = 'q-default' } = { p: 'P' });
console.log(p, q);
const target = {};
({ one: target.first, two: target['second'] } = { one: 1, two: 2 });
console.log(target);
const settings = { theme: { colors: { fg: 'black', bg: 'white' }, size: 12 } };
const { theme: { colors: { fg, bg = 'none', accent = 'blue' }, size } } = settings;
console.log(fg, bg, accent, size);
const { ...copy } = settings;
console.log(copy.theme === settings.theme, copy);
try {
  const { boom } = null;
  console.log(boom);
} catch (e) {
  console.log('destructure null:', e.name, e instanceof TypeError);
}
try {
  const { deep: { deeper } } = {};
  console.log(deeper);
} catch (e) {
  console.log('destructure nested undefined:', e.name);
}
const { toString: ts } = 42;
console.log(typeof ts);
function point({ x = 0, y = 0 } = {}, [dx, dy] = [1, 1]) {
  return { x: x + dx, y: y + dy };
}
console.log(point(), point({ x: 5 }), point({ y: 3 }, [10, 20]));
