# Boolean operators with short-circuiting returning operands
print(True and False, True or False, not True, not 0)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "x" or "default", [] or {} or 0)
print(None and 1, None or 1, [] and [1])
print(not [], not [0], not "", not "a", not None)

log = []
def t(v):
    log.append(v)
    return v

r = t(0) and t(1)
print(r, log)
log = []
r = t(1) and t(2) and t(3)
print(r, log)
log = []
r = t(0) or t("") or t(None)
print(r, log)
log = []
r = t(0) or t(5) or t(6)
print(r, log)
log = []
r = t(1) and t(0) or t(7)
print(r, log)
print(True + True, True * 10, False - 1)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "))
print(bool([]), bool(()), bool({}), bool(set()), bool(None), bool([0]))
print(type(True), True is True, (1 == 1) is True)
print(str(True), repr(False), int(True), float(False))
print(True & False, True | False, True ^ True)
x = 0
y = x or 10
z = x and 10
print(y, z)
flags = [True, False, True]
print(sum(flags), any(flags), all(flags))
print(not 1 == 2, not (1 == 2))
print((not 1) == 2)
v = 3
print(v > 2 and v < 5, v < 2 or v > 5)
print(1 if True and not False else 0)
