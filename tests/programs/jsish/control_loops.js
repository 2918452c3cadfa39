// control_loops: for (all clause forms), while, do-while, break/continue, single-statement bodies
let out = [];
for (let i = 0; i < 5; i++) {
  out.push(i * i);
}
console.log(out);
out = [];
for (let i = 10; i > 0; i -= 3) {
  out.push(i);
}
console.log(out);
out = [];
for (let i = 0, j = 10; i < j; i += 2, j -= 2) {
  out.push(i + ':' + j);
}
console.log(out);
let k = 0;
for (; k < 3; ) k++;
console.log(k);
let n = 27;
let steps = 0;
while (n !== 1) {
  n = n % 2 === 0 ? n / 2 : 3 * n + 1;
  steps++;
}
console.log('collatz steps', steps);
let d = 0;
do d++; while (d < 0);
console.log('do-while ran', d);
let digits = [];
let num = 90210;
do {
  digits.unshift(num % 10);
  num = Math.floor(num / 10);
} while (num > 0);
console.log(digits);
out = [];
for (let i = 0; i < 10; i++) {
  if (i % 2 === 0) {
    continue;
  }
  if (i > 7) {
    break;
  }
  out.push(i);
}
console.log(out);
let sum = 0;
for (let i = 1; i <= 100; i++) sum += i;
let t = 0;
while (t < 5) t += 2;
let guard = 0;
for (;;) if (++guard >= 7) break;
console.log(sum, t, guard);
let triangle = '';
for (let row = 1; row <= 4; row++) {
  let line = '';
  for (let col = 0; col < row; col++) {
    line += '*';
  }
  triangle += line.padStart(4, ' ') + '\n';
}
process.stdout.write(triangle);
let x = 0;
const trace = [];
while (x++ < 3) {
  trace.push(x);
}
console.log(trace, x);
