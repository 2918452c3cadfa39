def rle_encode(s):
    if not s:
        return []
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append((prev, count))
            prev, count = ch, 1
    out.append((prev, count))
    return out

def rle_str(s):
    return "".join(f"{n}{c}" if n > 1 else c for c, n in rle_encode(s))

def rle_decode(enc):
    out, num = [], ""
    for ch in enc:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or 1))
            num = ""
    return "".join(out)

for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aabcccccaaa", "üüüßß"]:
    e = rle_str(s)
    print(repr(e), rle_decode(e) == s, rle_encode(s)[:3])

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))

def from_base(s, b):
    s = s.strip().lower()
    neg = s.startswith('-')
    if neg:
        s = s[1:]
    v = 0
    for ch in s:
        v = v * b + DIGITS.index(ch)
    return -v if neg else v

for n in [0, 1, 255, -255, 2**64, 123456789, -10**20]:
    row = [to_base(n, b) for b in (2, 3, 8, 16, 36)]
    print(n, row, all(from_base(r, b) == n == int(r, b) for r, b in zip(row, (2, 3, 8, 16, 36))))
print(bin(255), oct(255), hex(255), format(255, 'b'), format(255, '08b'), format(255, 'x'), format(-255, '#x'), format(3.5, '.2f'), format('s', '>4'))

def to_roman(n):
    table = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
             (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
    res = ''
    for v, sym in table:
        q, n = divmod(n, v)
        res += sym * q
    return res

def from_roman(s):
    vals = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
    total = 0
    for i, c in enumerate(s):
        v = vals[c]
        if i + 1 < len(s) and vals[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
print(all(from_roman(to_roman(i)) == i for i in range(1, 4000)))
def gray(n):
    return [i ^ (i >> 1) for i in range(2 ** n)]
print([format(g, '04b') for g in gray(4)])
def bits(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([bits(x) for x in range(17)], bin(2**100 - 1).count('1'), (2**100).bit_length(), (-1).bit_length(), (0).bit_length())
