print('ǅungla ß Straße ﬁ'.casefold(), 'ß'.upper(), 'ǅ'.lower(), 'İ'.lower(), len('İ'.lower()))
print("they're bill's friends' 3rd o'neil".title(), 'hello world'.capitalize(), 'aBc'.swapcase())
print([s.isidentifier() for s in ['a1', '1a', '_', 'é', 'class', '', 'a-b', 'ℌx']])
print('abc'.translate({97: 'X', 98: None, 99: 100}), 'hello'.translate(str.maketrans('el', 'ip')), 'hello'.translate(str.maketrans({'h': 'J', 'o': None})), 'abc'.translate(str.maketrans('a', 'b', 'c')))
try: str.maketrans('ab', 'c')
except ValueError as e: print(e)
print('%(name)s is %(age)03d, %(name)r' % {'name': 'Bob', 'age': 7}, '%s %%' % 5, '%5.1f|%-5d|%x|%o|%e|%c|%c' % (3.14159, 42, 255, 8, 12345.678, 65, 'z'))
print('%s' % (1,), '%s' % [1, 2], '%r' % 'x', '%i' % 3.9, '%+d % d' % (5, 5), '%*d|%-*d' % (4, 1, 3, 2), '%.3s' % 'abcdef', '%#x %#o' % (255, 8))
for fmt, args in [('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%(a)s', 1), ('%z', 1)]:
    try: print(fmt % args)
    except (TypeError, ValueError, KeyError) as e: print(type(e).__name__, e)
class P:
    x = 3; y = [10, 20]
print('{0.x} {0.y[1]} {1[0]} {2[key]} {k.x}'.format(P(), 'ab', {'key': 'v'}, k=P()))
print('{} {} {}'.format(1, 2, 3), '{0}{1}{0}'.format('a', 'b'), '{!r:>6}'.format('s'), '{:{w}.{p}f}'.format(3.14159, w=9, p=2), '{{literal}}'.format())
for f, a in [('{} {}', (1,)), ('{0} {}', (1, 2)), ('{x}', ()), ('{:d}', ('s',)), ('{0[5]}', ([1],))]:
    try: print(f.format(*a))
    except (IndexError, KeyError, ValueError, TypeError) as e: print(type(e).__name__, e)
print('{:>10}|{:<5}|{:^7}|{:*^9}|{:=+7}'.format('r', 'l', 'c', 'st', 42), format('abc', '.2'), format(12, 'b'), '{:,}'.format(12345678.5))
print('a,b,,c'.split(','), 'a b  c'.split(), ' a b '.split(None, 1), 'a\nb\r\nc'.splitlines(), 'a\nb\n'.splitlines(True), 'abc'.partition('b'), 'abc'.rpartition('x'))
print('xxhixx'.strip('x'), 'abc'.center(8, '-'), 'ab'.zfill(5), '-3'.zfill(4), 'a\tb'.expandtabs(4), 'Hello'.startswith(('He', 'x')), 'abc'.find('c', 1, 2), 'aaa'.count('aa'), 'aaa'.replace('a', 'b', 2))
print('ab' * 3, 'abc'[::-1], 'abc' < 'abd', 'Z' < 'a', min('hello'), sorted('bca'), ''.join(reversed('abc')), 'é'.encode() if False else ord('é'), chr(8364), ascii('é€'), repr('a\'b"c'), repr("a'b"), repr('\t\x00\u200b'))
print('removeprefix'.removeprefix('remove'), 'abc.py'.removesuffix('.py'), 'ab12'.isalnum(), '²'.isdigit(), '²'.isdecimal(), '½'.isnumeric(), '   '.isspace(), 'Ab Cd'.istitle(), 'ABC'.isupper())
try: 'abc'.index('z')
except ValueError as e: print(e)
try: 'abc'[5]
except IndexError as e: print(e)
try: 'abc'[0] = 'x'
except TypeError as e: print(e)
try: 'a' + 1
except TypeError as e: print(e)
try: 1 + 'a'
except TypeError as e: print(e)
try: 'a' * 'b'
except TypeError as e: print(e)
print(str(b'x') if False else 'nb', str(1.0), str(None), str([1, 'a']), str((1,)), str({1: 'a'}), str({1}), str(set()), str(frozenset([1])), repr(range(0, 5, 2)))
