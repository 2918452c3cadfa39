// control_switch: switch with fall-through, default in the middle, strict equality, blocks, expressions in cases
function classify(x) {
  switch (x) {
    case 1: return 'one';
    case '1': return 'string one';
    case true: return 'true';
    case null: return 'null';
    case undefined: return 'undefined';
    case NaN: return 'NaN (never)';
    default: return 'other:' + typeof x;
  }
}
console.log(classify(1), classify('1'), classify(true), classify(null), classify(undefined), classify(NaN), classify(0));
function fall(n) {
  const out = [];
  switch (n) {
    case 0:
      out.push('zero');
    case 1:
      out.push('one');
    case 2:
      out.push('two');
      break;
    case 3:
      out.push('three');
    default:
      out.push('default');
  }
  return out.join(',');
}
for (let i = 0; i < 5; i++) {
  console.log(i, fall(i));
}
function midDefault(x) {
  const out = [];
  switch (x) {
    case 'a':
      out.push('A');
      break;
    default:
      out.push('D');
    case 'b':
      out.push('B');
      break;
    case 'c':
      out.push('C');
  }
  return out.join('');
}
console.log(midDefault('a'), midDefault('b'), midDefault('c'), midDefault('zzz'));
function noMatchNoDefault(x) {
  let r = 'untouched';
  switch (x) {
    case 1:
      r = 'one';
  }
  switch (x) {
  }
  return r;
}
console.log(noMatchNoDefault(2), noMatchNoDefault(1));
const obj = { k: 1 };
function identity(o) {
  switch (o) {
    case { k: 1 }:
      return 'equal literal';
    case obj:
      return 'same object';
    default:
      return 'different';
  }
}
console.log(identity(obj), identity({ k: 1 }));
let evals = [];
function val(v) {
  evals.push(v);
  return v;
}
switch (3) {
  case val(1):
    console.log('1');
    break;
  case val(3):
    console.log('matched 3');
    break;
  case val(5):
    console.log('5');
    break;
}
console.log(evals);
function grade(score) {
  switch (true) {
    case score >= 90: return 'A';
    case score >= 80: return 'B';
    case score >= 70: return 'C';
    default: return 'F';
  }
}
console.log([95, 85, 75, 10].map(grade).join(''));
function daysIn(month) {
  switch (month) {
    case 'feb':
      return 28;
    case 'apr': case 'jun': case 'sep':
    case 'nov':
      return 30;
    default:
      return 31;
  }
}
console.log(['jan', 'feb', 'apr', 'jun', 'jul', 'nov', 'dec'].map(daysIn));
