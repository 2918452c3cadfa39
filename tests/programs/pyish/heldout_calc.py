import math
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == '.':
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] in '.eE' or (src[j] in '+-' and src[j - 1] in 'eE')):
                j += 1
            text = src[i:j]
            tokens.append(('num', float(text) if any(c in text for c in '.eE') else int(text)))
            i = j
        elif ch.isalpha() or ch == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            tokens.append(('name', src[i:j]))
            i = j
        elif src.startswith('**', i) or src.startswith('//', i):
            tokens.append(('op', src[i:i + 2])); i += 2
        elif ch in '+-*/%^(),=':
            tokens.append(('op', ch)); i += 1
        else:
            return None, f"bad character {ch!r} at {i}"
    tokens.append(('end', None))
    return tokens, None

FUNCS = {'sqrt': math.sqrt, 'abs': abs, 'max': max, 'min': min, 'floor': math.floor, 'hyp': math.hypot}
def parse(tokens, env):
    pos = [0]
    def peek():
        return tokens[pos[0]]
    def advance():
        t = tokens[pos[0]]
        pos[0] += 1
        return t
    def expect(kind, value):
        t = advance()
        assert t == (kind, value), f"expected {value!r}, got {t[1]!r}"
    def expr():
        v = term()
        while peek() in (('op', '+'), ('op', '-')):
            op = advance()[1]
            r = term()
            v = v + r if op == '+' else v - r
        return v
    def term():
        v = unary()
        while peek()[0] == 'op' and peek()[1] in ('*', '/', '//', '%'):
            op = advance()[1]
            r = unary()
            if op == '*': v *= r
            elif op == '/': v /= r
            elif op == '//': v //= r
            else: v %= r
        return v
    def unary():
        if peek() == ('op', '-'):
            advance()
            return -unary()
        if peek() == ('op', '+'):
            advance()
            return +unary()
        return power()
    def power():
        base = atom()
        if peek() in (('op', '**'), ('op', '^')):
            advance()
            return base ** unary()
        return base
    def atom():
        kind, val = advance()
        if kind == 'num':
            return val
        if kind == 'name':
            if peek() == ('op', '('):
                advance()
                args = [expr()]
                while peek() == ('op', ','):
                    advance()
                    args.append(expr())
                expect('op', ')')
                return FUNCS[val](*args)
            return env[val]
        if (kind, val) == ('op', '('):
            v = expr()
            expect('op', ')')
            return v
        assert False, f"unexpected token {val!r}"
    if len(tokens) > 3 and tokens[0][0] == 'name' and tokens[1] == ('op', '='):
        pos[0] = 2
        name = tokens[0][1]
        env[name] = expr()
        return name, env[name]
    result = expr()
    assert peek()[0] == 'end', "trailing input"
    return None, result

env = {'pi': math.pi, 'e': math.e}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "2 ^ -1", "7 // 2 + 7 % 3", "10 / 4",
         "x = 3 * (4 + 5)", "y = x / 2", "x * y - 1", "sqrt(16) + abs(-3)", "max(1, x, y, 7) + min(3, 2)",
         "hyp(3, 4)", "1.5e3 + 2e-1", "floor(pi * 100) / 100", "2 ** 100", "r = 1", "r = r * 2 + 1", "r * r",
         "big = 3 ** 50", "big % 1000007", "1 + 2 $ 3", "(1 + 2", "e ** 1"]
for line in lines:
    tokens, err = tokenize(line)
    if err:
        print(f"{line!r:30} error: {err}")
        continue
    ok = True
    for t in tokens:
        if t == ('op', ')'):
            pass
    depth = 0
    for kind, v in tokens:
        depth += (v == '(') - (v == ')')
    if depth:
        print(f"{line!r:30} error: unbalanced parens ({depth})")
        continue
    name, value = parse(tokens, env)
    shown = f"{value:.6g}" if isinstance(value, float) else str(value)
    print(f"{line!r:30} {'-> ' + name + ' =' if name else '=':6} {shown}")
print(sorted(k for k in env if k not in ('pi', 'e')), len(tokenize("a+b*(c-d)//e")[0]))
