# Comparison operators and chained comparisons
def show(label, v):
    print(label, v)

show("1<2", 1 < 2)
show("2<=2", 2 <= 2)
show("3>4", 3 > 4)
show("5>=5", 5 >= 5)
show("eq", 1 == 1.0)
show("ne", "a" != "b")
x = 5
show("1<x<10", 1 < x < 10)
show("1<x>10", 1 < x > 10)
show("0<x<=5<6", 0 < x <= 5 < 6)
show("x==5==x", x == 5 == x)
show("3>2>1", 3 > 2 > 1)
show("1<3>2", 1 < 3 > 2)
show("5>x>=0", 5 > x >= 0)

calls = []
def f(v):
    calls.append(v)
    return v

r = f(1) < f(2) < f(3)
print(r, calls)
calls = []
r = f(3) < f(2) < f(1)
print(r, calls)
calls = []
r = f(1) < f(5) > f(2) == f(2)
print(r, calls)

print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9])
print((1, 2) == (1, 2), (1, "a") < (1, "b"), () < (0,))
print([1, [2, 3]] == [1, [2, 3]], {1: 2} == {1: 2}, {1, 2} == {2, 1})
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 3} > {1})
print(None == None, None is None, None != 0)
print(True == 1, False == 0, True > False)
print(1 < 2.5 < 3, -1 < -0.5 < 0)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2 < 5)
print(sorted([3, 1, 2]) == [1, 2, 3])
