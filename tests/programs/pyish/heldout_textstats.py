TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way – in short, the period was so far like the
present period, that some of its noisiest authorities insisted on its being
received, for good or for evil, in the superlative degree of comparison only.
Café naïve résumé — coöperate."""

def words_of(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(ch if ch.isalpha() or ch == "'" else ' ')
    return "".join(cleaned).split()

words = words_of(TEXT)
print("chars:", len(TEXT), "lines:", len(TEXT.splitlines()), "words:", len(words))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
for w, c in top:
    print(f"{w:<12}{c:>4} {'#' * c}")
lengths = {}
for w in words:
    lengths.setdefault(len(w), set()).add(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n])[:6])
letters = {}
for ch in TEXT:
    if ch.isalpha():
        letters[ch.lower()] = letters.get(ch.lower(), 0) + 1
total = sum(letters.values())
print(" ".join(f"{k}:{v / total:.1%}" for k, v in sorted(letters.items(), key=lambda kv: -kv[1])[:8]))
print("non-ascii:", sorted({ch for ch in TEXT if ord(ch) > 127}), [hex(ord(c)) for c in "–—"])
print("avg word length: %.3f" % (sum(map(len, words)) / len(words)))
longest_line = max(TEXT.splitlines(), key=len)
print(len(longest_line), repr(longest_line[:30]))
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
sentences = [s.strip() for s in TEXT.replace('\n', ' ').split('.') if s.strip()]
print(len(sentences), [len(s.split()) for s in sentences])
caps = [w for w in TEXT.split() if w[:1].isupper()]
print(caps)
vowels = sum(1 for c in TEXT.lower() if c in 'aeiou')
print("vowels", vowels, "consonants", sum(1 for c in TEXT.lower() if c.isalpha() and c not in 'aeiou'))
wrapped, line = [], ""
for w in TEXT.split():
    if len(line) + len(w) + 1 > 40:
        wrapped.append(line)
        line = w
    else:
        line = (line + " " + w).strip()
wrapped.append(line)
for l in wrapped[:6]:
    print(f"|{l:^40}|")
print(TEXT.title()[:50], TEXT.count("it was"), TEXT.upper().count("IT WAS"))
