# ZeroDivisionError raised two calls deep; the traceback must name every frame.
print("before error")

def divide(a, b):
    return a / b

def middle(x):
    return divide(x, 0) + 1

def outer():
    print("in outer")
    return middle(10)

outer()
print("never printed")
