class CM:
    def __init__(s, n, fail_enter=False, ret=None): s.n = n; s.fail = fail_enter; s.ret = ret
    def __enter__(s):
        print('enter', s.n)
        if s.fail: raise RuntimeError('enter failed ' + s.n)
        return s
    def __exit__(s, t, v, tb):
        print('exit', s.n, t.__name__ if t else None, tb is not None); return s.ret
try:
    with CM('a'), CM('b', fail_enter=True): print('body')
except RuntimeError as e: print('caught', e)
with CM('c', ret=1): raise ValueError
with CM('d', ret='yes'): 1/0
print('after')
def gen_in_with():
    with CM('g'):
        for i in range(3):
            if i == 1: return i
print(gen_in_with())
class Tup:
    def __enter__(s): return (1, [2, 3])
    def __exit__(s, *a): pass
with Tup() as (x, [y, z]): print(x, y, z)
obj = type('O', (), {})()
with Tup() as obj.attr: print(obj.attr)
