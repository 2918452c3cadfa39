"""Shapes module."""
import math
PI2 = math.pi * 2
class Circle:
    def __init__(self, r): self.r = r
    def area(self): return round(math.pi * self.r ** 2, 3)
def describe(s):
    return f"{type(s).__name__} with area {s.area()}"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
if __name__ == "__main__":
    print("never printed on import")
