class Base:
    def __init__(self, name):
        self.name = name
        self.log = ["Base"]

    def greet(self):
        return "Base(" + self.name + ")"

    def who(self):
        return ["Base"]


class Left(Base):
    def __init__(self, name):
        super().__init__(name)
        self.log.append("Left")

    def greet(self):
        return "Left>" + super().greet()

    def who(self):
        return ["Left"] + super().who()


class Right(Base):
    def __init__(self, name):
        super().__init__(name)
        self.log.append("Right")

    def greet(self):
        return "Right>" + super().greet()

    def who(self):
        return ["Right"] + super().who()


class Diamond(Left, Right):
    def __init__(self, name):
        super().__init__(name)
        self.log.append("Diamond")

    def greet(self):
        return "Diamond>" + super().greet()

    def who(self):
        return ["Diamond"] + super().who()


d = Diamond("d")
print(d.log)
print(d.greet())
print(d.who())
print([c.__name__ for c in Diamond.__mro__])
print([c.__name__ for c in Diamond.mro()])
print(isinstance(d, Base), isinstance(d, Right), issubclass(Diamond, Left))
print(issubclass(Left, Right), issubclass(Diamond, (int, Right)))


class A:
    def f(self):
        return "A.f"

class B(A):
    pass

class C(A):
    def f(self):
        return "C.f"

class D(B, C):
    pass

print(D().f())
print(D.__bases__ == (B, C))
print(type(D()).__name__, D.__name__)


class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {self.size()}"

class Sized:
    def size(self):
        return 0

class Box(Mixin, Sized):
    def __init__(self, n):
        self.n = n
    def size(self):
        return self.n * 2 + super().size()

print(Box(4).describe())


class Explicit(Left):
    def greet(self):
        return "E>" + super(Left, self).greet()

print(Explicit("x").greet())


class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

class SubCounter(Counter):
    def __init__(self):
        super().__init__()
        self.kind = "sub"

objs = [Counter(), SubCounter(), Counter()]
print([o.id for o in objs], Counter.count, SubCounter.count)
SubCounter.count = 100
print(Counter.count, SubCounter.count)
print(hasattr(objs[1], "kind"), hasattr(objs[0], "kind"), getattr(objs[0], "kind", "none"))
