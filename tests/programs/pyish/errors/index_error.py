# IndexError from reading past the end of a list.
items = [10, 20, 30]
for i in range(3):
    print(items[i])
print(items[5])
print("never printed")
