"""rbish's core built-ins (format, Kernel, numbers, String/Symbol/Regexp,
exceptions, Comparable/Math/...) called directly through `send`, without
the compiler.  Every expected text is what CRuby 3.1 prints."""
import io
import math
import sys

import pytest

from guests.rbish.objects import (new_realm, send, RString, RHash, RRange, RObject, RubyError,
                                  NativeProc, real_class, exception_message)
from guests.rbish.calls import KwArgs
from guests.rbish.builtins.format import inspect, to_s, float_to_s, sprintf
from guests.rbish.builtins.string import RRegexp


@pytest.fixture(autouse=True)
def realm():
    return new_realm()


def S(text):
    return RString(text)


def call(recv, name, *args, block=None):
    return send(recv, name, list(args), block)


def ruby_error(recv, name, *args):
    """(class name, message) of the Ruby exception the call raises."""
    with pytest.raises(RubyError) as info:
        call(recv, name, *args)
    return real_class(info.value.exc).name, exception_message(info.value.exc)


def output(fn):
    saved, sys.stdout = sys.stdout, io.StringIO()
    try:
        fn()
        return sys.stdout.getvalue()
    finally:
        sys.stdout = saved


# -- inspect and to_s ---------------------------------------------------------------------
def test_inspect_values():
    h = RHash({"a": 1, S("b"): [1, 2], 3: None, 1.5: "x", None: True})
    assert inspect(h) == '{:a=>1, "b"=>[1, 2], 3=>nil, 1.5=>:x, nil=>true}'
    assert inspect([None, True, 1.5, "a", S("s"), RRange(1, 2), [], RHash()]) == \
        '[nil, true, 1.5, :a, "s", 1..2, [], {}]'
    assert inspect(RRange(1, None)) == "1.." and inspect(RRange(None, 1)) == "..1"
    assert inspect(RRange(1, 3, True)) == "1...3"


def test_inspect_strings_and_symbols():
    assert inspect(S('a\nb\t"c\\ \x1b \x01 \x7f é #{1} #$a #@b # {')) == \
        '"a\\nb\\t\\"c\\\\ \\e \\u0001 \\u007F é \\#{1} \\#$a \\#@b # {"'
    symbols = ["a", "foo bar", "+", "a?", "a!", "a=", "@a", "$a", "[]", "[]=", "<=>", "A",
               "9a", "", "-@", "!", "a-b", "@@x", "Foo="]
    assert [inspect(s) for s in symbols] == [
        ":a", ':"foo bar"', ":+", ":a?", ":a!", ":a=", ":@a", ":$a", ":[]", ":[]=", ":<=>",
        ":A", ':"9a"', ':""', ":-@", ":!", ':"a-b"', ":@@x", ":Foo="]


def test_inspect_recursive():
    a = [1]
    a.append(a)
    assert inspect(a) == "[1, [...]]"
    h = RHash({"a": 1})
    h["b"] = h
    assert inspect(h) == "{:a=>1, :b=>{...}}"


def test_to_s():
    assert to_s(None) == "" and to_s(S("x")) == "x" and to_s("sym") == "sym"
    assert to_s([1, S("a")]) == '[1, "a"]' and to_s(RRange(S("a"), S("c"))) == "a..c"


@pytest.mark.parametrize("value, text", [
    (1.0, "1.0"), (1e20, "1.0e+20"), (1e-5, "1.0e-05"), (0.0001, "0.0001"), (1e16, "1.0e+16"),
    (1e15, "1.0e+15"), (123456789012345.6, "123456789012345.6"), (-0.0, "-0.0"),
    (math.inf, "Infinity"), (-math.inf, "-Infinity"), (math.nan, "NaN"),
    (1.23456789e-7, "1.23456789e-07"), (2.0 ** 70, "1.1805916207174113e+21"), (100.0, "100.0"),
    (0.1 + 0.2, "0.30000000000000004"), (1.5e300, "1.5e+300")])
def test_float_to_s(value, text):
    assert float_to_s(value) == text


# -- format -----------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt, args, text", [
    ("%x %o %b %x %+x % x", [-255, -8, -5, -1, -255, -255], "..f01 ..70 ..1011 ..f -ff -ff"),
    ("%d %d", [3.7, -3.7], "3 -3"),
    ("%5.2f|%-8.3e|%g|%g|%G", [3.14159, 12345.678, 1e-5, 123456789.0, 1e-10],
     " 3.14|1.235e+04|1e-05|1.23457e+08|1E-10"),
    ("%f %e %g", [math.inf, -math.inf, math.nan], "Inf -Inf NaN"),
    ("%08.3f|%+d|% d|%#x|%#o|%#b|%05d|%-5d|%x", [3.14159, 5, 5, 255, 8, 5, -42, 42, 255],
     "0003.142|+5| 5|0xff|010|0b101|-0042|42   |ff"),
    ("%s %p %c %c %%", [S("hi"), S("hi"), 65, S("x")], 'hi "hi" A x %'),
    ("%*d|%-*d|%.3s|%10.4s|", [5, 1, 4, 2, S("abcdef"), S("abcdef")],
     "    1|2   |abc|      abcd|"),
    ("%.0f %.0f %.0f %.1f %.2f", [0.5, 1.5, 2.5, 0.25, 2.675], "0 2 2 0.2 2.68"),
    ("%.1f %.1f %.1f %.2f %.2f", [0.05, 0.15, 0.45, 0.105, 1.005], "0.1 0.2 0.4 0.10 1.00"),
    ("%.20f", [2.675], "2.67499999999999982236"),
    ("%.10d|%5.3d|%e|%.3e", [42, 7, 0.0, 0], "0000000042|  007|0.000000e+00|0.000e+00"),
    ("%d|%s|%s", [S("0x1f"), None, [1, S("a")]], '31||[1, "a"]'),
    ("%g %g %#g %.2e", [100000.0, 1000000.0, 1.0, 9.999], "100000 1e+06 1.00000 1.00e+01"),
    ("%d %x %f", [2 ** 70, 2 ** 70, 2 ** 70],
     "1180591620717411303424 400000000000000000 1180591620717411303424.000000"),
    ("%08.2e|%+.1f|%-08d|%.3x|%010.4f", [-3.5, -0.04, 5, 5, -3.14159],
     "-3.50e+00|-0.0|5       |005|-0003.1416"),
])
def test_sprintf(fmt, args, text):
    assert sprintf(fmt, args) == text


def test_sprintf_names():
    assert sprintf("%<a>s-%<b>05.1f %{a}", [KwArgs({"a": S("A"), "b": 2.25})]) == "A-002.2 A"


def test_sprintf_numbered_arguments():
    # format("[%1$-5s|%2$05d|%1$s] [%-1$5s]", "ab", 42)
    assert sprintf("[%1$-5s|%2$05d|%1$s] [%-1$5s]", [S("ab"), 42]) == "[ab   |00042|ab] [ab   ]"
    assert sprintf("%3$s %1$s %2$s", [S("a"), S("b"), S("c")]) == "c a b"


@pytest.mark.parametrize("fmt, args, error", [
    ("%d %d", [1], ("ArgumentError", "too few arguments")),
    ("%d", [None], ("TypeError", "can't convert nil into Integer")),
    ("%d", [S("abc")], ("ArgumentError", 'invalid value for Integer(): "abc"')),
    ("%<a>d", [KwArgs({"b": 1})], ("KeyError", "key<a> not found")),
    ("abc %", [], ("ArgumentError", "incomplete format specifier; use %% (double %) instead")),
    ("%y", [1], ("ArgumentError", "malformed format string - %y")),
    ("%1$s %s", [1, 2], ("ArgumentError", "unnumbered(1) mixed with numbered")),
    ("%s %1$s", [1, 2], ("ArgumentError", "numbered(1) after unnumbered(1)")),
    ("%3$s", [1], ("ArgumentError", "too few arguments")),
])
def test_sprintf_errors(fmt, args, error):
    with pytest.raises(RubyError) as info:
        sprintf(fmt, args)
    assert (real_class(info.value.exc).name, exception_message(info.value.exc)) == error


# -- Kernel -----------------------------------------------------------------------------------
def test_puts_print_p(realm):
    main = realm.main
    assert output(lambda: call(main, "puts", [1, [2, [None]]], [], None, S("a\n"))) == \
        "1\n2\n\n\na\n"
    assert output(lambda: call(main, "puts")) == "\n"
    assert output(lambda: call(main, "print", S("a"), None, 1)) == "a1"
    assert output(lambda: call(main, "p", 1, S("s"))) == '1\n"s"\n'
    assert call(main, "p") is None and output(lambda: call(main, "p")) == ""
    assert output(lambda: call(main, "p", main)) == "main\n"


def test_warn_and_stderr(realm, capsys):
    m = realm.main
    call(m, "warn", S("a"), [S("b"), [S("c")]], KwArgs({"uplevel": 0}))
    call(m, "warn")
    stderr = realm.gvars["$stderr"]
    assert stderr is realm.Object.consts["STDERR"] and real_class(stderr) is realm.IO
    call(stderr, "puts", 1, [2])
    assert call(call(stderr, "<<", S("x")), "print", S("y\n")) is None
    call(stderr, "printf", S("%03d\n"), 7)
    assert call(stderr, "write", S("w"), 1) == 2
    out = capsys.readouterr()
    assert out.out == "" and out.err == "a\nb\nc\n1\n2\nxy\n007\nw1"


def test_conversions(realm):
    m = realm.main
    assert [call(m, "Integer", S(t)) for t in ("0x1F", "1_000", " 42 ", "0b101", "017", "-0x1f")] \
        == [31, 1000, 42, 5, 15, -31]
    assert call(m, "Integer", S("ff"), 16) == 255 and call(m, "Integer", 3.99) == 3
    assert ruby_error(m, "Integer", S("1__0")) == \
        ("ArgumentError", 'invalid value for Integer(): "1__0"')
    assert ruby_error(m, "Integer", None) == ("TypeError", "can't convert nil into Integer")
    assert call(m, "Integer", S("abc"), KwArgs({"exception": False})) is None
    assert call(m, "Float", S("1_000.5")) == 1000.5 and call(m, "Float", S(".5")) == 0.5
    assert ruby_error(m, "Float", S("5.")) == ("ArgumentError", 'invalid value for Float(): "5."')
    assert call(m, "Array", None) == [] and call(m, "Array", RHash({"a": 1})) == [["a", 1]]
    assert call(m, "String", 12) == S("12")
    assert call(m, "Hash", None) == {} and call(m, "Hash", []) == {}
    h = RHash({"a": 1})
    assert call(m, "Hash", h) is h
    assert ruby_error(m, "Hash", [[1, 2]]) == ("TypeError", "can't convert Array into Hash")
    env = realm.Object.consts["ENV"]
    assert all(type(k) is RString and k.frozen and v.frozen for k, v in env.items())


def _raised(fn):
    with pytest.raises(RubyError) as info:
        fn()
    return info.value.exc


def test_raise(realm):
    m = realm.main
    exc = _raised(lambda: call(m, "raise", S("plain")))
    assert inspect(exc) == "#<RuntimeError: plain>"
    exc = _raised(lambda: call(m, "raise", realm.TypeError))
    assert inspect(exc) == "#<TypeError: TypeError>"
    exc = _raised(lambda: call(m, "raise", realm.ArgumentError, S("bad")))
    assert inspect(exc) == "#<ArgumentError: bad>"
    original = send(realm.RuntimeError, "new", [S("x")])
    exc = _raised(lambda: call(m, "raise", original, S("y")))
    assert inspect(exc) == "#<RuntimeError: y>" and inspect(original) == "#<RuntimeError: x>"
    assert ruby_error(m, "raise", 3) == ("TypeError", "exception class/object expected")
    realm.errinfo.append(original)
    assert _raised(lambda: call(m, "raise")) is original



def test_raise_sets_the_cause(realm):
    m = realm.main
    inner = send(realm.RuntimeError, "new", [S("inner")])
    realm.errinfo.append(inner)             # raising in the rescue clause of `inner`
    exc = _raised(lambda: call(m, "raise", realm.ArgumentError, S("outer")))
    assert call(exc, "cause") is inner
    exc = _raised(lambda: call(m, "raise", S("x"), KwArgs({"cause": None})))
    assert call(exc, "cause") is None
    assert _raised(lambda: call(m, "raise", inner)) is inner and call(inner, "cause") is None
    realm.errinfo.pop()
    other = send(realm.RuntimeError, "new", [S("c")])
    exc = _raised(lambda: call(m, "raise", S("d"), KwArgs({"cause": other})))
    assert call(exc, "cause") is other
    assert call(_raised(lambda: call(m, "raise", S("e"))), "cause") is None


def test_loop_catch_throw(realm):
    m = realm.main
    count = []

    def body():
        count.append(1)
        if len(count) > 3:
            call(m, "raise", realm.StopIteration)
    assert call(m, "loop", block=NativeProc(body)) is None and len(count) == 4
    assert call(m, "catch", "a", block=NativeProc(lambda tag: call(m, "throw", "a", 5))) == 5
    assert call(m, "catch", block=NativeProc(lambda tag: call(m, "throw", tag, 9))) == 9
    exc = _raised(lambda: call(m, "throw", "foo"))
    assert inspect(exc) == "#<UncaughtThrowError: uncaught throw :foo>"


def test_exit_and_object_id(realm):
    m = realm.main
    exc = _raised(lambda: call(m, "exit", False))
    assert inspect(exc) == "#<SystemExit: exit>" and call(exc, "status") == 1
    assert call(5, "object_id") == 11 and call(None, "object_id") == 8
    o = RObject(realm.Object)
    assert call(o, "object_id") == call(o, "object_id") != call(RObject(realm.Object), "object_id")


# -- numbers ----------------------------------------------------------------------------------
@pytest.mark.parametrize("recv, name, args, result", [
    (7, "/", [2], 3), (-7, "/", [2], -4), (-5, "%", [3], 1), (5, "fdiv", [0], math.inf),
    (5, "/", [0.0], math.inf), (7.5, "divmod", [2], [3, 1.5]), (-7, "divmod", [2.0], [-4, 1.0]),
    (10, "divmod", [-3], [-4, -2]), (7, "remainder", [-3], 1), (-7, "remainder", [3], -1),
    (2.0, "**", [-1], 0.5), (10.0, "**", [400], math.inf), (3, "pow", [100, 7], 4),
    (15, "round", [-1], 20), (25, "round", [-1], 30), (-25, "round", [-1], -30),
    (2.5, "round", [], 3), (-2.5, "round", [], -3), (2.675, "round", [2], 2.68),
    (1.15, "round", [1], 1.2), (1.05, "round", [1], 1.1), (1.5, "floor", [-1], 0),
    (1.23456, "floor", [2], 1.23), (1.23456, "ceil", [3], 1.235), (1.1, "ceil", [1], 1.1),
    (-1.23456, "floor", [3], -1.235), (12345, "floor", [-2], 12300), (-12345, "ceil", [-2], -12300),
    (123.456, "ceil", [-1], 130), (12.5, "truncate", [-1], 10), (1e300, "round", [2], 1e300),
    (255, "to_s", [16], S("ff")), (-255, "to_s", [2], S("-11111111")), (1234, "digits", [], [4, 3, 2, 1]),
    (6, "bit_length", [], 3), (12, "gcd", [18], 6), (7, "lcm", [3], 21), (5, "clamp", [1, 3], 3),
    (1, "<=>", [S("a")], None), (1.0, "<=>", [2], -1), (1, "==", [1.0], True),
    (1, "eql?", [1.0], False), (-math.inf, "infinite?", [], -1), (1.0, "infinite?", [], None),
    (1e20, "to_i", [], 10 ** 20),
])
def test_numeric(recv, name, args, result):
    got = call(recv, name, *args)
    assert got == result and type(got) is type(result)


@pytest.mark.parametrize("recv, name, args, error", [
    (1, "/", [0], ("ZeroDivisionError", "divided by 0")),
    (5.0, "%", [0.0], ("ZeroDivisionError", "divided by 0")),
    (1, "<", [None], ("ArgumentError", "comparison of Integer with nil failed")),
    (1.0, "<", [S("a")], ("ArgumentError", "comparison of Float with String failed")),
    (1, "+", [True], ("TypeError", "true can't be coerced into Integer")),
    (1, "+", [S("a")], ("TypeError", "String can't be coerced into Integer")),
    (math.nan, "to_i", [], ("FloatDomainError", "NaN")),
    (math.inf, "round", [], ("FloatDomainError", "Infinity")),
    (256, "chr", [], ("RangeError", "256 out of char range")),
])
def test_numeric_errors(recv, name, args, error):
    assert ruby_error(recv, name, *args) == error


def test_numeric_iteration():
    seen = []
    assert call(3, "times", block=NativeProc(seen.append)) == 3
    call(1, "upto", 3, block=NativeProc(seen.append))
    call(10, "step", 1, -3, block=NativeProc(seen.append))
    call(0.1, "step", 1.0, 0.1, block=NativeProc(seen.append))
    assert seen == [0, 1, 2, 1, 2, 3, 10, 7, 4, 1, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6,
                    0.7000000000000001, 0.8, 0.9, 1.0]


def test_float_constants(realm):
    consts = realm.Float.consts
    assert consts["INFINITY"] == math.inf and consts["EPSILON"] == 2.220446049250313e-16
    assert inspect(consts["MAX"]) == "1.7976931348623157e+308"


# -- String, Symbol, Regexp ---------------------------------------------------------------------
def strs(values):
    return [v.s if type(v) is RString else v for v in values]


@pytest.mark.parametrize("text, args, result", [
    ("a,b,,", [S(",")], ["a", "b"]), (",a", [S(",")], ["", "a"]), ("", [S(",")], []),
    (" a  b c ", [], ["a", "b", "c"]), ("a b  c", [S(" "), 2], ["a", "b  c"]),
    ("abc", [S("")], ["a", "b", "c"]), ("abc", [RRegexp("")], ["a", "b", "c"]),
    ("a1b22c", [RRegexp(r"\d")], ["a", "b", "", "c"]), ("a1b2", [RRegexp(r"(\d)")], ["a", "1", "b", "2"]),
    ("a,b,,", [S(","), -1], ["a", "b", "", ""]), ("hello world", [S("o"), 2], ["hell", " world"]),
])
def test_split(text, args, result):
    assert strs(call(S(text), "split", *args)) == result


@pytest.mark.parametrize("text, name, args, result", [
    ("az", "succ", [], "ba"), ("zz", "succ", [], "aaa"), ("a9", "succ", [], "b0"),
    ("Zz", "succ", [], "AAa"), ("1.9", "succ", [], "2.0"), ("-", "succ", [], "."),
    ("hello world", "tr", [S("lo"), S("xy")], "hexxy wyrxd"), ("hello", "tr", [S("a-y"), S("b-z")], "ifmmp"),
    ("hello", "tr", [S("^l"), S("*")], "**ll*"), ("hello", "delete", [S("l")], "heo"),
    ("hello", "tr_s", [S("l"), S("r")], "hero"), ("aaxx", "tr_s", [S("a"), S("x")], "xxx"),
    ("aabbcc", "tr_s", [S("a-c"), S("x")], "x"), ("aabb", "tr_s", [S("^b"), S("*")], "*bb"),
    ("hello", "tr_s", [S("el"), S("-")], "h-o"), ("aa", "tr_s", [S("a"), S("")], ""),
    ("aaabbb", "squeeze", [], "ab"), ("abc", "center", [8], "  abc   "),
    ("abc", "center", [8, S("12")], "12abc121"), ("abc", "rjust", [7, S("xy")], "xyxyabc"),
    ("hello", "[]", [1], "e"), ("hello", "[]", [1, 3], "ell"), ("hello", "[]", [RRange(1, None)], "ello"),
    ("hello", "[]", [RRange(-3, -2)], "ll"), ("hello", "[]", [5], None), ("hello", "[]", [5, 2], ""),
    ("hello", "[]", [6, 2], None), ("hello", "[]", [S("ll")], "ll"), ("hello", "[]", [RRegexp("l+")], "ll"),
    ("hello", "sub", [S("l"), S("L")], "heLlo"), ("hello", "gsub", [RRegexp("(l)"), S(r"<\1>")], "he<l><l>o"),
    ("hello", "gsub", [RRegexp("[el]"), KwArgs({S("e"): 3, S("l"): S("L")})], "h3LLo"),
    ("a.b", "gsub", [S("."), S("-")], "a-b"), ("hello", "sub", [RRegexp("(?<x>e)"), S(r"[\k<x>]")], "h[e]llo"),
    ("12abc", "to_i", [], 12), ("0x1f", "to_i", [16], 31), ("1_000", "to_i", [], 1000),
    ("3.7xyz", "to_f", [], 3.7), ("1_0.5", "to_f", [], 10.5), (".5", "to_f", [], 0.5),
    ("hello", "count", [S("a-z"), S("^l")], 3), ("hello", "index", [S("l"), 3], 3),
    ("hello", "rindex", [S("l")], 3), ("hello", "=~", [RRegexp("ll")], 2),
    ("hELLO wORLD", "capitalize", [], "Hello world"), ("abc", "insert", [-2, S("X")], "abXc"),
    ("xxhixx", "chomp", [S("xx")], "xxhi"), ("hello\r\n", "chomp", [], "hello"),
    ("%05.1f|%s", "%", [[3.14159, S("x")]], "003.1|x"), ("abc", "<=>", [S("abd")], -1),
])
def test_string_methods(text, name, args, result):
    got = call(S(text), name, *args)
    assert (got.s if type(got) is RString else got) == result


def test_string_mutation_and_errors():
    s = S("abc")
    call(s, "<<", S("d"))
    call(s, "<<", 101)
    assert s.s == "abcde"
    s.frozen = True
    assert ruby_error(s, "<<", S("x")) == ("FrozenError", "can't modify frozen String: \"abcde\"")
    assert ruby_error(S("abc"), "+", None) == ("TypeError", "no implicit conversion of nil into String")
    assert ruby_error(S("abc"), "<", 1) == ("ArgumentError", "comparison of String with 1 failed")
    assert ruby_error(S(""), "ord") == ("ArgumentError", "empty string")
    t = S("hello")
    call(t, "[]=", RRange(1, 2), S("EL"))
    assert t.s == "hELlo"
    assert call(S("test"), "upcase!").s == "TEST" and call(S("TEST"), "upcase!") is None


def test_regexp_and_matchdata(realm):
    md = call(S("2024-05"), "match", RRegexp(r"(?<y>\d+)-(?<m>\d+)"))
    assert inspect(md) == '#<MatchData "2024-05" y:"2024" m:"05">'
    assert call(md, "[]", "y").s == "2024" and realm.gvars["$~"] is md
    assert inspect(RRegexp("ab+c", "i")) == "/ab+c/i"
    assert strs(call(S("a1b2"), "scan", RRegexp(r"\d"))) == ["1", "2"]
    assert [strs(x) for x in call(S("a1b2"), "scan", RRegexp(r"([a-z])(\d)"))] == \
        [["a", "1"], ["b", "2"]]
    # with named groups, plain groups do not capture: "Hello".match(/(?<a>H)(e)/).to_a
    assert strs(call(call(S("Hello"), "match", RRegexp(r"(?<a>H)(e)")), "to_a")) == ["He", "H"]
    assert strs(call(call(S("ab"), "match", RRegexp(r"(?'x'a)(b)")), "captures")) == ["a"]
    assert strs(call(call(S("ab"), "match", RRegexp(r"(a)(b)")), "captures")) == ["a", "b"]
    blk = NativeProc(lambda m: S("_" + call(realm.gvars["$~"], "[]", 1).s.lower()))
    assert call(S("CamelCase"), "gsub", RRegexp("([A-Z])"), block=blk).s == "_camel_case"


def test_symbols():
    assert call("upcase", "to_proc").call(S("ab")).s == "AB"
    assert call("a", "<=>", "b") == -1 and call("abc", "[]", 1).s == "b"
    assert inspect(call("abc", "upcase")) == ":ABC"


# -- exceptions ----------------------------------------------------------------------------------
def test_exceptions(realm):
    e = send(realm.RuntimeError, "new", [S("boom")])
    assert call(e, "message").s == "boom" and inspect(e) == "#<RuntimeError: boom>"
    assert call(e, "backtrace") is None
    assert inspect(send(realm.RuntimeError, "new", [])) == "#<RuntimeError: RuntimeError>"
    assert inspect(send(realm.RuntimeError, "new", [S("")])) == "RuntimeError"
    assert call(e, "==", send(realm.RuntimeError, "new", [S("boom")])) is True
    assert call(e, "exception") is e and inspect(call(e, "exception", S("o"))) == "#<RuntimeError: o>"
    assert call(send(realm.NameError, "new", [S("m"), "foo"]), "name") == "foo"
    s = send(realm.SystemExit, "new", [3, S("bye")])
    assert call(s, "status") == 3 and call(s, "message").s == "bye"
    assert call(send(realm.SystemExit, "new", []), "success?") is True



def test_exception_full_message_and_key_error(realm):
    e = send(realm.RuntimeError, "new", [S("x\ny")])
    call(e, "set_backtrace", [S("a.rb:1:in `f'"), S("a.rb:3:in `<main>'")])
    assert call(e, "full_message").s == \
        "a.rb:1:in `f': x (RuntimeError)\ny\n\tfrom a.rb:3:in `<main>'\n"
    e = send(realm.RuntimeError, "new", [S("")])
    call(e, "set_backtrace", [S("q")])
    assert call(e, "full_message").s == "q: unhandled exception\n"
    h = RHash({"a": 1})
    with pytest.raises(RubyError) as info:
        call(h, "fetch", "b")
    assert call(info.value.exc, "key") == "b" and call(info.value.exc, "receiver") is h


# -- Comparable, Math, main -----------------------------------------------------------------------
def test_math(realm):
    math_ = realm.Math
    assert call(math_, "sqrt", 16) == 4.0 and call(math_, "cbrt", 27) == 3.0
    assert call(math_, "log", 8, 2) == 3.0 and call(math_, "log", 0) == -math.inf
    assert call(math_, "sqrt", 2 ** 1000) == 3.273390607896142e+150
    assert ruby_error(math_, "sqrt", -1) == \
        ("DomainError", "Numerical argument is out of domain - sqrt")
    assert inspect(math_.consts["DomainError"]) == "Math::DomainError"
    assert ruby_error(math_, "sqrt", None) == ("TypeError", "can't convert nil into Float")
    assert ruby_error(realm.Integer, "sqrt", -1) == \
        ("DomainError", 'Numerical argument is out of domain - "isqrt"')


def test_comparable_on_a_ruby_class(realm):
    from guests.rbish.objects import RClass, Builtin
    cls = RClass("V", realm.Object)
    cls.includes.append(realm.Comparable)

    def cmp(a, b):
        if type(b) is not RObject:
            return None
        return call(a.ivars["@v"], "<=>", b.ivars["@v"])
    cls.methods["<=>"] = Builtin(cmp, "<=>", False)

    def v(n):
        o = RObject(cls)
        o.ivars["@v"] = n
        return o
    assert call(v(1), "<", v(2)) is True and call(v(1), "==", v(1)) is True
    assert call(v(5), "clamp", v(1), v(3)).ivars["@v"] == 3
    assert ruby_error(v(1), "<", 3) == ("ArgumentError", "comparison of V with 3 failed")


def test_main_and_time(realm):
    assert call(realm.main, "to_s").s == "main" and inspect(realm.main) == "main"
    t = call(realm.Time, "now")
    assert type(call(call(realm.Time, "now"), "-", t)) is float
    assert type(call(realm.Process, "clock_gettime", realm.Process.consts["CLOCK_MONOTONIC"],
                     "millisecond")) is int
