from __future__ import annotations
def g(x: Later) -> Later: pass
class Later: pass
v: Later = None
print(g.__annotations__, __annotations__)
