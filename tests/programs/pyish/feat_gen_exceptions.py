"""Exceptions crossing generator boundaries, and generator-based pipelines
that clean up with try/finally."""


class StageError(Exception):
    def __init__(self, stage, item):
        super().__init__(f"stage {stage} failed on {item!r}")
        self.stage = stage
        self.item = item


class Validator:
    def __init__(self, limit):
        self.limit = limit
        self.seen = 0

    def check(self, x):
        self.seen += 1
        if x > self.limit:
            raise StageError("validate", x)
        return x


def source(items, log):
    log.append("source open")
    try:
        for it in items:
            yield it
    finally:
        log.append("source closed")


def validated(it, v):
    for x in it:
        yield v.check(x)


def doubled(it):
    for x in it:
        yield x * 2


def run(items, limit):
    log = []
    v = Validator(limit)
    src = source(items, log)
    try:
        out = list(doubled(validated(src, v)))
        log.append(f"ok {out}")
    except StageError as e:
        log.append(f"error: {e} ({e.stage}, {e.item})")
        src.close()
    return log, v.seen


print(run([1, 2, 3], 10))
print(run([1, 20, 3], 10))


def resilient(it):
    while True:
        try:
            x = next(it)
        except StopIteration:
            return "exhausted"
        except ValueError as e:
            yield f"skipped({e})"
            continue
        yield x


def flaky():
    yield 1
    yield 2


def parse_all(strings):
    for s in strings:
        try:
            yield int(s)
        except ValueError:
            yield None


print(list(parse_all(["1", "x", "3"])))


def outer_gen():
    try:
        yield from inner_gen()
    except KeyError as e:
        yield "outer caught " + repr(e)
    yield "outer end"


def inner_gen():
    yield "inner 1"
    raise KeyError("deep")


print(list(outer_gen()))


def counting():
    n = 0
    try:
        while True:
            n += 1
            yield n
    except GeneratorExit:
        print("  counting closed at", n)
        raise


g = counting()
print([next(g) for _ in range(3)])
g.close()


def thrower():
    results = []
    while True:
        try:
            v = yield results
            results.append(v)
        except ValueError as e:
            results.append("E:" + str(e))
        except IndexError:
            return results


t = thrower()
next(t)
t.send(1)
t.throw(ValueError("bad"))
t.send(2)
try:
    t.throw(IndexError)
except StopIteration as e:
    print("final", e.value)


def gen_finally_return():
    try:
        yield 1
        return "normal"
    finally:
        print("  gen finally runs")


gg = gen_finally_return()
print(next(gg))
try:
    next(gg)
except StopIteration as e:
    print("returned", e.value)


def producer():
    for i in range(5):
        if i == 3:
            raise RuntimeError(f"producer died at {i}")
        yield i


collected = []
try:
    for v in producer():
        collected.append(v)
except RuntimeError as e:
    print(collected, e)
squares = (1 // (x - 2) for x in range(4))
try:
    print(list(squares))
except ZeroDivisionError as e:
    print("genexpr raised:", e, list(squares))
