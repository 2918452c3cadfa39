# class statements are not part of the pyish subset (line 4).
x = 1

class Point:
    def __init__(self, x):
        self.x = x

print(Point(x).x)
