"""An incremental dataflow constraint solver with constraint strengths, in
the spirit of DeltaBlue: each variable is determined by at most one
constraint, weaker constraints give way to stronger ones, and a plan is
extracted and executed to propagate values."""


class Strength:
    NAMES = ["required", "strong-preferred", "preferred", "strong-default",
             "normal", "weak-default", "weakest"]

    def __init__(self, level):
        self.level = level

    def stronger(self, other):
        return self.level < other.level

    def weaker(self, other):
        return self.level > other.level

    @staticmethod
    def weakest_of(a, b):
        return a if a.weaker(b) else b

    def __repr__(self):
        return self.NAMES[self.level]


REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = (
    Strength(i) for i in range(7))


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAKEST
        self.stay = True
        self.mark = 0

    def __repr__(self):
        return f"{self.name}={self.value}"


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def add(self, planner):
        for v in self.variables():
            v.constraints.append(self)
        planner.incremental_add(self)

    def remove(self, planner):
        planner.incremental_remove(self)

    def satisfy(self, mark, planner):
        self.choose(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not planner.add_propagate(self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, v, strength, planner):
        super().__init__(strength)
        self.out = v
        self.satisfied = False
        self.add(planner)

    def variables(self):
        return [self.out]

    def choose(self, mark):
        self.satisfied = self.out.mark != mark and self.strength.stronger(self.out.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.out

    def recalculate(self):
        self.out.walk_strength = self.strength
        self.out.stay = not self.is_input()
        if self.out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def is_input(self):
        return False

    def execute(self):
        pass

    def remove_from_graph(self):
        if self.out is not None:
            self.out.constraints.remove(self)
        self.satisfied = False


class StayConstraint(UnaryConstraint):
    pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True


class BinaryConstraint(Constraint):
    NONE, FORWARD, BACKWARD = 0, 1, 2

    def __init__(self, a, b, strength, planner):
        super().__init__(strength)
        self.a = a
        self.b = b
        self.direction = self.NONE
        self.add(planner)

    def variables(self):
        return [self.a, self.b]

    def choose(self, mark):
        if self.a.mark == mark:
            ok = self.b.mark != mark and self.strength.stronger(self.b.walk_strength)
            self.direction = self.FORWARD if ok else self.NONE
        elif self.b.mark == mark:
            ok = self.strength.stronger(self.a.walk_strength)
            self.direction = self.BACKWARD if ok else self.NONE
        elif self.a.walk_strength.weaker(self.b.walk_strength):
            ok = self.strength.stronger(self.a.walk_strength)
            self.direction = self.BACKWARD if ok else self.NONE
        else:
            ok = self.strength.stronger(self.b.walk_strength)
            self.direction = self.FORWARD if ok else self.BACKWARD

    def is_satisfied(self):
        return self.direction != self.NONE

    def input(self):
        return self.a if self.direction == self.FORWARD else self.b

    def output(self):
        return self.b if self.direction == self.FORWARD else self.a

    def mark_inputs(self, mark):
        self.input().mark = mark

    def recalculate(self):
        i, o = self.input(), self.output()
        o.walk_strength = Strength.weakest_of(self.strength, i.walk_strength)
        o.stay = i.stay
        if o.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = self.NONE

    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None

    def is_input(self):
        return False

    def remove_from_graph(self):
        for v in (self.a, self.b):
            if self in v.constraints:
                v.constraints.remove(self)
        self.direction = self.NONE


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    def __init__(self, src, scale, offset, dest, strength, planner):
        self.scale = scale
        self.offset = offset
        super().__init__(src, dest, strength, planner)

    def variables(self):
        return [self.a, self.b, self.scale, self.offset]

    def execute(self):
        if self.direction == self.FORWARD:
            self.b.value = self.a.value * self.scale.value + self.offset.value
        else:
            self.a.value = (self.b.value - self.offset.value) // self.scale.value

    def recalculate(self):
        i, o = self.input(), self.output()
        o.walk_strength = Strength.weakest_of(self.strength, i.walk_strength)
        o.stay = i.stay and self.scale.stay and self.offset.stay
        if o.stay:
            self.execute()

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = self.offset.mark = mark

    def remove_from_graph(self):
        super().remove_from_graph()
        for v in (self.scale, self.offset):
            if self in v.constraints:
                v.constraints.remove(self)


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark, self)
        while overridden is not None:
            overridden = overridden.satisfy(mark, self)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        for s in range(7):
            for u in unsatisfied:
                if u.strength.level == s:
                    self.incremental_add(u)

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            todo.extend(self.consumers(d.output()))
        return True

    def consumers(self, v):
        return [c for c in v.constraints if c is not v.determined_by and c.is_satisfied()]

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            for c in self.consumers(v):
                c.recalculate()
                todo.append(c.output())
        return unsatisfied

    def extract_plan(self, sources):
        mark = self.new_mark()
        plan = []
        todo = list(sources)
        while todo:
            c = todo.pop(0)
            if c.output().mark != mark and c.inputs_known(mark):
                plan.append(c)
                c.output().mark = mark
                todo.extend(self.consumers(c.output()))
        return plan

    def plan_for_edits(self, edits):
        return self.extract_plan([e for e in edits if e.is_input() and e.is_satisfied()])


def execute_plan(plan):
    for c in plan:
        c.execute()


def chain_test(n):
    planner = Planner()
    vs = [Variable("v%d" % i) for i in range(n + 1)]
    for a, b in zip(vs, vs[1:]):
        EqualityConstraint(a, b, REQUIRED, planner)
    StayConstraint(vs[-1], STRONG_DEFAULT, planner)
    edit = EditConstraint(vs[0], PREFERRED, planner)
    plan = planner.plan_for_edits([edit])
    results = []
    for value in range(0, 50, 7):
        vs[0].value = value
        execute_plan(plan)
        results.append(vs[-1].value)
    edit.remove(planner)
    return len(plan), results


def projection_test(n):
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        dests.append(dst)
        StayConstraint(src, NORMAL, planner)
        ScaleConstraint(src, scale, offset, dst, REQUIRED, planner)

    def change(var, value):
        edit = EditConstraint(var, PREFERRED, planner)
        plan = planner.plan_for_edits([edit])
        for _ in range(3):
            var.value = value
            execute_plan(plan)
        edit.remove(planner)

    out = []
    change(src, 17)
    out.append(dst.value)
    change(dst, 1050)
    out.append(src.value)
    change(scale, 5)
    out.append(sum(d.value for d in dests))
    change(offset, 2000)
    out.append(sum(d.value for d in dests))
    return out


def main(n):
    print("chain", chain_test(n))
    print("projection", projection_test(n))
    print(sorted([NORMAL, REQUIRED, WEAKEST], key=lambda s: s.level))


main(20)
main(60)
