# A syntax error on line 3: the parenthesis is never closed.
print("never printed")
x = (1,
y = 2
print(x, y)
