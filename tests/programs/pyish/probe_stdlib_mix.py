import collections, itertools, functools, operator, heapq, bisect, string, math, io, array, sys
C = collections.Counter('abracadabra'); print(C.most_common(2), C['z'], sorted((C + collections.Counter('ab')).items()))
dq = collections.deque([1, 2, 3], maxlen=3); dq.append(4); dq.appendleft(0); print(dq, dq.maxlen)
OD = collections.OrderedDict(a=1, b=2); OD.move_to_end('a'); print(list(OD), OD.popitem(last=False))
Pt = collections.namedtuple('Pt', 'x y'); p = Pt(1, y=2); print(p, p._replace(x=5), p._asdict(), Pt._fields, p.x + p[1])
class P3(collections.namedtuple('P3', ['a', 'b'])):
    def s(self): return self.a + self.b
print(P3(1, 2).s(), P3(1, 2))
dd = collections.defaultdict(list); dd['k'].append(1); print(dd, dict(dd))
print(list(itertools.accumulate([1, 2, 3], operator.mul)), list(itertools.groupby('aabbbc')) and [(k, len(list(g))) for k, g in itertools.groupby('aabbbc')])
print(list(itertools.product('ab', repeat=2)), list(itertools.permutations(range(3), 2))[:3], list(itertools.combinations_with_replacement('ab', 2)))
print(list(itertools.islice(itertools.count(5, 2), 3)), list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.zip_longest('ab', 'c', fillvalue='-')), list(itertools.pairwise('abc')))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.lru_cache(maxsize=None)(lambda x: x * 2)(4))
@functools.lru_cache(maxsize=2)
def sq(n): print('compute', n); return n * n
sq(2); sq(2); sq(3); print(sq.cache_info())
@functools.cache
def fibc(n): return n if n < 2 else fibc(n - 1) + fibc(n - 2)
print(fibc(80))
@functools.singledispatch
def kind(x): return 'obj'
@kind.register(int)
def _(x: int): return 'int'
@kind.register(str)
def _(x): return 'str'
print(kind(1), kind('a'), kind(1.0))
h = [5, 1, 4]; heapq.heapify(h); heapq.heappush(h, 0); print(heapq.heappop(h), heapq.nsmallest(2, h), heapq.nlargest(1, [3, 9, 2]))
print(bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect([1, 2, 2, 3], 2)); L = [1, 3]; bisect.insort(L, 2); print(L)
print(string.ascii_lowercase[:5], string.digits, string.Template('$a-${b}').substitute(a=1, b=2), string.capwords('hello  world'))
print(math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18), math.lcm(4, 6), math.comb(5, 2), math.perm(5, 2), math.isqrt(17), math.prod([1, 2, 3]), math.fsum([0.1] * 10), math.copysign(1, -0.0), math.inf, math.floor(-1.5), math.ceil(1.2), math.trunc(-1.7))
try: math.sqrt(-1)
except ValueError as e: print(e)
try: math.log(0)
except ValueError as e: print(e)
s = io.StringIO(); s.write('hi\n'); print('x', file=s); print(repr(s.getvalue()))
r = io.StringIO('a\nb\n'); print(r.readline(), r.read().split())
a = array.array('i', [1, 2, 3]); a.append(4); print(a, a.tolist(), a[1:], sum(a), a.typecode)
print(operator.itemgetter(1, 0)('ab'), operator.attrgetter('real')(3), operator.methodcaller('upper')('x'), sorted([(1, 'b'), (0, 'c')], key=operator.itemgetter(1)))
sys.stdout.write('written\n'); print(sys.maxsize > 0, type(sys.version_info.major).__name__)

print(*[1, 2], sep=', ', end='!\n'); print(flush=True)
import random
random.seed(42); print(random.randint(1, 100), random.random(), random.choice('abc'), random.sample(range(10), 3))
rr = random.Random(1); l = list(range(5)); rr.shuffle(l); print(l, rr.uniform(0, 1))
