"""A JSON-like serializer and recursive-descent parser with classes:
a tokenizer, a parser producing Python values, an encoder with indentation
and custom objects, and a round-trip check on generated documents."""
import random


class JSONError(ValueError):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos


class Parser:
    ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def __init__(self, text):
        self.text = text
        self.i = 0

    def error(self, msg):
        raise JSONError(msg, self.i)

    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in " \t\n\r":
            self.i += 1

    def peek(self):
        self.ws()
        return self.text[self.i] if self.i < len(self.text) else ""

    def expect(self, ch):
        if self.peek() != ch:
            self.error(f"expected {ch!r}")
        self.i += 1

    def parse(self):
        v = self.value()
        if self.peek():
            self.error("trailing data")
        return v

    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        self.error("unexpected " + (repr(ch) if ch else "end of input"))

    def obj(self):
        self.expect("{")
        out = {}
        if self.peek() == "}":
            self.i += 1
            return out
        while True:
            if self.peek() != '"':
                self.error("expected key")
            k = self.string()
            self.expect(":")
            out[k] = self.value()
            if self.peek() == ",":
                self.i += 1
                continue
            self.expect("}")
            return out

    def arr(self):
        self.expect("[")
        out = []
        if self.peek() == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            if self.peek() == ",":
                self.i += 1
                continue
            self.expect("]")
            return out

    def string(self):
        self.i += 1
        buf = []
        while True:
            if self.i >= len(self.text):
                self.error("unterminated string")
            ch = self.text[self.i]
            self.i += 1
            if ch == '"':
                return "".join(buf)
            if ch == "\\":
                esc = self.text[self.i]
                self.i += 1
                if esc == "u":
                    buf.append(chr(int(self.text[self.i:self.i + 4], 16)))
                    self.i += 4
                elif esc in self.ESCAPES:
                    buf.append(self.ESCAPES[esc])
                else:
                    self.error("bad escape")
            else:
                buf.append(ch)

    def number(self):
        start = self.i
        if self.text[self.i] == "-":
            self.i += 1
        while self.i < len(self.text) and (self.text[self.i].isdigit() or self.text[self.i] in ".eE+-"):
            self.i += 1
        s = self.text[start:self.i]
        try:
            return float(s) if any(c in s for c in ".eE") else int(s)
        except ValueError:
            self.error(f"bad number {s!r}")


class Encoder:
    def __init__(self, indent=None, sort_keys=False):
        self.indent = indent
        self.sort_keys = sort_keys

    def default(self, o):
        if hasattr(o, "to_json"):
            return o.to_json()
        raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")

    def quote(self, s):
        out = ['"']
        for ch in s:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            elif ch == "\t":
                out.append("\\t")
            elif ord(ch) < 32 or ord(ch) > 126:
                out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)

    def encode(self, o, level=0):
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, (int, float)):
            return repr(o)
        if isinstance(o, str):
            return self.quote(o)
        nl = "" if self.indent is None else "\n" + " " * (self.indent * (level + 1))
        end = "" if self.indent is None else "\n" + " " * (self.indent * level)
        sep = ", " if self.indent is None else ","
        if isinstance(o, (list, tuple)):
            if not o:
                return "[]"
            return "[" + sep.join(nl + self.encode(v, level + 1) for v in o) + end + "]"
        if isinstance(o, dict):
            if not o:
                return "{}"
            items = sorted(o.items()) if self.sort_keys else o.items()
            return "{" + sep.join(nl + self.quote(str(k)) + ": " + self.encode(v, level + 1) for k, v in items) + end + "}"
        return self.encode(self.default(o), level)


class Person:
    def __init__(self, name, age, tags):
        self.name, self.age, self.tags = name, age, tags

    def to_json(self):
        return {"type": "person", "name": self.name, "age": self.age, "tags": self.tags}


def random_doc(rng, depth):
    kind = rng.randrange(7 if depth < 3 else 4)
    if kind == 0:
        return rng.randint(-1000, 1000)
    if kind == 1:
        return round(rng.uniform(-100, 100), 3)
    if kind == 2:
        return "".join(rng.choice('ab "\\\n\té') for _ in range(rng.randint(0, 6)))
    if kind == 3:
        return rng.choice([True, False, None])
    if kind in (4, 5):
        return [random_doc(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {f"k{rng.randint(0, 99)}": random_doc(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def main(n):
    enc = Encoder()
    pretty = Encoder(indent=2, sort_keys=True)
    doc = {"people": [Person("Ann", 31, ["dev", "ops"]), Person("Bo", 27, [])], "count": 2, "ok": True,
           "ratio": 0.25, "note": 'say "hi"\n', "nested": {"a": [1, [2, [3, {}]]], "b": None}}
    s = enc.encode(doc)
    print(s)
    print(pretty.encode(Parser(s).parse()["nested"]))
    rng = random.Random(2024)
    ok = 0
    total_len = 0
    for _ in range(n):
        d = random_doc(rng, 0)
        text = enc.encode(d)
        total_len += len(text)
        if Parser(text).parse() == d and Parser(pretty.encode(d)).parse() == d:
            ok += 1
    print("round trips", ok, "of", n, "chars", total_len)
    for bad in ['{"a": }', "[1, 2", '{"a" 1}', '"abc', "[1] x", "tru", "-", '{"k": [1, 2,]}']:
        try:
            Parser(bad).parse()
        except JSONError as e:
            print(f"{bad!r:18} -> {e} (pos={e.pos})")
    try:
        enc.encode({"x": {1, 2}})
    except TypeError as e:
        print("TypeError:", e)
    print(Parser('"\\u00e9\\t\\"x\\""').parse(), Parser(" [ 1e3 , -2.5E-1, 0 ] ").parse())


main(60)
