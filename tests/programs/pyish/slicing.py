# Slicing with start/stop/step
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-3])
print(a[::2], a[1::2], a[::-1], a[::-2], a[8:2:-2])
print(a[-1:-4:-1], a[5:5], a[7:3], a[100:], a[-100:2])
print(a[2:8:3], a[::3], a[9:0:-3])
s = "hello, world"
print(s[0:5], s[7:], s[::-1], s[::2], s[-5:-1])
print(s[3:-3:2], s[:0], s[100:200] == "")
t = (0, 1, 2, 3, 4, 5)
print(t[1:4], t[::-1], t[::2], t[-2:])
r = range(20)
print(list(r[5:10]), list(r[::5]), list(r[::-4]))
print(a[1:9][::2][1:])
i, j = 2, 6
print(a[i:j], a[i:], a[:j], a[i:j:2])
copy = a[:]
copy[0] = 99
print(a[0], copy[0], copy is a)
print("abcdef"[1:-1][::-1])
print([[1, 2], [3, 4]][1][::-1])
words = "one two three four five".split()
print(words[1:-1], words[-2::-2])
print(a[None:3], a[3:None], a[::None])
step = -1
print(s[len(s) - 1::step][:5])
print(a[-1], a[-10], s[-1], t[-6])
