# Building strings in various ways
parts = []
for i in range(10):
    parts.append(str(i * i))
print(",".join(parts))

s = ""
for ch in "abcdef":
    s = ch + s
print(s)

s = ""
for i in range(5):
    s += "[" + str(i) + "]"
print(s)

def caesar(text, shift):
    out = []
    for c in text:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + shift) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))

def rle(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for c in s[1:]:
        if c == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = c, 1
    out.append(f"{count}{prev}")
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x"))

print("-" * 20)
width = 7
for i in range(1, width + 1, 2):
    print(("*" * i).center(width))
rows = [["name", "qty"], ["apple", "3"], ["kiwi", "12"]]
w0 = max(len(r[0]) for r in rows)
w1 = max(len(r[1]) for r in rows)
for r in rows:
    print("| " + r[0].ljust(w0) + " | " + r[1].rjust(w1) + " |")
words = "the quick brown fox".split()
print(" ".join(w.capitalize() for w in words))
print("".join(w[0] for w in words).upper())
acronym = ""
for w in words:
    acronym += w[0].upper()
print(acronym)
print(" ".join(reversed(words)), " ".join(w[::-1] for w in words))
def to_binary(n):
    digits = ""
    while n > 0:
        digits = str(n % 2) + digits
        n //= 2
    return digits or "0"
print([to_binary(n) for n in [0, 1, 5, 255]], bin(255)[2:])
print(repr("\n".join(["a", "b"])), len("x" * 1000))
