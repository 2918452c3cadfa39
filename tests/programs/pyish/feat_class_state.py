"""Class attributes vs instance attributes, class-level registries and
counters, shadowing, mutable class attributes shared by instances."""


class Widget:
    count = 0
    registry = {}
    defaults = {"color": "grey", "size": 1}
    tags = []

    def __init__(self, name, **opts):
        Widget.count += 1
        self.uid = Widget.count
        self.name = name
        self.opts = dict(self.defaults)
        self.opts.update(opts)
        type(self).registry[name] = self

    def tag(self, t):
        self.tags.append(t)
        return self

    @classmethod
    def get(cls, name):
        return cls.registry.get(name)

    def __repr__(self):
        return f"<{type(self).__name__} #{self.uid} {self.name} {self.opts}>"


class Button(Widget):
    registry = {}
    defaults = dict(Widget.defaults, color="blue", clickable=True)

    def __init__(self, name, label="OK", **opts):
        super().__init__(name, **opts)
        self.label = label


w1 = Widget("panel")
b1 = Button("ok", size=3)
b2 = Button("cancel", "Cancel")
w1.tag("a")
b1.tag("b")
print(w1, b1, b2, sep="\n")
print(Widget.count, Button.count, sorted(Widget.registry), sorted(Button.registry))
print(Widget.tags is Button.tags, Widget.tags, b2.tags)
print(Button.get("ok").label, Widget.get("ok"), Button.get("panel"))
b2.count = 100
print(b2.count, Button.count, Widget.count, "count" in b2.__dict__, "count" in Button.__dict__)
del b2.count
print(b2.count)
Button.count = 50
print(Widget.count, Button.count, w1.count, b1.count)
del Button.count
print(Button.count)
b1.tags = ["own"]
print(b1.tags, Widget.tags)


class Config:
    _instances = 0
    DEBUG = False

    def __init__(self):
        Config._instances += 1

    def enable(self):
        self.DEBUG = True

    @classmethod
    def enable_all(cls):
        cls.DEBUG = True


c1, c2 = Config(), Config()
c1.enable()
print(c1.DEBUG, c2.DEBUG, Config.DEBUG)
Config.enable_all()
print(c1.DEBUG, c2.DEBUG, Config._instances)


class Shape:
    sides = None
    name = "shape"

    def describe(self):
        return f"{self.name} with {self.sides} sides"


class Triangle(Shape):
    sides = 3
    name = "triangle"


class Square(Shape):
    sides = 4


shapes = [Shape(), Triangle(), Square()]
print([s.describe() for s in shapes])
Shape.name = "polygon"
print([s.describe() for s in shapes])
print([type(s).__name__ for s in shapes], [getattr(type(s), "sides") for s in shapes])
print(hasattr(Square, "describe"), Square.describe is Shape.describe, Square().describe.__self__.__class__.__name__)
