# time module: only booleans, never actual times
import time
t0 = time.time()
p0 = time.perf_counter()
print(isinstance(t0, float), isinstance(p0, float))
print(t0 > 1600000000.0)
total = 0
for i in range(3000):
    total += i
t1 = time.time()
p1 = time.perf_counter()
print(total)
print(t1 >= t0, p1 >= p0, p1 > p0)
elapsed = p1 - p0
print(isinstance(elapsed, float), elapsed >= 0.0, elapsed < 60.0)
print(type(time.time()), type(time.perf_counter()))
samples = [time.perf_counter() for _ in range(5)]
print(all(samples[i] <= samples[i + 1] for i in range(4)))
print(sorted(samples) == samples)
def timed(f, n):
    start = time.perf_counter()
    r = f(n)
    end = time.perf_counter()
    return r, end - start >= 0
print(timed(lambda n: sum(range(n)), 1000))
wall = [time.time() for _ in range(3)]
print(wall[0] <= wall[1] <= wall[2])
print(abs(time.time() - t0) < 3600)
d = time.perf_counter() - p0
print(d > 0)
