// program_vm: a tiny tokenizer, recursive-descent parser and stack VM for arithmetic with variables
function tokenize(src) {
  const tokens = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === ' ') i++;
    else if (ch >= '0' && ch <= '9') {
      let j = i;
      while (j < src.length && ((src[j] >= '0' && src[j] <= '9') || src[j] === '.')) j++;
      tokens.push({ type: 'num', value: parseFloat(src.slice(i, j)) });
      i = j;
    } else if ((ch >= 'a' && ch <= 'z') || ch === '_') {
      let j = i;
      while (j < src.length && ((src[j] >= 'a' && src[j] <= 'z') || src[j] === '_')) j++;
      tokens.push({ type: 'id', value: src.slice(i, j) });
      i = j;
    } else if ('+-*/%()=^'.indexOf(ch) !== -1) {
      tokens.push({ type: 'op', value: ch });
      i++;
    } else {
      throw new SyntaxErrorLike('unexpected character ' + JSON.stringify(ch) + ' at ' + i);
    }
  }
  return tokens;
}
class SyntaxErrorLike extends Error {
  constructor(msg) { super(msg); this.name = 'ParseError'; }
}
function parse(tokens) {
  let pos = 0;
  const peek = () => tokens[pos], next = () => tokens[pos++];
  function primary() {
    const t = next();
    if (!t) throw new SyntaxErrorLike('unexpected end');
    if (t.type === 'num') return { k: 'num', v: t.value };
    if (t.type === 'id') return { k: 'var', name: t.value };
    if (t.value === '(') {
      const e = expr();
      const close = next();
      if (!close || close.value !== ')') throw new SyntaxErrorLike('expected )');
      return e;
    }
    if (t.value === '-') return { k: 'neg', e: primary() };
    throw new SyntaxErrorLike('unexpected ' + t.value);
  }
  function power() {
    const base = primary();
    if (peek() && peek().value === '^') {
      next();
      return { k: 'bin', op: '^', l: base, r: power() };
    }
    return base;
  }
  function term() {
    let l = power();
    while (peek() && '*/%'.indexOf(peek().value) !== -1) {
      const op = next().value;
      l = { k: 'bin', op, l, r: power() };
    }
    return l;
  }
  function expr() {
    let l = term();
    while (peek() && (peek().value === '+' || peek().value === '-')) {
      const op = next().value;
      l = { k: 'bin', op, l, r: term() };
    }
    return l;
  }
  function statement() {
    if (tokens.length > 2 && tokens[0].type === 'id' && tokens[1].value === '=') {
      pos = 2;
      return { k: 'assign', name: tokens[0].value, e: expr() };
    }
    return expr();
  }
  const s = statement();
  if (pos < tokens.length) throw new SyntaxErrorLike('trailing ' + tokens[pos].value);
  return s;
}
function compile(node, code) {
  switch (node.k) {
    case 'num': code.push(['push', node.v]); break;
    case 'var': code.push(['load', node.name]); break;
    case 'neg': compile(node.e, code); code.push(['neg']); break;
    case 'bin': compile(node.l, code); compile(node.r, code); code.push(['op', node.op]); break;
    case 'assign': compile(node.e, code); code.push(['store', node.name]); break;
  }
  return code;
}
function run(code, env) {
  const stack = [];
  for (const [ins, arg] of code) {
    if (ins === 'push') stack.push(arg);
    else if (ins === 'load' && !env.has(arg)) throw new ReferenceError('undefined variable ' + arg);
    else if (ins === 'load') stack.push(env.get(arg));
    else if (ins === 'neg') stack.push(-stack.pop());
    else if (ins === 'store') env.set(arg, stack[stack.length - 1]);
    else {
      const b = stack.pop(), a = stack.pop();
      stack.push(arg === '+' ? a + b : arg === '-' ? a - b : arg === '*' ? a * b : arg === '/' ? a / b : arg === '%' ? a % b : a ** b);
    }
  }
  return stack.pop();
}
const env = new Map();
const programs = ['1 + 2 * 3', '(1 + 2) * 3', 'x = 10', 'y = x / 4', 'x * y - 1', '2 ^ 3 ^ 2', '-x + 3', '7 % -3',
  '0.1 + 0.2', '1 / 0', 'z + 1', '3 +', '(1', '4 $ 4', 'big = 2 ^ 60 + 1', 'big - 2 ^ 60', 'x = x + 1', 'x'];
for (const p of programs) {
  try {
    const code = compile(parse(tokenize(p)), []);
    console.log(p.padStart(17), '=>', run(code, env), '|', code.length, 'ops');
  } catch (e) {
    console.log(p.padStart(17), '!!', e.name + ': ' + e.message);
  }
}
console.log(parse(tokenize('a = (1 + b) * -2')));
console.log(compile(parse(tokenize('1 - 2 - 3')), []));
console.log(env);
