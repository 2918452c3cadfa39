def ret_in_handler():
    try: raise ValueError
    except ValueError as e:
        return 'returned'
print(ret_in_handler())
try:
    try: raise ValueError('outer')
    except ValueError:
        try: raise KeyError('inner')
        except KeyError: pass
        raise
except Exception as e: print('reraised', repr(e))
def helper(): raise
try: helper()
except RuntimeError as e: print('RT', e)
def gen_handler():
    try: raise ValueError('g')
    except ValueError:
        yield 1
        raise
g = gen_handler(); next(g)
try: next(g)
except ValueError as e: print('gen reraise', e)
try:
    try: raise ValueError(1)
    finally: print('finally sees exception in flight')
except ValueError: print('ok')
def fin_ret_swallows():
    try: raise ValueError
    finally: return 'swallowed'
print(fin_ret_swallows())
def nested_fin():
    try:
        try: return 'inner'
        finally: print('f1')
    finally: print('f2')
print(nested_fin())
def exc_in_else():
    try:
        try: pass
        except ValueError: print('wrong')
        else: raise ValueError('from else')
        finally: print('fin after else')
    except ValueError as e: print('outer caught', e)
exc_in_else()
def ctx_chain():
    try:
        try: raise ValueError('first')
        finally: raise KeyError('second')
    except KeyError as e: return repr(e.__context__)
print(ctx_chain())
class CM:
    def __enter__(s): return s
    def __exit__(s, t, v, tb): print('exit sees', t.__name__ if t else None); return False
def with_ret():
    with CM(): return 'with ret'
print(with_ret())
try:
    with CM(): raise IndexError('x')
except IndexError: print('propagated through with')
def exc_match_tuple():
    for exc in [ValueError, KeyError, TypeError]:
        try: raise exc('m')
        except (ValueError, KeyError) as e: print('tuple caught', type(e).__name__)
        except Exception as e: print('generic', type(e).__name__)
exc_match_tuple()
try:
    try: raise ValueError
    except 5: pass
except TypeError as e: print(e)
e = 'still here'
try: pass
except Exception as e: pass
print(e)
