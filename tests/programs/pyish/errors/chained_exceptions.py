def parse(s):
    return int(s)

def load(s):
    try:
        return parse(s)
    except ValueError as e:
        raise RuntimeError(f"bad config: {s}") from e

def outer():
    try:
        load("x")
    except RuntimeError:
        d = {}
        return d["missing"]

outer()
