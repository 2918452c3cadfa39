def knapsack(items, cap):
    dp = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (name, w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            dp[i][c] = dp[i - 1][c]
            if w <= c and dp[i - 1][c - w] + v > dp[i][c]:
                dp[i][c] = dp[i - 1][c - w] + v
    chosen, c = [], cap
    for i in range(len(items), 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            name, w, v = items[i - 1]
            chosen.append(name)
            c -= w
    return dp[-1][-1], chosen[::-1]

items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
         ("cheese", 23, 30), ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30)]
print(knapsack(items, 400))
print(knapsack(items, 100))

def lcs(a, b):
    m, n = len(a), len(b)
    L = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            L[i][j] = L[i + 1][j + 1] + 1 if a[i] == b[j] else max(L[i + 1][j], L[i][j + 1])
    i = j = 0
    out = []
    while i < m and j < n:
        if a[i] == b[j]:
            out.append(a[i]); i += 1; j += 1
        elif L[i + 1][j] >= L[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)

def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

for a, b in [("AGGTAB", "GXTXAYB"), ("kitten", "sitting"), ("", "abc"), ("intention", "execution"), ("ünï", "uni")]:
    print(a, b, repr(lcs(a, b)), edit_distance(a, b))

def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for v in range(c, amount + 1):
            ways[v] += ways[v - c]
    fewest = [0] + [float('inf')] * amount
    for v in range(1, amount + 1):
        for c in coins:
            if c <= v and fewest[v - c] + 1 < fewest[v]:
                fewest[v] = fewest[v - c] + 1
    return ways[amount], fewest[amount]
print(coin_change([1, 2, 5, 10, 25, 50], 100), coin_change([2], 3), coin_change([3, 7], 500))

def lis(seq):
    tails, prev_idx, idx_at = [], [None] * len(seq), []
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x); idx_at.append(i)
        else:
            tails[lo] = x; idx_at[lo] = i
        prev_idx[i] = idx_at[lo - 1] if lo else None
    out, k = [], idx_at[-1] if idx_at else None
    while k is not None:
        out.append(seq[k]); k = prev_idx[k]
    return out[::-1]
print(lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]), lis([]), lis([5, 4, 3]))
tri = [[3], [7, 4], [2, 4, 6], [8, 5, 9, 3]]
best = tri[-1][:]
for row in reversed(tri[:-1]):
    best = [v + max(best[i], best[i + 1]) for i, v in enumerate(row)]
print(best)
catalan = [1]
for n in range(1, 30):
    catalan.append(sum(catalan[i] * catalan[n - 1 - i] for i in range(n)))
print(catalan[-5:])
