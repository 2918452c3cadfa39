"""Shapes for `from geometry import *`."""
__all__ = ["area", "Square", "UNIT"]
UNIT = 1.0
_hidden = "not exported"
class Square:
    def __init__(self, side):
        self.side = side
def area(shape):
    return shape.side ** 2 * UNIT
def not_exported():
    return "x"
