def make_lru(capacity):
    store = {}
    stats = {'hits': 0, 'misses': 0, 'evictions': 0}
    def get(key, default=None):
        if key in store:
            stats['hits'] += 1
            value = store.pop(key)
            store[key] = value
            return value
        stats['misses'] += 1
        return default
    def put(key, value):
        if key in store:
            del store[key]
        elif len(store) >= capacity:
            oldest = next(iter(store))
            del store[oldest]
            stats['evictions'] += 1
        store[key] = value
    def keys():
        return list(store.keys())
    return get, put, keys, stats

get, put, keys, stats = make_lru(3)
for k, v in [('a', 1), ('b', 2), ('c', 3)]:
    put(k, v)
print(keys())
print(get('a'), keys())
put('d', 4)
print(keys(), get('b'), get('b', 'missing'))
put('c', 30)
print(keys(), dict(stats))
for i in range(10):
    put(i % 4, i * i)
    get((i * 7) % 5)
print(keys(), stats)

def lru_cache(maxsize):
    def deco(fn):
        cache = {}
        info = [0, 0]
        def wrapper(*args):
            if args in cache:
                info[0] += 1
                v = cache.pop(args)
                cache[args] = v
                return v
            info[1] += 1
            v = fn(*args)
            cache[args] = v
            if len(cache) > maxsize:
                del cache[next(iter(cache))]
            return v
        wrapper.info = info if False else None
        return wrapper, info
    return deco

def slow_fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib, fib_info = lru_cache(50)(slow_fib)
print(fib(80), fib_info)
print(fib(30), fib_info)

d = {}
d['x'] = 1; d['y'] = 2; d['z'] = 3
del d['x']
d['x'] = 4
print(d, list(d.items()), list(d.values()))
d.update(y=20, w=5)
print(d, d.popitem(), d)
print(d.setdefault('q', []), d)
print(dict.fromkeys('abc', 0), dict(zip('xyz', range(3))))
