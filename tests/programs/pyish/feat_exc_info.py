# sys.exc_info() and a bare raise in a function called from a handler see
# the exception being handled; leaving the handler (normally, by return,
# break or an exception) ends that.
import sys


def current():
    t, v, tb = sys.exc_info()
    return None if t is None else (t.__name__, str(v), tb is not None)


def reraise():
    raise


print(current())
try:
    raise ValueError("boom")
except ValueError:
    print(current())
    try:
        raise KeyError("inner")
    except KeyError:
        print(current())
    print(current())
print(current())


def returns_from_handler():
    try:
        1 / 0
    except ZeroDivisionError:
        return current()


print(returns_from_handler(), current())
for i in range(3):
    try:
        raise IndexError(i)
    except IndexError:
        if i == 1:
            break
print(current())
try:
    try:
        raise TypeError("first")
    except TypeError:
        reraise()
except TypeError as e:
    print("re-raised", e, current())
try:
    reraise()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    try:
        raise ValueError("in finally")
    finally:
        print("finally sees", current())
except ValueError:
    pass
print(current())
