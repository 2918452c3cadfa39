import random

random.seed(1)
print([round(random.random(), 10) for _ in range(3)])
print([random.randint(1, 100) for _ in range(8)])
print(random.randrange(10), random.randrange(5, 50, 5), random.uniform(1, 2))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.choice("abcdefg"), random.choice([10, 20, 30]))
print(random.sample(range(100), 5), random.sample(["x", "y", "z", "w"], 2))
print(random.choices("abc", k=6), random.choices([1, 2, 3], weights=[10, 1, 1], k=5))
print(random.gauss(0, 1), random.getrandbits(20))

random.seed(42)
a = [random.random() for _ in range(5)]
random.seed(42)
b = [random.random() for _ in range(5)]
print(a == b)

random.seed("hello")
print(random.randint(0, 10 ** 6))
random.seed(12345)
state = random.getstate()
x1 = random.random()
random.setstate(state)
print(x1 == random.random())

rng = random.Random(7)
print(rng.randint(1, 6), rng.random(), rng.choice(["p", "q"]))
items = ["a", "b", "c", "d", "e"]
rng.shuffle(items)
print(items)

random.seed(3)
counts = [0] * 6
for _ in range(600):
    counts[random.randint(0, 5)] += 1
print(counts, sum(counts))


def monte_carlo_pi(n, seed):
    r = random.Random(seed)
    inside = 0
    for _ in range(n):
        x, y = r.random(), r.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4 * inside / n

print(monte_carlo_pi(2000, 99))


def random_walk(steps):
    random.seed(2024)
    x = y = 0
    for _ in range(steps):
        dx, dy = random.choice([(0, 1), (1, 0), (0, -1), (-1, 0)])
        x += dx
        y += dy
    return x, y

print(random_walk(500))
random.seed(5)
print(random.sample(range(10 ** 6), 3), random.randrange(-10, 10), random.triangular(0, 10, 3))
print(random.expovariate(1.5), random.betavariate(2, 3) < 1, random.randbytes(4).hex() if hasattr(random, "randbytes") else "")
random.seed(0)
print(random.random(), random.randint(10 ** 20, 10 ** 21))
pop = list(range(50))
random.seed(8)
print(random.sample(pop, k=10), random.choices(pop, cum_weights=list(range(1, 51)), k=4))
