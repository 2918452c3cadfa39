"""The rbish front end: Ruby's context-sensitive syntax parsed the way CRuby
3.1 parses it (shapes checked against `ruby --dump=parsetree`), positions
on every node, and syntax errors naming line and column."""
from pathlib import Path

import pytest

from guests.rbish import ast as A
from guests.rbish.parser import parse
from hostvm.guest import GuestSyntaxError

ROOT = Path(__file__).resolve().parent.parent
_FLAGS = ("exclusive", "braces", "safe_nav", "do_while", "top", "has_args")


def sx(node):
    """A compact S-expression: fields in order, empty and default ones left out,
    flags shown by name (`safe_nav`), Call receivers of None left out."""
    if isinstance(node, A.Node):
        items = []
        for field in node._fields:
            value = getattr(node, field)
            if value is None or value is False or value == "" or \
                    (isinstance(value, (list, tuple)) and not value):
                continue
            items.append(field if field in _FLAGS else sx(value))
        return f"({' '.join([type(node).__name__] + items)})"
    if isinstance(node, (list, tuple)):
        return "[" + " ".join(sx(x) for x in node) + "]"
    return repr(node)


def last(source):
    """The last statement of a program, as an S-expression."""
    return sx(parse(source, "t.rb").body[-1])


@pytest.mark.parametrize("source,tree", [
    # a command call or an operator: the lexer asks whether the name is a local
    ("foo -1", "(Call 'foo' [(Int -1)])"),
    ("foo - 1", "(Call (Call 'foo') '-' [(Int 1)])"),
    ("foo-1", "(Call (Call 'foo') '-' [(Int 1)])"),
    ("a = 1\na -1", "(Call (LVar 'a') '-' [(Int 1)])"),
    ("puts -x", "(Call 'puts' [(Call (Call 'x') '-@')])"),
    ("puts [1, 2].sum", "(Call 'puts' [(Call (Array [(Int 1) (Int 2)]) 'sum')])"),
    ("foo [0]", "(Call 'foo' [(Array [(Int 0)])])"),
    ("foo[0]", "(Call (Call 'foo') '[]' [(Int 0)])"),
    ("a = [1]\na [0]", "(Call (LVar 'a') '[]' [(Int 0)])"),
    ("puts (1 + 2) * 3", "(Call 'puts' [(Call (Call (Int 1) '+' [(Int 2)]) '*' [(Int 3)])])"),
    ("a.b c, d", "(Call (Call 'a') 'b' [(Call 'c') (Call 'd')])"),
    ("puts foo 1", "(Call 'puts' [(Call 'foo' [(Int 1)])])"),
    ("return a, b", "(Return (Array [(Call 'a') (Call 'b')]))"),
    ("puts x if y", "(If (Call 'y') (Call 'puts' [(Call 'x')]))"),
    # arguments
    ("foo key: 1", "(Call 'foo' [(Hash [[(Sym 'key') (Int 1)]])])"),
    ('foo("a" => 1, b: 2, **h, &blk,)',
     "(Call 'foo' [(Hash [[(Str ['a']) (Int 1)] [(Sym 'b') (Int 2)] [None (Call 'h')]])] "
     "(Call 'blk'))"),
    ("foo(*args, &:sym)", "(Call 'foo' [(Splat (Call 'args'))] (Sym 'sym'))"),
    ("foo(\n  1,\n  2\n)", "(Call 'foo' [(Int 1) (Int 2)])"),
    # method names, receivers, constants
    ("x.class", "(Call (Call 'x') 'class')"),
    ("r.end", "(Call (Call 'r') 'end')"),
    ("x.nil?", "(Call (Call 'x') 'nil?')"),
    ("A::B.c(1)", "(Call (Const (Const 'A') 'B') 'c' [(Int 1)])"),
    ("Math::sqrt 2", "(Call (Const 'Math') 'sqrt' [(Int 2)])"),
    ("::Foo::Bar", "(Const (Const 'Foo' top) 'Bar')"),
    ("a&.b(1)", "(Call (Call 'a') 'b' [(Int 1)] safe_nav)"),
    ("f.(1)", "(Call (Call 'f') 'call' [(Int 1)])"),
    ("Integer('3')", "(Call 'Integer' [(Str ['3'])])"),
    ("a\n  .b # c\n  # d\n  &.c", "(Call (Call (Call 'a') 'b') 'c' safe_nav)"),
    # `do` binds to the outermost command call, `{` to the nearest call
    ("list.each_slice 2 do |x| end",
     "(Call (Call 'list') 'each_slice' [(Int 2)] (Block (Params [(Param 'req' 'x')]) (Seq)))"),
    ("puts items.map do |x| x end",
     "(Call 'puts' [(Call (Call 'items') 'map')] (Block (Params [(Param 'req' 'x')]) "
     "(Seq [(LVar 'x')])))"),
    ("puts items.map { |x| x }",
     "(Call 'puts' [(Call (Call 'items') 'map' (Block (Params [(Param 'req' 'x')]) "
     "(Seq [(LVar 'x')])))])"),
    ("x = items.map do |y| y end",
     "(LAsgn 'x' (Call (Call 'items') 'map' (Block (Params [(Param 'req' 'y')]) "
     "(Seq [(LVar 'y')]))))"),
    ("while queue.any? do queue.pop end",
     "(While (Call (Call 'queue') 'any?') (Seq [(Call (Call 'queue') 'pop')]))"),
    ("foo { |a, (b, c), *r, k: 1, &blk| b }",
     "(Call 'foo' (Block (Params [(Param 'req' 'a') (Param 'mlhs' (Params [(Param 'req' 'b') "
     "(Param 'req' 'c')])) (Param 'rest' 'r') (Param 'kwopt' 'k' (Int 1)) "
     "(Param 'block' 'blk')]) (Seq [(LVar 'b')])))"),
    ("foo { |x; y| y }", "(Call 'foo' (Block (Params [(Param 'req' 'x')]) (Seq [(LVar 'y')])))"),
    ("loop do end", "(Call 'loop' (Block (Params) (Seq)))"),
    ("x = 1\n[1].each { |a| x -1 }",
     "(Call (Array [(Int 1)]) 'each' (Block (Params [(Param 'req' 'a')]) "
     "(Seq [(Call (LVar 'x') '-' [(Int 1)])])))"),
    ("->(x, y = 1) { x }",
     "(Lambda (Params [(Param 'req' 'x') (Param 'opt' 'y' (Int 1))]) (Seq [(LVar 'x')]))"),
    ("-> x do x end", "(Lambda (Params [(Param 'req' 'x')]) (Seq [(LVar 'x')]))"),
    # numbers and unary minus
    ("-2 ** 2", "(Call (Call (Int 2) '**' [(Int 2)]) '-@')"),
    ("-2.abs", "(Call (Int -2) 'abs')"),
    ("2 ** -1", "(Call (Int 2) '**' [(Int -1)])"),
    ("2 - 1", "(Call (Int 2) '-' [(Int 1)])"),
    ("a[1..-1]", "(Call (Call 'a') '[]' [(Range (Int 1) (Int -1))])"),
    ("(1..)", "(Range (Int 1))"),
    ("a[...2]", "(Call (Call 'a') '[]' [(Range (Int 2) exclusive)])"),
    ("[1_000, 0x1f, 0b101, 0o17, 017, 1.5, 1e-7, 2.0e10]",
     "(Array [(Int 1000) (Int 31) (Int 5) (Int 15) (Int 15) (Float 1.5) (Float 1e-07) "
     "(Float 20000000000.0)])"),
    # a regexp or a division
    ("x = 4\nx /2", "(Call (LVar 'x') '/' [(Int 2)])"),
    ("foo /2/", "(Call 'foo' [(Regex ['2'])])"),
    ("x = 4\nx / 2 / 1", "(Call (Call (LVar 'x') '/' [(Int 2)]) '/' [(Int 1)])"),
    ("s =~ /a\\/#{b}c/mi", "(Call (Call 's') '=~' [(Regex ['a/' (Seq [(Call 'b')]) 'c'] 'im')])"),
    ("split(%r{/a\\d})", "(Call 'split' [(Regex ['/a\\\\d'])])"),
    # strings and symbols
    ('"a\\tb\\u00e9\\u{41 42}\\x41\\e\\s\\0 #{x} #@y"',
     "(Str ['a\\tbéABA\\x1b \\x00 ' (Seq [(Call 'x')]) ' ' (Seq [(IVar '@y')])])"),
    ("'a\\'b\\\\c\\n'", "(Str [\"a'b\\\\c\\\\n\"])"),
    ('"a" \'b\' "c"', "(Str ['abc'])"),
    ('""', "(Str)"),
    ('"#{"}"}"', "(Str [(Seq [(Str ['}'])])])"),
    ("%w[a b\\ c] + %i(d e)",
     "(Call (Array [(Str ['a']) (Str ['b c'])]) '+' [(Array [(Sym 'd') (Sym 'e')])])"),
    ("%q(a (b) c) + %Q[#{x}] + %(y)",
     "(Call (Call (Str ['a (b) c']) '+' [(Str [(Seq [(Call 'x')])])]) '+' [(Str ['y'])])"),
    ('[?a, :b?, :c=, :+, :[]=, :<=>, :!, :"d #{e}"]',
     "(Array [(Str ['a']) (Sym 'b?') (Sym 'c=') (Sym '+') (Sym '[]=') (Sym '<=>') (Sym '!') "
     "(DSym ['d ' (Seq [(Call 'e')])])])"),
    ("x ? 1:2", "(If (Call 'x') (Int 1) (Int 2))"),
    ("x ? :a : :b", "(If (Call 'x') (Sym 'a') (Sym 'b'))"),
    ("x.nil? ? 'y' : 'n'", "(If (Call (Call 'x') 'nil?') (Str ['y']) (Str ['n']))"),
    ('{ "a" => 1, b: 2, "c": 3, **h }',
     "(Hash [[(Str ['a']) (Int 1)] [(Sym 'b') (Int 2)] [(Sym 'c') (Int 3)] [None (Call 'h')]] "
     "braces)"),
    # heredocs: the body starts on the next line, the line goes on
    ("x = <<~A + <<-B\n  one\n    two\nA\n  three\n  B\nx",
     "(LVar 'x')"),
    ("<<~A + <<-B\n  one\n    two\nA\n  three\n  B\n",
     "(Call (Str ['one\\n  two\\n']) '+' [(Str ['  three\\n'])])"),
    ("<<~'A'\n  #{raw} \\n\nA\n", "(Str ['#{raw} \\\\n\\n'])"),
    ("foo(<<~A, 1)\n  body #{x}\nA\n",
     "(Call 'foo' [(Str ['body ' (Seq [(Call 'x')]) '\\n']) (Int 1)])"),
    ("<<EOS.upcase\nraw\nEOS\n", "(Call (Str ['raw\\n']) 'upcase')"),
    # assignment
    ("a, b = b, a", "(MultiAsgn [(LAsgn 'a') (LAsgn 'b')] (Array [(LVar 'b') (LVar 'a')]))"),
    ("a, *b = arr", "(MultiAsgn [(LAsgn 'a') (Splat (LAsgn 'b'))] (Call 'arr'))"),
    ("*a, b = arr", "(MultiAsgn [(Splat (LAsgn 'a')) (LAsgn 'b')] (Call 'arr'))"),
    ("(a, b), c = x", "(MultiAsgn [(MultiAsgn [(LAsgn 'a') (LAsgn 'b')]) (LAsgn 'c')] (Call 'x'))"),
    ("a.b, c[1] = 1, 2",
     "(MultiAsgn [(AttrAsgn (Call 'a') 'b=') (AttrAsgn (Call 'c') '[]=' [(Int 1)])] "
     "(Array [(Int 1) (Int 2)]))"),
    ("a = 1, 2", "(LAsgn 'a' (Array [(Int 1) (Int 2)]))"),
    ("a = b = 1, 2", "(LAsgn 'a' (Array [(LAsgn 'b' (Int 1)) (Int 2)]))"),
    ("x = y = 0", "(LAsgn 'x' (LAsgn 'y' (Int 0)))"),
    ("a = b rescue c", "(LAsgn 'a' (Begin (Call 'b') [(Rescue (Call 'c'))]))"),
    ("a[i] += 1", "(OpAsgn (AttrAsgn (Call 'a') '[]=' [(Call 'i')]) '+' (Int 1))"),
    ("obj.x ||= 2", "(OpAsgn (AttrAsgn (Call 'obj') 'x=') '||' (Int 2))"),
    ("@a ||= []", "(OpAsgn (IVar '@a') '||' (Array))"),
    ("n **= 2", "(OpAsgn (LVar 'n') '**' (Int 2))"),
    ("A::B = 1", "(CAsgn (Const 'A') 'B' (Int 1))"),
    ("self.x = 1", "(AttrAsgn (Self) 'x=' [(Int 1)])"),
    ("a[] = 1", "(AttrAsgn (Call 'a') '[]=' [(Int 1)])"),
    ("while (line = gets)\nend", "(While (LAsgn 'line' (Call 'gets')) (Seq))"),
    # definitions
    ("def +(o) = o", "(Def '+' (Params [(Param 'req' 'o')]) (Seq [(LVar 'o')]))"),
    ("def []=(i, v)\nend", "(Def '[]=' (Params [(Param 'req' 'i') (Param 'req' 'v')]) (Seq))"),
    ("def <=>(o); end", "(Def '<=>' (Params [(Param 'req' 'o')]) (Seq))"),
    ("def -@; end", "(Def '-@' (Params) (Seq))"),
    ("def x=(v); end", "(Def 'x=' (Params [(Param 'req' 'v')]) (Seq))"),
    ("def self.create(a, b = 1, *r, c, k:, o: 2, **kw, &blk); end",
     "(Def 'create' (Params [(Param 'req' 'a') (Param 'opt' 'b' (Int 1)) (Param 'rest' 'r') "
     "(Param 'post' 'c') (Param 'key' 'k') (Param 'kwopt' 'o' (Int 2)) (Param 'kwrest' 'kw') "
     "(Param 'block' 'blk')]) (Seq) (Self))"),
    ("def obj.name a, b\nend",
     "(Def 'name' (Params [(Param 'req' 'a') (Param 'req' 'b')]) (Seq) (Call 'obj'))"),
    ("def f\n  1\nrescue E => e\n  2\nelse\n  3\nensure\n  4\nend",
     "(Def 'f' (Params) (Begin (Seq [(Int 1)]) [(Rescue [(Const 'E')] (LAsgn 'e') "
     "(Seq [(Int 2)]))] (Seq [(Int 3)]) (Seq [(Int 4)])))"),
    ("def f(a)\n  a\nend\na", "(Call 'a')"),
    ("class A::B < C; end", "(ClassDef (Const (Const 'A') 'B') (Const 'C') (Seq))"),
    ("class << self; def x; end; end", "(SClass (Self) (Seq [(Def 'x' (Params) (Seq))]))"),
    ("module M; end", "(ModuleDef (Const 'M') (Seq))"),
    ("alias :new :old", "(Alias 'new' 'old')"),
    ("alias == eql?", "(Alias '==' 'eql?')"),
    ("private def x; end", "(Call 'private' [(Def 'x' (Params) (Seq))])"),
    # control flow
    ("if a then b elsif c then d else e end",
     "(If (Call 'a') (Seq [(Call 'b')]) (If (Call 'c') (Seq [(Call 'd')]) (Seq [(Call 'e')])))"),
    ("unless a\n b\nelse\n c\nend", "(If (Not (Call 'a')) (Seq [(Call 'b')]) (Seq [(Call 'c')]))"),
    ("a if b unless c", "(If (Not (Call 'c')) (If (Call 'b') (Call 'a')))"),
    ("begin\n x\nend while y", "(While (Call 'y') (Seq [(Call 'x')]) do_while)"),
    ("x += 1 until done?", "(While (Not (Call 'done?')) (OpAsgn (LVar 'x') '+' (Int 1)))"),
    ("for a, b in pairs do a end",
     "(For (MultiAsgn [(LAsgn 'a') (LAsgn 'b')]) (Call 'pairs') (Seq [(LVar 'a')]))"),
    ("case x\nwhen 1, 2 then :a\nwhen *list\nwhen 3..5 then :b\nelse :c\nend",
     "(Case (Call 'x') [(When [(Int 1) (Int 2)] (Seq [(Sym 'a')])) (When [(Splat (Call 'list'))] "
     "(Seq)) (When [(Range (Int 3) (Int 5))] (Seq [(Sym 'b')]))] (Seq [(Sym 'c')]))"),
    ("case\nwhen a then 1\nend", "(Case [(When [(Call 'a')] (Seq [(Int 1)]))])"),
    ("next x if y", "(If (Call 'y') (Next (Call 'x')))"),
    ("return if x", "(If (Call 'x') (Return))"),
    ("begin\n 1\nrescue A, B => e\n retry\nrescue\n redo\nend",
     "(Begin (Seq [(Int 1)]) [(Rescue [(Const 'A') (Const 'B')] (LAsgn 'e') (Seq [(Retry)])) "
     "(Rescue (Seq [(Redo)]))])"),
    ("yield a, b", "(Yield [(Call 'a') (Call 'b')])"),
    ("yield(a)", "(Yield [(Call 'a')])"),
    ("super", "(Super)"),
    ("super()", "(Super has_args)"),
    ("super a do end", "(Super [(Call 'a')] (Block (Params) (Seq)) has_args)"),
    ("defined?(x) && defined? @y", "(And (Defined (Call 'x')) (Defined (IVar '@y')))"),
    ("not a and b or c", "(Or (And (Not (Call 'a')) (Call 'b')) (Call 'c'))"),
    ("!a.b?", "(Not (Call (Call 'a') 'b?'))"),
    # precedence
    ("a != b && c !~ d || e <=> f",
     "(Or (And (Call (Call 'a') '!=' [(Call 'b')]) (Call (Call 'c') '!~' [(Call 'd')])) "
     "(Call (Call 'e') '<=>' [(Call 'f')]))"),
    ("1 + 2 * 3 ** 4 << 5 & 6 | 7 ^ 8 > 9 == 10",
     "(Call (Call (Call (Call (Call (Call (Call (Int 1) '+' [(Call (Int 2) '*' [(Call (Int 3) "
     "'**' [(Int 4)])])]) '<<' [(Int 5)]) '&' [(Int 6)]) '|' [(Int 7)]) '^' [(Int 8)]) '>' "
     "[(Int 9)]) '==' [(Int 10)])"),
    ("a || b ? c : d ? e : f",
     "(If (Or (Call 'a') (Call 'b')) (Call 'c') (If (Call 'd') (Call 'e') (Call 'f')))"),
    ("x = 1..n - 1", "(LAsgn 'x' (Range (Int 1) (Call (Call 'n') '-' [(Int 1)])))"),
    # lines: continuation, comments, end of program
    ("p __FILE__, __LINE__, __method__", "(Call 'p' [(Str ['t.rb']) (Int 1) (Call '__method__')])"),
    ("x = 1 \\\n  + 2", "(LAsgn 'x' (Call (Int 1) '+' [(Int 2)]))"),
    ("x = 1 +\n  2", "(LAsgn 'x' (Call (Int 1) '+' [(Int 2)]))"),
    ("x = 1\n=begin\nignored\n=end\ny = 2\n__END__\nnot ruby (", "(LAsgn 'y' (Int 2))"),
])
def test_tree(source, tree):
    assert last(source) == tree


def test_every_node_has_the_position_where_it_starts():
    program = parse("x = 1\nif x > 0\n  puts(  x.abs)\nend\n", "t.rb")
    cond = program.body[1].cond
    call = program.body[1].then.body[0]
    assert (cond.line, cond.col) == (2, 4)
    assert (call.line, call.col, call.args[0].line, call.args[0].col) == (3, 3, 3, 10)
    stack = [program]
    while stack:
        node = stack.pop()
        assert node.line >= 1 and node.col >= 1, node
        stack.extend(node.children())


def test_block_scopes_see_enclosing_locals_and_def_starts_afresh():
    program = parse("a = 1\n[1].each { |b| c = a + b; c }\nc\ndef m\n  a\nend\n", "t.rb")
    block = program.body[1].block
    assert sx(block.body.body[1]) == "(LVar 'c')"
    assert sx(program.body[2]) == "(Call 'c')"  # c was local to the block
    assert sx(program.body[3].body.body[0]) == "(Call 'a')"


@pytest.mark.parametrize("source,message,line,col", [
    ("def foo\n  1\n", "syntax error, unexpected end-of-input, expecting `end'", 2, 4),
    ("foo(1, 2\n", "syntax error, unexpected end-of-input, expecting ')'", 1, 9),
    ("x = )", "syntax error, unexpected ')'", 1, 5),
    ('x = 1\nputs "abc\n', "unterminated string meets end of file", 2, 10),
    ("x = /abc", "unterminated regexp meets end of file", 1, 9),
    ("if x\n 1\nend end\n", "syntax error, unexpected `end', expecting end-of-input", 3, 5),
    ("foo(1 2)", "syntax error, unexpected integer literal, expecting ')'", 1, 7),
    ("a = <<~EOS\nabc\n", "can't find string \"EOS\" anywhere before EOF", 1, 5),
    ("x = [1,\n  2", "syntax error, unexpected end-of-input, expecting ']'", 2, 4),
    ("class foo; end", "class/module name must be CONSTANT", 1, 7),
    ("case x\nin 1 then 2\nend", "pattern matching (case/in) is not supported by rbish", 2, 1),
    ("x = `ls`", "a command literal (`...`) is not supported by rbish", 1, 5),
    ("BEGIN { }", "a BEGIN block is not supported by rbish", 1, 1),
    ("p(%s(a))", "a %s literal is not supported by rbish", 1, 3),
    # numbered block parameters, as CRuby 3.1 words their errors
    ("[1].each { |x| p _1 }", "ordinary parameter is defined", 1, 18),
    ("[[1]].each { _1.each { p _1 } }", "numbered parameter is already used in outer block",
     1, 26),
    ("_1 = 3", "_1 is reserved for numbered parameter", 1, 1),
    ("def f(a, _2); end", "_2 is reserved for numbered parameter", 1, 10),
    ("[1].each { p _1; _1 = 2 }", "Can't assign to numbered parameter _1", 1, 18),
    ("def self._2; end", "_2 is reserved for numbered parameter", 1, 10),
])
def test_syntax_errors_name_line_and_column(source, message, line, col):
    with pytest.raises(GuestSyntaxError) as e:
        parse(source, "bad.rb")
    assert (e.value.message, e.value.filename, e.value.line, e.value.column) == \
        (message, "bad.rb", line, col)


def test_ruby_programs_of_the_project_parse_quickly():
    import time
    files = sorted((ROOT / "tests" / "programs" / "rbish").glob("*.rb")) + \
        sorted((ROOT / "bench" / "rbish").glob("*.rb"))
    sources = [(f, f.read_text()) for f in files]
    started = time.perf_counter()
    for path, source in sources:
        parse(source, str(path))
    lines = sum(source.count("\n") for _, source in sources)
    assert time.perf_counter() - started < max(1.0, lines / 1000 * 0.5)
