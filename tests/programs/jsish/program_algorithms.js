// program_algorithms: classic algorithms (sieve, gcd, binary search, quicksort, LCS table, permutations, n-queens, BFS)
function sieve(n) {
  const isPrime = new Array(n + 1).fill(true);
  isPrime[0] = isPrime[1] = false;
  for (let i = 2; i * i <= n; i++) {
    if (isPrime[i]) {
      for (let j = i * i; j <= n; j += i) {
        isPrime[j] = false;
      }
    }
  }
  const out = [];
  for (let i = 0; i <= n; i++) {
    if (isPrime[i]) out.push(i);
  }
  return out;
}
const primes = sieve(100);
console.log(primes.length, primes);
function gcd(a, b) {
  return b === 0 ? a : gcd(b, a % b);
}
console.log(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462));
function bsearch(arr, x) {
  let lo = 0;
  let hi = arr.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] === x) return mid;
    if (arr[mid] < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -(lo + 1);
}
console.log(bsearch(primes, 37), bsearch(primes, 38), bsearch(primes, 1), bsearch(primes, 1000));
function quicksort(a) {
  if (a.length <= 1) return a;
  const [pivot, ...rest] = a;
  return [...quicksort(rest.filter((x) => x < pivot)), pivot, ...quicksort(rest.filter((x) => x >= pivot))];
}
console.log(quicksort([3, 6, 1, 8, 2, 9, 2, 7, 0, -4, 5]));
function lcs(a, b) {
  const dp = [];
  for (let i = 0; i <= a.length; i++) {
    dp.push(new Array(b.length + 1).fill(0));
  }
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      dp[i][j] = a[i - 1] === b[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
    }
  }
  return dp[a.length][b.length];
}
console.log(lcs('AGGTAB', 'GXTXAYB'), lcs('javascript', 'typescript'), lcs('', 'abc'));
function permutations(list) {
  if (list.length <= 1) return [list.slice()];
  const out = [];
  for (let i = 0; i < list.length; i++) {
    const rest = list.slice(0, i).concat(list.slice(i + 1));
    for (const p of permutations(rest)) {
      out.push([list[i], ...p]);
    }
  }
  return out;
}
console.log(permutations([1, 2, 3]).map((p) => p.join('')).join(' '), permutations(['a', 'b', 'c', 'd']).length);
function queens(n) {
  let count = 0;
  let first = null;
  const cols = [];
  function place(row) {
    if (row === n) {
      count++;
      if (!first) first = cols.slice();
      return;
    }
    for (let c = 0; c < n; c++) {
      let ok = true;
      for (let r = 0; r < row; r++) {
        if (cols[r] === c || Math.abs(cols[r] - c) === row - r) {
          ok = false;
          break;
        }
      }
      if (ok) {
        cols[row] = c;
        place(row + 1);
      }
    }
  }
  place(0);
  return [count, first];
}
console.log(queens(6), queens(8));
const grid = ['S.#.....', '.##.###.', '....#...', '.##...#E'];
function bfs(g) {
  const h = g.length;
  const w = g[0].length;
  const dist = new Map();
  const queue = [[0, 0]];
  dist.set('0,0', 0);
  while (queue.length) {
    const [r, c] = queue.shift();
    if (g[r][c] === 'E') return dist.get(r + ',' + c);
    for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
      const nr = r + dr;
      const nc = c + dc;
      const key = nr + ',' + nc;
      if (nr >= 0 && nr < h && nc >= 0 && nc < w && g[nr][nc] !== '#' && !dist.has(key)) {
        dist.set(key, dist.get(r + ',' + c) + 1);
        queue.push([nr, nc]);
      }
    }
  }
  return -1;
}
console.log('shortest path', bfs(grid));
const fibs = [0, 1];
while (fibs.length < 80) fibs.push(fibs[fibs.length - 1] + fibs[fibs.length - 2]);
console.log(fibs[78], fibs[79], fibs[79] > 2 ** 53);
