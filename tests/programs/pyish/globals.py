# Global variables and the global statement
counter = 0

def increment():
    global counter
    counter += 1

for _ in range(5):
    increment()
print(counter)

def read_only():
    return counter * 2
print(read_only())

def shadow():
    counter = -1
    return counter
print(shadow(), counter)

def create_global():
    global created
    created = "made inside function"
create_global()
print(created)

config = {"debug": False}
def toggle():
    config["debug"] = not config["debug"]
toggle()
print(config)

items = []
def add_item(x):
    items.append(x)
add_item(1)
add_item(2)
print(items)

def rebind():
    global items
    items = ["new"]
rebind()
print(items)

x = 10
def f():
    global x
    x = x * 3
    def g():
        return x + 1
    return g()
print(f(), x)

a, b = 1, 2
def swap_globals():
    global a, b
    a, b = b, a
swap_globals()
print(a, b)
total = 0
for i in range(4):
    total += i
print(total, i)
def uses_later():
    return later_defined + 1
later_defined = 41
print(uses_later())
