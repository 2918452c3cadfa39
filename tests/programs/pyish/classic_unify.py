"""A small logic-programming interpreter: terms, unification with an
occurs check, and depth-first resolution with generators (Prolog-style)."""
import itertools


class Term:
    pass


class Var(Term):
    counter = itertools.count()

    def __init__(self, name):
        self.name = name
        self.id = next(Var.counter)

    def __repr__(self):
        return self.name

    def rename(self):
        return Var(self.name.split("#")[0] + "#" + str(next(Var.counter)))


class Atom(Term):
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Atom) and self.name == other.name

    def __hash__(self):
        return hash(("atom", self.name))

    def __repr__(self):
        return self.name


class Struct(Term):
    def __init__(self, functor, *args):
        self.functor = functor
        self.args = args

    def __repr__(self):
        if self.functor == "." and len(self.args) == 2:
            items, t = [], self
            while isinstance(t, Struct) and t.functor == "." and len(t.args) == 2:
                items.append(t.args[0])
                t = t.args[1]
            tail = "" if t == NIL else "|" + repr(t)
            return "[" + ",".join(map(repr, items)) + tail + "]"
        return f"{self.functor}({', '.join(map(repr, self.args))})"


NIL = Atom("[]")


def plist(*items, tail=NIL):
    out = tail
    for it in reversed(items):
        out = Struct(".", it, out)
    return out


def num(n):
    t = Atom("z")
    for _ in range(n):
        t = Struct("s", t)
    return t


class UnifyError(Exception):
    pass


def walk(t, env):
    while isinstance(t, Var) and t in env:
        t = env[t]
    return t


def occurs(v, t, env):
    t = walk(t, env)
    if t is v:
        return True
    if isinstance(t, Struct):
        return any(occurs(v, a, env) for a in t.args)
    return False


def unify(a, b, env):
    a, b = walk(a, env), walk(b, env)
    if a is b:
        return env
    if isinstance(a, Var):
        if occurs(a, b, env):
            return None
        new = dict(env)
        new[a] = b
        return new
    if isinstance(b, Var):
        return unify(b, a, env)
    if isinstance(a, Atom) and isinstance(b, Atom):
        return env if a == b else None
    if isinstance(a, Struct) and isinstance(b, Struct):
        if a.functor != b.functor or len(a.args) != len(b.args):
            return None
        for x, y in zip(a.args, b.args):
            env = unify(x, y, env)
            if env is None:
                return None
        return env
    return None


def resolve(t, env):
    t = walk(t, env)
    if isinstance(t, Struct):
        return Struct(t.functor, *(resolve(a, env) for a in t.args))
    return t


def rename(term, mapping):
    if isinstance(term, Var):
        if term not in mapping:
            mapping[term] = term.rename()
        return mapping[term]
    if isinstance(term, Struct):
        return Struct(term.functor, *(rename(a, mapping) for a in term.args))
    return term


class Clause:
    def __init__(self, head, *body):
        self.head = head
        self.body = body

    def fresh(self):
        m = {}
        return rename(self.head, m), [rename(b, m) for b in self.body]


class Program:
    def __init__(self):
        self.clauses = {}
        self.steps = 0

    def add(self, clause):
        key = (clause.head.functor, len(clause.head.args))
        self.clauses.setdefault(key, []).append(clause)

    def solve(self, goals, env, depth=0):
        if not goals:
            yield env
            return
        if depth > 60:
            raise UnifyError("depth limit")
        goal, rest = goals[0], goals[1:]
        self.steps += 1
        for clause in self.clauses.get((goal.functor, len(goal.args)), []):
            head, body = clause.fresh()
            e = unify(goal, head, env)
            if e is not None:
                yield from self.solve(list(body) + rest, e, depth + 1)

    def query(self, goal, *vs, limit=None):
        answers = self.solve([goal], {})
        if limit is not None:
            answers = itertools.islice(answers, limit)
        return [tuple(resolve(v, env) for v in vs) for env in answers]


def build():
    X, Y, Z, H, T, R = (Var(n) for n in "XYZHTR")
    p = Program()
    p.add(Clause(Struct("append", NIL, X, X)))
    p.add(Clause(Struct("append", Struct(".", H, T), Y, Struct(".", H, Z)), Struct("append", T, Y, Z)))
    p.add(Clause(Struct("add", Atom("z"), Y, Y)))
    p.add(Clause(Struct("add", Struct("s", X), Y, Struct("s", Z)), Struct("add", X, Y, Z)))
    p.add(Clause(Struct("rev", NIL, NIL)))
    p.add(Clause(Struct("rev", Struct(".", H, T), R), Struct("rev", T, Z), Struct("append", Z, plist(H), R)))
    for a, b in [("tom", "bob"), ("bob", "ann"), ("bob", "pat"), ("pat", "jim")]:
        p.add(Clause(Struct("parent", Atom(a), Atom(b))))
    p.add(Clause(Struct("anc", X, Y), Struct("parent", X, Y)))
    p.add(Clause(Struct("anc", X, Y), Struct("parent", X, Z), Struct("anc", Z, Y)))
    return p


def main():
    p = build()
    A, B, C = Var("A"), Var("B"), Var("C")
    print(p.query(Struct("append", A, B, plist(*map(Atom, "abc"))), A, B))
    print(p.query(Struct("add", num(2), num(3), C), C))
    print(p.query(Struct("add", A, B, num(2)), A, B))
    print(p.query(Struct("rev", plist(*map(Atom, "abcde")), A), A))
    print(p.query(Struct("anc", Atom("tom"), A), A))
    print(p.query(Struct("anc", A, Atom("jim")), A, limit=2))
    print(p.query(Struct("append", A, A, A), A, limit=1))
    print(unify(A, Struct("f", A), {}), unify(Atom("a"), Atom("b"), {}))
    x = Var("X")
    env = unify(Struct("g", x, Atom("k")), Struct("g", Struct("h", B), B), {})
    print(resolve(x, env), plist(Atom("a"), tail=A))
    print("steps", p.steps)


main()
