def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

for x in gen():
    break
print("after")

def f():
    for x in gen():
        if x == 1:
            return "ret"
print(f())
print(next(gen()))
print("end")
