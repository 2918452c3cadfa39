class Tracer:
    depth = 0

    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("  " * Tracer.depth + "enter " + self.name)
        Tracer.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Tracer.depth -= 1
        info = exc_type.__name__ if exc_type else "clean"
        print("  " * Tracer.depth + "exit " + self.name + " (" + info + ")" + (" " + str(exc) if exc else ""))
        return self.suppress


with Tracer("a") as t:
    print("inside", t.name)

with Tracer("outer", suppress=True):
    with Tracer("inner"):
        raise ValueError("boom")
    print("not reached")
print("after suppress")

try:
    with Tracer("x"), Tracer("y", suppress=False) as y:
        print("y is", y.name)
        raise KeyError("kk")
except KeyError as e:
    print("propagated", e)


def use_in_func(n):
    with Tracer("func"):
        if n > 0:
            return "returned %d" % n
        for i in range(3):
            with Tracer("loop%d" % i):
                if i == 1:
                    break
    return "fell through"

print(use_in_func(1))
print(use_in_func(0))


class Resource:
    opened = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Resource.opened.append(self.name)
        return self.name.upper()

    def __exit__(self, *args):
        Resource.opened.remove(self.name)
        return False


with Resource("db") as a, Resource("cache") as b:
    print(a, b, Resource.opened)
print(Resource.opened)


class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)


for item in ["1", "x", "3", None]:
    with Suppress(ValueError, TypeError):
        print("parsed", int(item))

try:
    with Suppress(ValueError):
        raise IndexError("not suppressed")
except IndexError as e:
    print("escaped:", e)


class Timer:
    def __enter__(self):
        self.events = ["start"]
        return self
    def __exit__(self, et, ev, tb):
        self.events.append("stop")


with Timer() as tm:
    tm.events.append("work")
print(tm.events)


def continue_in_with():
    out = []
    for i in range(4):
        with Tracer("c%d" % i):
            if i % 2 == 0:
                continue
            out.append(i)
    return out

print(continue_in_with())


class ExitReturnsTruthyObj:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return [1]

with ExitReturnsTruthyObj():
    1 / 0
print("truthy list suppressed")

class ExitSeesException:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.seen = (et, type(ev), ev.args if ev else None)
        return True

cm = ExitSeesException()
with cm:
    raise RuntimeError("rt", 7)
print(cm.seen[0].__name__, cm.seen[1].__name__, cm.seen[2])
with cm:
    pass
print(cm.seen)
