def spin(n):
    i = 0
    while (i := i + 1) < n:
        pass
    return i
print(spin(10))
def empty_for(xs):
    for x in xs:
        pass
    return x
print(empty_for([1, 2, 3]))
def dead():
    if 0:
        print("never")
    while 0:
        print("never2")
    if 1:
        a = 'one'
    else:
        a = 'other'
    return a
    print("unreachable")
    a = 5
print(dead())
def cont_last(n):
    out = []
    for i in range(n):
        out.append(i)
        continue
    j = 0
    while j < n:
        j += 1
        if j % 2:
            continue
        out.append(-j)
        continue
    return out
print(cont_last(5))
def loop_forever():
    n = 0
    while True:
        n += 1
        if n > 5:
            if n % 7 == 0:
                return n
            elif n > 100:
                break
            else:
                continue
    return -1
print(loop_forever())
def nested_break():
    res = []
    for i in range(4):
        while True:
            for j in range(10):
                if j > i:
                    break
                res.append((i, j))
            else:
                res.append('else')
            break
        if i == 2:
            continue
        res.append('end%d' % i)
    return res
print(nested_break())
def ret_in_loops(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            while v > 0:
                if v == target:
                    return r, c
                v -= 10
    return None
print(ret_in_loops([[1, 25], [33, 4]], 13), ret_in_loops([[1]], 99))
def gen_ret_in_loops():
    for i in range(3):
        for j in range(3):
            if i * j == 2:
                return
            yield i, j
print(list(gen_ret_in_loops()))
def if_chain(x):
    if x:
        pass
    elif x is None:
        return 'none'
    else:
        return 'falsy'
    return 'truthy'
print([if_chain(v) for v in (1, None, 0, '', 'a')])
def and_or_conditions(a, b, c):
    r = []
    if a and (b or c):
        r.append(1)
    if not (a or b) and not c:
        r.append(2)
    if a and not b or c and not a:
        r.append(3)
    while a and b:
        a -= 1
        r.append('w')
    if (a or b) and (b or c) and not (a and c):
        r.append(4)
    return r
for args in [(0, 0, 0), (1, 0, 1), (2, 3, 0), (0, 1, 1), (1, 1, 1)]:
    print(args, and_or_conditions(*args))
x = 0
while x < 3:
    x += 1
    for y in range(x):
        if y == 1:
            break
    else:
        continue
    print('broke at', x)
print(x, y)
def deep_if(n):
    if n > 0:
        if n > 10:
            if n > 100:
                return 'huge'
            return 'big'
        else:
            if n % 2:
                return 'odd'
    return 'other'
print([deep_if(v) for v in (-1, 3, 4, 50, 500)])
