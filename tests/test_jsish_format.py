"""guests/jsish numconv and inspect: JavaScript's number conversions and
node's console.log formatting.  Every expectation below is node v20's output
for the same values (console.log, String, toString(radix), toFixed, Number,
parseInt, parseFloat)."""
import math

import pytest

from guests.jsish import values as V
from guests.jsish.inspect import format_log, inspect
from guests.jsish.numconv import (number_to_string, parse_float, parse_int, string_to_number,
                                  to_fixed)

NAN, INF = float("nan"), float("inf")
POINT = FOO = BAR = MYERR = None       # classes made by the realm fixture


# -- a minimal realm: the built-in prototypes and constructors -----------------------
@pytest.fixture(autouse=True)
def realm():
    saved = {k: getattr(V.REALM, k) for k in V.REALM.__slots__}
    P = {}
    P["Object"] = V.JSObject(None)
    P["Function"] = V.JSObject(P["Object"])
    V.REALM.protos = P
    for name in ("Array", "Map", "Set", "Error", "Number", "String", "Boolean"):
        P[name] = V.JSObject(P["Object"])
    P["TypeError"] = V.JSObject(P["Error"])
    ctors = {}
    for name in P:
        c = V.NativeFunction(lambda this, args: V.UNDEFINED, name, 1)
        c.define_hidden("prototype", P[name])
        P[name].define_hidden("constructor", c)
        ctors[name] = c
    ctors["TypeError"].proto = ctors["Error"]
    for name in ("Error", "TypeError"):
        P[name].define_hidden("name", name)
        P[name].define_hidden("message", "")
    V.REALM.ctors = ctors
    g = globals()
    g["POINT"] = cls("Point")
    g["FOO"] = cls("Foo")
    g["BAR"] = cls("Bar", g["FOO"])
    g["MYERR"] = cls("MyErr", ctors["Error"])
    yield P
    for k, v in saved.items():
        setattr(V.REALM, k, v)


def P(name):
    return V.REALM.protos[name]


def arr(*items):
    return V.JSArray(list(items))


def obj(props, proto=V.MISSING):
    o = V.JSObject(P("Object") if proto is V.MISSING else proto)
    o.props.update(props)
    return o


def with_props(o, props):
    o.props.update(props)
    return o


def hidden(o, key, value):
    o.define_hidden(key, value)
    return o


def fn(name, kind="function", proto=None):
    """A JSFunction shell (no code: the formatter only reads name and kind)."""
    f = V.JSFunction.__new__(V.JSFunction)
    V.JSObject.__init__(f, proto or P("Function"))
    f.name, f.kind, f.length = name, kind, 0
    return f


def cls(name, parent=None):
    c = fn(name, "derived" if parent is not None else "class", parent)
    parent_proto = parent.props["prototype"] if parent is not None else P("Object")
    proto = V.JSObject(parent_proto)
    proto.define_hidden("constructor", c)
    c.define_hidden("prototype", proto)
    return c


def new(c, props, **hidden_props):
    o = obj(props, proto=c.props["prototype"])
    for k, v in hidden_props.items():
        o.define_hidden(k, v)
    return o


def err(ctor, message, stack):
    return new(V.REALM.ctors[ctor], {}, message=message, stack=stack)


def jsmap(pairs):
    m = V.JSMap(P("Map"))
    for k, v in pairs:
        m.entries[V.map_key(k)] = [k, v]
    return m


def jsset(items):
    s = V.JSSet(P("Set"))
    for v in items:
        s.entries[V.map_key(v)] = v
    return s


def box(value):
    return V.JSBox(value, P({bool: "Boolean", str: "String"}.get(type(value), "Number")))


def cyclic_obj():
    a = obj({"name": "a"})
    a.props["self"] = a
    return a


def cyclic_arr():
    a = arr(1)
    a.items.append(a)
    return a


LOG_CASES = [
    pytest.param(lambda: [1, -0.0, 0.1 + 0.2, 1e21, float('nan')],
                 '1 -0 0.30000000000000004 1e+21 NaN',
                 id="[1, -0.0, 0.1 + 0.2, 1e21, float('nan')]"),
    pytest.param(lambda: ['text', 'more', 3],
                 'text more 3',
                 id="['text', 'more', 3]"),
    pytest.param(lambda: [V.UNDEFINED, None, True, False],
                 'undefined null true false',
                 id='[V.UNDEFINED, None, True, False]'),
    pytest.param(lambda: [arr("it's", 'say "hi"', 'both \' and "', 'a\nb\t\\', '\x00\x7f')],
                 '[ "it\'s", \'say "hi"\', `both \' and "`, \'a\\nb\\t\\\\\', \'\\x00\\x7F\' ]',
                 id='[arr("it\'s", \'say "hi"\', \'both \\\' and "\', \'a\\nb\\t\\\\\', \'\\x00\\'),
    pytest.param(lambda: [arr(), obj({}), arr(arr()), obj({'a': obj({})})],
                 '[] {} [ [] ] { a: {} }',
                 id="[arr(), obj({}), arr(arr()), obj({'a': obj({})})]"),
    pytest.param(lambda: [obj({'a': 1, 'b-c': 2, '$d': 3, '_e': 4, '10': 5})],
                 "{ '10': 5, a: 1, 'b-c': 2, '$d': 3, _e: 4 }",
                 id="[obj({'a': 1, 'b-c': 2, '$d': 3, '_e': 4, '10': 5})]"),
    pytest.param(lambda: [obj({'a': obj({'b': obj({'c': obj({'d': 1})})})})],
                 '{ a: { b: { c: [Object] } } }',
                 id="[obj({'a': obj({'b': obj({'c': obj({'d': 1})})})})]"),
    pytest.param(lambda: [arr(arr(arr(arr(1))))],
                 '[ [ [ [Array] ] ] ]',
                 id='[arr(arr(arr(arr(1))))]'),
    pytest.param(lambda: [arr(*range(7))],
                 '[\n  0, 1, 2, 3,\n  4, 5, 6\n]',
                 id='[arr(*range(7))]'),
    pytest.param(lambda: [arr(*[i * 1000 for i in range(26)])],
                 '[\n      0,  1000,  2000,  3000,\n   4000,  5000,  6000,  7000,\n   8000,  9000, 10000, 11000,\n  12000, 13000, 14000, 15000,\n  16000, 17000, 18000, 19000,\n  20000, 21000, 22000, 23000,\n  24000, 25000\n]',
                 id='[arr(*[i * 1000 for i in range(26)])]'),
    pytest.param(lambda: [arr(*['item' + str(i) for i in range(30)])],
                 "[\n  'item0',  'item1',  'item2',\n  'item3',  'item4',  'item5',\n  'item6',  'item7',  'item8',\n  'item9',  'item10', 'item11',\n  'item12', 'item13', 'item14',\n  'item15', 'item16', 'item17',\n  'item18', 'item19', 'item20',\n  'item21', 'item22', 'item23',\n  'item24', 'item25', 'item26',\n  'item27', 'item28', 'item29'\n]",
                 id="[arr(*['item' + str(i) for i in range(30)])]"),
    pytest.param(lambda: [arr(*[i if i % 2 else (-i * 3 // 2 if i else -0.0) for i in range(12)])],
                 '[\n   -0,  1, -3,   3, -6,\n    5, -9,  7, -12,  9,\n  -15, 11\n]',
                 id='[arr(*[i if i % 2 else (-i * 3 // 2 if i else -0.0) for i in'),
    pytest.param(lambda: [arr(*range(101))],
                 '[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 1 more item\n]',
                 id='[arr(*range(101))]'),
    pytest.param(lambda: [arr(*['a' * 30] * 3)],
                 "[\n  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',\n  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',\n  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'\n]",
                 id="[arr(*['a' * 30] * 3)]"),
    pytest.param(lambda: [obj({'key': arr(*range(30))})],
                 '{\n  key: [\n     0,  1,  2,  3,  4,  5,  6,  7,  8,\n     9, 10, 11, 12, 13, 14, 15, 16, 17,\n    18, 19, 20, 21, 22, 23, 24, 25, 26,\n    27, 28, 29\n  ]\n}',
                 id="[obj({'key': arr(*range(30))})]"),
    pytest.param(lambda: [obj({'aaaaaaaaaa': 1111111111, 'bbbbbbbbbb': 2222222222, 'cccccccccc': 3333333333, 'dddddddddd': 44444444})],
                 '{\n  aaaaaaaaaa: 1111111111,\n  bbbbbbbbbb: 2222222222,\n  cccccccccc: 3333333333,\n  dddddddddd: 44444444\n}',
                 id="[obj({'aaaaaaaaaa': 1111111111, 'bbbbbbbbbb': 2222222222, 'c"),
    pytest.param(lambda: [obj({'s': 'first line\nsecond line\nthird line, long enough to be split by node'})],
                 "{\n  s: 'first line\\nsecond line\\nthird line, long enough to be split by node'\n}",
                 id="[obj({'s': 'first line\\nsecond line\\nthird line, long enough"),
    pytest.param(lambda: [obj({'s': 'line one\n' * 4 + 'and a final line, long enough to be split'})],
                 "{\n  s: 'line one\\n' +\n    'line one\\n' +\n    'line one\\n' +\n    'line one\\n' +\n    'and a final line, long enough to be split'\n}",
                 id="[obj({'s': 'line one\\n' * 4 + 'and a final line, long enough"),
    pytest.param(lambda: [err('Error', 'top', 'Error: top\n    at f (a.js:1:2)\n    at g (a.js:3:4)')],
                 'Error: top\n    at f (a.js:1:2)\n    at g (a.js:3:4)',
                 id="[err('Error', 'top', 'Error: top\\n    at f (a.js:1:2)\\n    a"),
    pytest.param(lambda: [with_props(arr(1, 2), {'foo': 'bar'})],
                 "[ 1, 2, foo: 'bar' ]",
                 id="[with_props(arr(1, 2), {'foo': 'bar'})]"),
    pytest.param(lambda: [new(POINT, {'x': 1, 'y': 2}), new(FOO, {}), obj({'p': new(POINT, {'x': 3})})],
                 'Point { x: 1, y: 2 } Foo {} { p: Point { x: 3 } }',
                 id="[new(POINT, {'x': 1, 'y': 2}), new(FOO, {}), obj({'p': new(P"),
    pytest.param(lambda: [V.JSObject(None), obj({'a': 1}, proto=None)],
                 '[Object: null prototype] {} [Object: null prototype] { a: 1 }',
                 id="[V.JSObject(None), obj({'a': 1}, proto=None)]"),
    pytest.param(lambda: [obj({'a': obj({'b': obj({'c': new(POINT, {'x': 1})})})})],
                 '{ a: { b: { c: [Point] } } }',
                 id="[obj({'a': obj({'b': obj({'c': new(POINT, {'x': 1})})})})]"),
    pytest.param(lambda: [cyclic_obj(), cyclic_arr()],
                 "<ref *1> { name: 'a', self: [Circular *1] } <ref *1> [ 1, [Circular *1] ]",
                 id='[cyclic_obj(), cyclic_arr()]'),
    pytest.param(lambda: [fn('f'), fn(''), fn('g', 'arrow'), POINT, BAR, cls('')],
                 '[Function: f] [Function (anonymous)] [Function: g] [class Point] [class Bar extends Foo] [class (anonymous)]',
                 id="[fn('f'), fn(''), fn('g', 'arrow'), POINT, BAR, cls('')]"),
    pytest.param(lambda: [with_props(fn('g'), {'a': 1})],
                 '[Function: g] { a: 1 }',
                 id="[with_props(fn('g'), {'a': 1})]"),
    pytest.param(lambda: [jsmap([('a', 1), ('b', 2)]), jsmap([]), jsset([1, 2]), jsset([])],
                 "Map(2) { 'a' => 1, 'b' => 2 } Map(0) {} Set(2) { 1, 2 } Set(0) {}",
                 id="[jsmap([('a', 1), ('b', 2)]), jsmap([]), jsset([1, 2]), jsse"),
    pytest.param(lambda: [jsmap([(obj({'k': 1}), arr(1, 2))]), jsset([arr(1), 'x'])],
                 "Map(1) { { k: 1 } => [ 1, 2 ] } Set(2) { [ 1 ], 'x' }",
                 id="[jsmap([(obj({'k': 1}), arr(1, 2))]), jsset([arr(1), 'x'])]"),
    pytest.param(lambda: [box(3), box('ab'), box(True), box(-0.0)],
                 "[Number: 3] [String: 'ab'] [Boolean: true] [Number: -0]",
                 id="[box(3), box('ab'), box(True), box(-0.0)]"),
    pytest.param(lambda: [V.JSArguments([1, 'a'])],
                 "[Arguments] { '0': 1, '1': 'a' }",
                 id="[V.JSArguments([1, 'a'])]"),
    pytest.param(lambda: [obj({'g': V.Accessor(fn('get')), 's': V.Accessor(V.UNDEFINED, fn('set')), 'gs': V.Accessor(fn('get'), fn('set'))})],
                 '{ g: [Getter], s: [Setter], gs: [Getter/Setter] }',
                 id="[obj({'g': V.Accessor(fn('get')), 's': V.Accessor(V.UNDEFINE"),
    pytest.param(lambda: [hidden(obj({'a': 1}), 'h', 2)],
                 '{ a: 1 }',
                 id="[hidden(obj({'a': 1}), 'h', 2)]"),
    pytest.param(lambda: [err('Error', 'boom', 'Error: boom')],
                 '[Error: boom]',
                 id="[err('Error', 'boom', 'Error: boom')]"),
    pytest.param(lambda: [obj({'e': err('TypeError', 'bad', 'TypeError: bad')})],
                 '{ e: [TypeError: bad] }',
                 id="[obj({'e': err('TypeError', 'bad', 'TypeError: bad')})]"),
    pytest.param(lambda: [obj({'e': err('Error', 'x', 'Error: x\n    at f (a.js:1:2)')})],
                 '{\n  e: Error: x\n      at f (a.js:1:2)\n}',
                 id="[obj({'e': err('Error', 'x', 'Error: x\\n    at f (a.js:1:2)'"),
    pytest.param(lambda: [with_props(err('Error', 'x', 'Error: x'), {'code': 'E1'})],
                 "[Error: x] { code: 'E1' }",
                 id="[with_props(err('Error', 'x', 'Error: x'), {'code': 'E1'})]"),
    pytest.param(lambda: [new(MYERR, {}, message='hi', stack='Error: hi')],
                 '[MyErr [Error]: hi]',
                 id="[new(MYERR, {}, message='hi', stack='Error: hi')]"),
    pytest.param(lambda: ['%s is %d years', 'Bob', 42.5],
                 'Bob is 42.5 years',
                 id="['%s is %d years', 'Bob', 42.5]"),
    pytest.param(lambda: ['%i|%f|%j|%%|%c|%x', '42.9px', '3.5e1', obj({'a': arr(1, 'x', V.UNDEFINED)}), 'color: red', 'rest'],
                 '42|35|{"a":[1,"x",null]}|%||%x rest',
                 id="['%i|%f|%j|%%|%c|%x', '42.9px', '3.5e1', obj({'a': arr(1, 'x"),
    pytest.param(lambda: ['%s', obj({'a': obj({'b': 1})})],
                 '{ a: [Object] }',
                 id="['%s', obj({'a': obj({'b': 1})})]"),
    pytest.param(lambda: ['%o', arr(1, 2)],
                 '[ 1, 2, [length]: 2 ]',
                 id="['%o', arr(1, 2)]"),
    pytest.param(lambda: ['%O', obj({'a': obj({'b': obj({'c': obj({'d': 1})})})})],
                 '{ a: { b: { c: [Object] } } }',
                 id="['%O', obj({'a': obj({'b': obj({'c': obj({'d': 1})})})})]"),
    pytest.param(lambda: ['%j', cyclic_obj()],
                 '[Circular]',
                 id="['%j', cyclic_obj()]"),
    pytest.param(lambda: ['100%', 5, '%s'],
                 '100% 5 %s',
                 id="['100%', 5, '%s']"),
]

INSPECT_CASES = [
    ('plain', "'plain'"),
    ("it's", '"it\'s"'),
    ('a\nb', "'a\\nb'"),
]

NUMBER_TO_STRING = [
    (0, '0'),
    (-0.0, '0'),
    (1, '1'),
    (-1.5, '-1.5'),
    (0.1, '0.1'),
    (0.3333333333333333, '0.3333333333333333'),
    (123456789.125, '123456789.125'),
    (1e+21, '1e+21'),
    (1e+20, '100000000000000000000'),
    (1.5e-07, '1.5e-7'),
    (1e-07, '1e-7'),
    (1.2e-06, '0.0000012'),
    (5e-324, '5e-324'),
    (1.7976931348623157e+308, '1.7976931348623157e+308'),
    (9007199254740992, '9007199254740992'),
    (1.8446744073709552e+19, '18446744073709552000'),
    (INF, 'Infinity'),
    (-INF, '-Infinity'),
    (NAN, 'NaN'),
    (100, '100'),
    (1e-300, '1e-300'),
    (4.35, '4.35'),
]

RADIX = [
    (0.5, 2, '0.1'),
    (0.1, 2, '0.0001100110011001100110011001100110011001100110011001101'),
    (255.5, 16, 'ff.8'),
    (-255, 36, '-73'),
    (0.3333333333333333, 3, '0.1'),
    (1.152921504606847e+18, 2, '1000000000000000000000000000000000000000000000000000000000000'),
    (1e+21, 36, '5v1j4f4ds7c000'),
    (3.14159, 8, '3.11037476006703156'),
    (-0.0, 2, '0'),
    (123.456, 36, '3f.gez4w97ry'),
    (1e-10, 16, '0.000000006df37f675ef6ec'),
    (35, 36, 'z'),
]

TO_FIXED = [
    (1.005, 2, '1.00'),
    (2.5, 0, '3'),
    (-1.5, 0, '-2'),
    (-0.0, 2, '0.00'),
    (-1e-10, 2, '-0.00'),
    (1e+21, 2, '1e+21'),
    (0.5, 0, '1'),
    (1.45, 1, '1.4'),
    (123.456, 5, '123.45600'),
    (1e-07, 3, '0.000'),
    (999.995, 2, '1000.00'),
    (1e-06, 7, '0.0000010'),
    (42, 0, '42'),
    (1.23e+20, 2, '123000000000000000000.00'),
]

STRING_TO_NUMBER = [
    ('', 0),
    ('  12  ', 12),
    ('\xa0\ufeff7\u2028', 7),
    ('5.', 5),
    ('.5', 0.5),
    ('.', NAN),
    ('-0', -0.0),
    ('+1e3', 1000),
    ('1e', NAN),
    ('Infinity', INF),
    ('-Infinity', -INF),
    ('infinity', NAN),
    ('0x1F', 31),
    ('-0x1F', NAN),
    ('0o17', 15),
    ('0b101', 5),
    ('0b2', NAN),
    ('12abc', NAN),
    ('1_000', NAN),
    ('9007199254740993', 9007199254740992),
    ('1e400', INF),
    ('\x1c1', NAN),
]

PARSE_INT = [
    ('42px', 0, 42),
    ('  -0x1A', 0, -26),
    ('0x1A', 16, 26),
    ('0x1A', 10, 0),
    ('ff', 16, 255),
    ('z', 36, 35),
    ('12', 1, NAN),
    ('12', 37, NAN),
    ('-0', 0, -0.0),
    ('', 0, NAN),
    ('abc', 0, NAN),
    ('1e3', 0, 1),
    ('123456789012345678901234567890', 0, 1.2345678901234568e+29),
    ('0b11', 0, 0),
    ('777', 8, 511),
    ('zzzzzzzzzzzzzz', 36, 6.140942214464815e+21),
]

PARSE_FLOAT = [
    ('3.14abc', 3.14),
    ('  -.5e2x', -50),
    ('1e', 1),
    ('1e+', 1),
    ('.e1', NAN),
    ('Infinityx', INF),
    ('-Infinity', -INF),
    ('0x10', 0),
    ('-0', -0.0),
    ('', NAN),
    ('1.7976931348623159e308', INF),
    ('5.e-1', 0.5),
]


@pytest.mark.parametrize("args, expected", LOG_CASES)
def test_console_log_matches_node(args, expected):
    assert format_log(args()) == expected


@pytest.mark.parametrize("value, expected", INSPECT_CASES)
def test_inspect_quotes_strings(value, expected):
    assert inspect(value) == expected


def test_inspect_of_nested_values_is_console_log_of_them():
    v = obj({"a": arr(1, "two", obj({"b": V.UNDEFINED}))})
    assert inspect(v) == format_log([v]) == "{ a: [ 1, 'two', { b: undefined } ] }"


def test_percent_s_uses_the_to_string_hook_for_a_user_to_string():
    o = obj({"toString": fn("toString", "method")})
    assert format_log(["%s!", o], to_string=lambda v: "custom") == "custom!"


@pytest.mark.parametrize("x, expected", NUMBER_TO_STRING)
def test_number_to_string(x, expected):
    assert number_to_string(x) == expected


@pytest.mark.parametrize("x, radix, expected", RADIX)
def test_number_to_string_radix(x, radix, expected):
    assert number_to_string(x, radix) == expected


@pytest.mark.parametrize("x, digits, expected", TO_FIXED)
def test_to_fixed(x, digits, expected):
    assert to_fixed(x, digits) == expected


def same_number(got, expected):
    if expected != expected:
        return got != got
    if type(expected) is int:          # the int form: integral, safe and not -0
        return type(got) is int and got == expected
    return (type(got) is float and got == expected
            and math.copysign(1, got) == math.copysign(1, expected))


@pytest.mark.parametrize("s, expected", STRING_TO_NUMBER)
def test_string_to_number(s, expected):
    assert same_number(string_to_number(s), expected)


@pytest.mark.parametrize("s, radix, expected", PARSE_INT)
def test_parse_int(s, radix, expected):
    assert same_number(parse_int(s, radix), expected)


@pytest.mark.parametrize("s, expected", PARSE_FLOAT)
def test_parse_float(s, expected):
    assert same_number(parse_float(s), expected)
