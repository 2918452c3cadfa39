from collections import namedtuple, deque, Counter, defaultdict, OrderedDict
import collections

Point = namedtuple("Point", ["x", "y"])
Color = namedtuple("Color", "r g b", defaults=(0,))
p = Point(3, y=4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields)
x, y = p
print(x + y, p == (3, 4), len(p), tuple(p), Color(1, 2), Color._fields)
print(Point._make([5, 6]), sorted([Point(2, 1), Point(1, 2), Point(1, 1)]))


class Pt3(namedtuple("Pt3", "x y z")):
    __slots__ = ()
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)

print(Pt3(1, -2, 3).norm1(), Pt3(1, 2, 3))
print({p: "p"}, p.count(3), p.index(4))

d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, len(d), d[0], d[-1], d.maxlen)
d.rotate(2)
print(d)
d.rotate(-1)
print(d, d.popleft(), d.pop(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(list(d), 7 in d)
q = deque()
for i in range(5):
    q.append(i)
out = []
while q:
    out.append(q.popleft())
print(out, deque("abc"), deque(range(3), 2))

c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sorted(c.elements()))
c.update("aaz")
c2 = Counter({"a": 2, "b": 10})
print(c + c2, c - c2, c & c2, c | c2)
print(sorted(c.items()), sum(c.values()), list(c.keys())[:3])
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(2), wc, len(wc))
c3 = Counter(a=3, b=1)
c3.subtract(Counter(a=1, b=2))
print(c3, +c3, -c3)

dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(dict(dd), dd[99], sorted(dd))
di = defaultdict(int)
for ch in "mississippi":
    di[ch] += 1
print(sorted(di.items()), di.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print({k: dict(v) for k, v in nested.items()})

od = OrderedDict()
od["one"] = 1; od["two"] = 2; od["three"] = 3
od.move_to_end("one")
print(od, list(od))
od.move_to_end("three", last=False)
print(list(od.items()), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))


class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = OrderedDict()
    def get(self, k):
        if k not in self.data:
            return -1
        self.data.move_to_end(k)
        return self.data[k]
    def put(self, k, v):
        self.data[k] = v
        self.data.move_to_end(k)
        if len(self.data) > self.cap:
            self.data.popitem(last=False)

lru = LRU(2)
lru.put(1, 1); lru.put(2, 2); lru.get(1); lru.put(3, 3)
print(lru.get(2), lru.get(1), lru.get(3), list(lru.data))
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3}) if hasattr(collections, "ChainMap") else None
print(cm["a"] if cm else 1, cm["b"] if cm else 3)
