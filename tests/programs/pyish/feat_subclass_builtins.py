class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        if not self:
            raise IndexError("peek from empty stack")
        return self[-1]

    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"


s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list))
print(s + [9], type(s + [9]).__name__, s[1:], type(s[1:]).__name__)
print(sorted(s, reverse=True), sum(s), 2 in s, list(reversed(s)))
s.extend("ab")
print(s, s.index("a"), s.count(1))
e = Stack()
try:
    e.peek()
except IndexError as ex:
    print("error:", ex)
print(bool(e), bool(s), s == [1, 2, 3, "a", "b"])


class TypedList(list):
    def __init__(self, kind, items=()):
        super().__init__()
        self.kind = kind
        for it in items:
            self.append(it)

    def append(self, item):
        if not isinstance(item, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(item).__name__}")
        super().append(item)


tl = TypedList(int, [3, 1, 2])
tl.append(10)
tl.sort()
print(tl, tl.kind.__name__)
try:
    tl.append("x")
except TypeError as ex:
    print(ex)


class DefaultDict(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory

    def __missing__(self, key):
        v = self[key] = self.factory()
        return v


dd = DefaultDict(list, a=[1])
dd["b"].append(2)
dd["a"].append(3)
print(sorted(dd.items()), len(dd), "c" in dd, dd.get("c"))


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self[name] = value


ad = AttrDict(x=1)
ad.y = 2
print(ad.x, ad.y, ad, sorted(ad.keys()))
try:
    ad.z
except AttributeError as ex:
    print("AttributeError", ex)
print(getattr(ad, "zz", "default"))


class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __contains__(self, k):
        return super().__contains__(k.lower())


ld = LowerDict()
ld["HeLLo"] = 1
ld["WORLD"] = 2
print(ld["hello"], ld["World"], "HELLO" in ld, list(ld), dict(ld))


class ValidationError(ValueError):
    def __init__(self, field, msg, code=400):
        super().__init__(f"{field}: {msg}")
        self.field = field
        self.code = code


class Errors(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(len(errors))
    def __str__(self):
        return "; ".join(str(e) for e in self.errors)


def validate(rec):
    errs = []
    if not rec.get("name"):
        errs.append(ValidationError("name", "required"))
    if rec.get("age", 0) < 0:
        errs.append(ValidationError("age", "negative", code=422))
    if errs:
        raise Errors(errs)
    return "valid"


for rec in [{"name": "a", "age": 3}, {"age": -1}, {"name": "", "age": 1}]:
    try:
        print(validate(rec))
    except Errors as ex:
        print("Errors:", ex, ex.args, [e.code for e in ex.errors], [e.field for e in ex.errors])
        print(isinstance(ex.errors[0], ValueError), repr(ex.errors[0]))


class MyStr(str):
    def shout(self):
        return self.upper() + "!"

ms = MyStr("hey")
print(ms.shout(), ms + "x", len(ms), ms == "hey", isinstance(ms, str))


class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"

mi = MyInt(7)
print(mi + 1, repr(mi), mi * 2, mi > 3, [mi])
