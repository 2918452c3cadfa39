fns = []
for i in range(4):
    fns.append(lambda: i)
print([f() for f in fns])

fns = [lambda i=i: i * i for i in range(4)]
print([f() for f in fns])


def make_counters():
    counters = []
    for name in ["a", "b", "c"]:
        def make(n):
            count = 0
            def inc(step=1):
                nonlocal count
                count += step
                return f"{n}{count}"
            return inc
        counters.append(make(name))
    return counters

ca, cb, cc = make_counters()
print(ca(), ca(), cb(5), ca(), cc(), cb())


def make_accumulators():
    total = [0]
    def add(x):
        total[0] += x
        return total[0]
    def get():
        return total[0]
    return add, get

add, get = make_accumulators()
add(3); add(4)
print(get())


def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "rebound"
    return middle()()

print(outer())


class Field:
    def __init__(self, name, default=None, kind=object):
        self.name = name
        self.default = default
        self.kind = kind


class Record:
    fields = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"{type(self).__name__} takes {len(self.fields)} positional arguments")
        for f, v in zip(self.fields, args):
            setattr(self, f.name, v)
        for f in self.fields[len(args):]:
            setattr(self, f.name, kwargs.pop(f.name, f.default))
        if kwargs:
            raise TypeError("unexpected " + ", ".join(sorted(kwargs)))

    def __repr__(self):
        inner = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self.astuple() == other.astuple()

    def __hash__(self):
        return hash(self.astuple())

    def astuple(self):
        return tuple(getattr(self, f.name) for f in self.fields)

    def asdict(self):
        return {f.name: getattr(self, f.name) for f in self.fields}

    def replace(self, **changes):
        d = self.asdict()
        d.update(changes)
        return type(self)(**d)


class Employee(Record):
    fields = (Field("name"), Field("dept", "eng"), Field("salary", 0, int))


class Manager(Employee):
    fields = Employee.fields + (Field("reports", ()),)


e1 = Employee("ann", salary=100)
e2 = Employee("bob", "ops", 90)
m = Manager("cat", reports=(e1, e2))
print(e1, e2)
print(m)
print(e1 == Employee("ann", "eng", 100), e1 == e2, e1 == m, e1 != e2)
print(len({e1, Employee("ann", salary=100), e2}))
print(e1.replace(salary=200), e1.asdict())
try:
    Employee("a", "b", 1, 2)
except TypeError as ex:
    print(ex)
try:
    Employee("a", bonus=5)
except TypeError as ex:
    print(ex)
staff = sorted([e1, e2, Employee("dan", salary=95)], key=lambda e: (-e.salary, e.name))
print([s.name for s in staff])
print(max(staff, key=lambda e: e.salary).name, sum(e.salary for e in staff))
by_dept = {}
for s in staff:
    by_dept.setdefault(s.dept, []).append(s.name)
print(by_dept)

adders = {op: (lambda a, b, op=op: eval_op(op, a, b)) for op in "+-*"}

def eval_op(op, a, b):
    return {"+": a + b, "-": a - b, "*": a * b}[op]

print({k: f(6, 3) for k, f in adders.items()})
gen_closures = list((lambda: k) for k in range(3))
print([g() for g in gen_closures])
