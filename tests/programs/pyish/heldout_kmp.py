def prefix_function(p):
    pi = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k > 0 and p[k] != p[i]:
            k = pi[k - 1]
        if p[k] == p[i]:
            k += 1
        pi[i] = k
    return pi

def kmp_search(text, pat):
    if not pat:
        return list(range(len(text) + 1))
    pi = prefix_function(pat)
    res = []
    q = 0
    for i, ch in enumerate(text):
        while q > 0 and pat[q] != ch:
            q = pi[q - 1]
        if pat[q] == ch:
            q += 1
        if q == len(pat):
            res.append(i - len(pat) + 1)
            q = pi[q - 1]
    return res

def naive(text, pat):
    return [i for i in range(len(text) - len(pat) + 1) if text[i:i + len(pat)] == pat]

def z_function(s):
    n = len(s)
    z = [0] * n
    l = r = 0
    for i in range(1, n):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < n and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
    return z

tests = [("abababcabababcab", "ababc"), ("aaaaaa", "aa"), ("hello world", "o"),
         ("mississippi", "issi"), ("abc", ""), ("", "a"), ("ünïcödé ünï", "ünï")]
for text, pat in tests:
    r1 = kmp_search(text, pat)
    r2 = naive(text, pat)
    print(repr(text), repr(pat), r1, r1 == r2, prefix_function(pat))
print(z_function("aabxaabxcaabxaabxay"))
print(prefix_function("abacabadabacaba"))
s = "the quick brown fox jumps over the lazy dog the end"
print(s.find("the"), s.rfind("the"), s.count("the"), kmp_search(s, "the"))
print(s.index("fox"), s.rindex("the", 0, 40), s.find("the", 5, 30))
