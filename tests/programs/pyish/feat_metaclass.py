from __future__ import print_function, division
class Meta(type):
    registry = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        Meta.registry.append(name)
        return cls
class Base(metaclass=Meta):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class A(Base, tag="a"): pass
class B(A): pass
print(Meta.registry, A.tag, B.tag, type(A).__name__)
