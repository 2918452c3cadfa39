# TypeError from adding an int and a str.
total = 0
for n in [1, 2, 3]:
    total += n
print("total", total)
result = 1 + "a"
print("never printed", result)
