// control_labels: labelled break/continue across nested for, while, do-while, for-of loops and out of switch statements
let out = [];
outer: for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j === 2) {
      continue outer;
    }
    if (i === 3) {
      break outer;
    }
    out.push(`${i}${j}`);
  }
}
console.log(out.join(' '));
let found = null;
search: for (let r = 0; r < 5; r++) {
  for (let c = 0; c < 5; c++) {
    if (r * c === 6) {
      found = [r, c];
      break search;
    }
  }
}
console.log('found', found);
out = [];
let w = 0;
loop1: while (w < 3) {
  w++;
  let inner = 0;
  while (true) {
    inner++;
    if (inner > w) {
      continue loop1;
    }
    out.push(w * 10 + inner);
  }
}
console.log(out);
let count = 0;
outerDo: do {
  count++;
  for (const x of [1, 2, 3]) {
    if (x === 2 && count < 3) {
      continue outerDo;
    }
    if (count === 3) {
      break outerDo;
    }
  }
} while (count < 10);
console.log('count', count);
const primes = [];
candidates: for (let c = 2; primes.length < 15; c++) {
  for (const p of primes) {
    if (p * p > c) {
      break;
    }
    if (c % p === 0) {
      continue candidates;
    }
  }
  primes.push(c);
}
console.log(primes);
const log = [];
for (let i = 0; i < 6; i++) {
  switch (i % 3) {
    case 0:
      log.push('fizz' + i);
      continue;
    case 1:
      log.push('one' + i);
      break;
    default:
      log.push('d' + i);
  }
  log.push('after' + i);
}
console.log(log.join(' '));
outer: for (let i = 0; i < 3; i++) {
  switch (i) {
    case 1:
      break outer;
    default:
      console.log('loop', i);
  }
}
