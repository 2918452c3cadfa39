import functools
def f(a, b: int = 2, *args: str, d: float = 4, **kw: bool) -> str:
    "doc"
print(f.__annotations__, f.__defaults__, f.__kwdefaults__)
@functools.singledispatch
def show(x):
    return "obj"
@show.register
def _(x: int):
    return "int " + str(x)
print(show(3), show("s"))
class P:
    x: int = 1
    def m(self) -> "P": return self
print(P.__annotations__, P.m.__annotations__)
