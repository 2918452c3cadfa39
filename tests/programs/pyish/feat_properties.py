class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"expected a number, got {type(value).__name__}")
        if value < -273.15:
            raise ValueError("below absolute zero: %r" % value)
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, round(t.fahrenheit, 3))
for bad in [-300, "hot", None]:
    try:
        t.celsius = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(t.celsius)


class ReadOnly:
    def __init__(self):
        self._v = 42
    @property
    def v(self):
        """the value"""
        return self._v

r = ReadOnly()
print(r.v)
try:
    r.v = 3
except AttributeError:
    print("AttributeError on read-only property")
print(isinstance(ReadOnly.v, property))


class Account:
    interest = 0.02
    _registry = []

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        Account._registry.append(owner)

    @property
    def balance(self):
        return self._balance

    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amt
        return self

    @classmethod
    def from_string(cls, s):
        owner, bal = s.split(":")
        return cls(owner, int(bal))

    @staticmethod
    def validate(name):
        return name.isalpha()

    @classmethod
    def count(cls):
        return len(cls._registry)


class Savings(Account):
    interest = 0.05

    def add_interest(self):
        self._balance = round(self._balance * (1 + self.interest), 2)


a = Account.from_string("ann:100")
s = Savings.from_string("bob:200")
print(type(a).__name__, type(s).__name__, a.owner, s.balance)
s.add_interest()
print(s.balance, a.deposit(5).deposit(10).balance)
print(Account.validate("abc"), s.validate("a1"), Account.count(), Savings.count())
a.interest = 0.5
print(a.interest, Account.interest, Savings.interest, s.interest)
del a.interest
print(a.interest)
try:
    a.deposit(-1)
except ValueError as e:
    print("error:", e, e.args)


class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a):
        self.a = a

x = Slotted(1)
x.b = 2
print(x.a, x.b)
try:
    x.c = 3
except AttributeError:
    print("no attribute c allowed")
y = Slotted(5)
try:
    print(y.b)
except AttributeError:
    print("b unset")
print(Slotted.__slots__)


class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def expensive(self):
        if not hasattr(self, "_cache"):
            self.computed += 1
            self._cache = sum(range(100))
        return self._cache

lz = Lazy()
print(lz.expensive, lz.expensive, lz.computed, sorted(lz.__dict__))
setattr(lz, "extra", 9)
print(getattr(lz, "extra"), lz.__dict__["extra"], "_cache" in lz.__dict__)
delattr(lz, "extra")
print(hasattr(lz, "extra"))
