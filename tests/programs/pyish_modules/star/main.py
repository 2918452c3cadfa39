from geometry import *
from helpers import *
print(area(Square(3)), UNIT, shout("hi"))
print(sorted(n for n in globals() if not n.startswith("__")))
