// node_process: process.argv (no extra arguments), process.stdout.write with partial lines, output ordering
const argv = process.argv;
console.log(argv.length, Array.isArray(argv), typeof argv[0], typeof argv[1]);
const args = process.argv.slice(2);
console.log(args, args.length);
const n = args.length > 0 ? parseInt(args[0], 10) : 10;
console.log('n =', n);
function parseFlags(list) {
  const flags = { verbose: false, count: 1, names: [] };
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    if (a === '-v') {
      flags.verbose = true;
    } else if (a === '-n') {
      flags.count = Number(list[++i]);
    } else {
      flags.names.push(a);
    }
  }
  return flags;
}
console.log(parseFlags(args));
console.log(parseFlags(['-v', '-n', '3', 'alpha', 'beta']));
process.stdout.write('a');
process.stdout.write('b');
process.stdout.write('c\n');
process.stdout.write('');
process.stdout.write('line with trailing spaces   \n');
console.log('interleaved 1');
process.stdout.write('interleaved 2\n');
console.log('interleaved 3');
let bar = '';
for (let i = 0; i < n; i++) {
  process.stdout.write(i % 2 === 0 ? '#' : '-');
  bar += i;
}
process.stdout.write('\n');
console.log(bar);
for (let row = 0; row < 5; row++) {
  let line = '';
  for (let col = 0; col < 5; col++) {
    line += (row + col) % 2 === 0 ? 'X' : 'O';
  }
  process.stdout.write(line + '\n');
}
const table = [
  ['name', 'qty'],
  ['apples', '12'],
  ['kiwis', '7']
];
for (const [name, qty] of table) {
  process.stdout.write(name.padStart(8) + ' | ' + qty.padStart(3) + '\n');
}
process.stdout.write('unicode: é ü ñ €\n');
process.stdout.write('tab\tseparated\tvalues\n');
process.stdout.write(['join', 'ed', '\n'].join(''));
const total = args.reduce((acc, a) => acc + Number(a), 0);
console.log('sum of args', total);
console.log(typeof process, typeof process.stdout, typeof process.stdout.write);
process.stdout.write('done\n');
