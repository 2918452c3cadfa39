class AppError(Exception):
    """Base for this app."""

class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return f"bad config {self.key!r}: {self.reason}"

class NetError(AppError):
    pass

class TimeoutErr(NetError):
    def __init__(self, secs):
        super().__init__(f"timed out after {secs}s")
        self.secs = secs


def risky(n):
    if n == 0:
        raise ConfigError("port", "missing")
    if n == 1:
        raise TimeoutErr(3)
    if n == 2:
        raise NetError("refused", 111)
    if n == 3:
        return 1 / 0
    if n == 4:
        return [][1]
    if n == 5:
        return {}["k"]
    return n


for i in range(7):
    try:
        r = risky(i)
    except ConfigError as e:
        print("config:", e, e.args, e.key, repr(e.reason))
    except NetError as e:
        print("net:", type(e).__name__, e, e.args, isinstance(e, AppError))
    except (ZeroDivisionError, IndexError) as e:
        print("arith/index:", type(e).__name__, e)
    except LookupError as e:
        print("lookup:", type(e).__name__, e, repr(e))
    else:
        print("ok", r)
    finally:
        print("  done", i)

e = ConfigError("a", "b")
print(repr(NetError("x", 2)), str(NetError()), repr(NetError()), str(NetError("only")))
print(issubclass(TimeoutErr, Exception), TimeoutErr.__mro__[1].__name__)


def f_return_override():
    try:
        return "try"
    finally:
        return "finally"

def f_exc_override():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def f_order(log):
    try:
        log.append("try")
        return len(log)
    finally:
        log.append("finally")

print(f_return_override(), f_exc_override())
lg = []
print(f_order(lg), lg)


def loop_finally():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out

print(loop_finally())


def while_finally():
    i = 0
    out = []
    while True:
        try:
            try:
                i += 1
                if i % 2:
                    continue
                if i > 6:
                    return out
                out.append(i)
            finally:
                out.append("f")
        finally:
            out.append("F")

print(while_finally())


def handler_raises():
    try:
        try:
            int("xyz")
        except ValueError as e:
            raise KeyError("from handler")
    except KeyError as e2:
        return repr(e2)

print(handler_raises())


def reraise():
    try:
        [].pop()
    except IndexError:
        print("logging and re-raising")
        raise

try:
    reraise()
except IndexError as e:
    print("caught again:", e)


def chained():
    try:
        {}["missing"]
    except KeyError as e:
        raise AppError("lookup failed") from e

try:
    chained()
except AppError as e:
    print(e, "cause:", repr(e.__cause__), e.__suppress_context__)

try:
    try:
        raise ValueError(1)
    except ValueError:
        raise TypeError(2) from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__)

try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e, e.args)
try:
    assert []
except AssertionError as e:
    print("bare assert", e.args)

def nested_finally():
    log = []
    try:
        try:
            raise RuntimeError("inner")
        finally:
            log.append("inner finally")
    except RuntimeError as e:
        log.append("caught " + str(e))
    finally:
        log.append("outer finally")
    return log

print(nested_finally())
try:
    raise NetError
except AppError as e:
    print("class raised:", repr(e))
err = None
try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    print(err)
except NameError as ne:
    print("NameError after except")
