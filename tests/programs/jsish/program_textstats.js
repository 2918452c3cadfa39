// program_textstats: text processing with split/Map/sort/padStart/templates: word counts, histogram, anagram groups
const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness`;
const lines = text.split('\n');
console.log('lines', lines.length, 'chars', text.length);
function normalize(word) {
  let out = '';
  for (const ch of word.toLowerCase()) {
    if ((ch >= 'a' && ch <= 'z') || ch === "'") {
      out += ch;
    }
  }
  return out;
}
const words = [];
for (const line of lines) {
  for (const raw of line.split(' ')) {
    const w = normalize(raw);
    if (w !== '') {
      words.push(w);
    }
  }
}
console.log('words', words.length);
const freq = new Map();
for (const w of words) {
  freq.set(w, (freq.get(w) || 0) + 1);
}
console.log('distinct', freq.size);
const ranked = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
for (const [w, n] of ranked.slice(0, 8)) {
  console.log(`${w.padStart(8)} ${String(n).padStart(2)} ${'*'.repeat(n)}`);
}
const byLength = {};
for (const w of freq.keys()) {
  const k = w.length;
  byLength[k] = byLength[k] || [];
  byLength[k].push(w);
}
console.log(byLength);
const letterCounts = new Array(26).fill(0);
for (const w of words) {
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i) - 97;
    if (code >= 0 && code < 26) {
      letterCounts[code]++;
    }
  }
}
console.log(letterCounts);
const topLetters = letterCounts
  .map((n, i) => [String.fromCharCode(97 + i), n])
  .filter(([, n]) => n > 0)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .slice(0, 5);
console.log(topLetters);
const anagramInput = ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog'];
const groups = new Map();
for (const w of anagramInput) {
  const key = w.split('').sort().join('');
  if (!groups.has(key)) {
    groups.set(key, []);
  }
  groups.get(key).push(w);
}
console.log(groups);
console.log([...groups.values()].filter((g) => g.length > 1).map((g) => g.join('/')));
function titleCase(s) {
  return s
    .split(' ')
    .map((w) => (w ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w))
    .join(' ');
}
console.log(titleCase('the TALE of  two cities'));
function wrap(s, width) {
  const out = [];
  let cur = '';
  for (const w of s.split(' ')) {
    if (cur.length && cur.length + 1 + w.length > width) {
      out.push(cur);
      cur = w;
    } else {
      cur = cur.length ? cur + ' ' + w : w;
    }
  }
  if (cur.length) out.push(cur);
  return out;
}
for (const l of wrap(lines.join(' '), 36)) {
  console.log('> ' + l);
}
const stats = {
  longest: words.reduce((a, b) => (b.length > a.length ? b : a), ''),
  shortest: words.reduce((a, b) => (b.length < a.length ? b : a)),
  average: Math.round((words.reduce((s, w) => s + w.length, 0) / words.length) * 100) / 100,
  unique: new Set(words).size
};
console.log(stats);
console.log(JSON.stringify(ranked.slice(0, 3)));
