for spec in ['08.3f', '+,d', 'x', '#o', 'e', 'g', '%', '_', '#x', '#b', '_x', ',.2f', '^10', '<+8', '=+8', ' d', '010,d', '.3g', '.0e', 'n', '#X', '.2%', '>10.3e']:
    for v in [0, 1234567, -255, 3.14159, -0.0, 1e16, 1e-7, 65]:
        try: r = format(v, spec)
        except (ValueError, TypeError, OverflowError) as e: r = 'ERR ' + str(e)
        print(spec, repr(v), r)
for v in [1e16, 0.1 + 0.2, -0.0, float('inf'), -float('inf'), float('nan'), 1e22, 1.5e-5, 123456789012345678.0, 2.0**70, 1/3, 5e-324, 1.7976931348623157e308, 100.0, 1e15]:
    print(repr(v), str(v), '%s %r %g %.3e %f' % (v, v, v, v, v))
print(int(3.9), int(-3.9), int(-0.5), int('  42 '), int('0x1f', 16), int('0b101', 0), int('1_000'))
for bad in [float('inf'), float('nan')]:
    try: int(bad)
    except (OverflowError, ValueError) as e: print(type(e).__name__, e)
print([round(x) for x in [0.5, 1.5, 2.5, -0.5, -1.5]], round(2.675, 2), round(1234, -2), round(1250, -2), round(-1.25, 1), round(5, 1), type(round(2.5)), round(2.5, 0))
print(divmod(7, -2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5), -7 // 2, -7 % 2, 7 % -2.5, -0.0 % 5)
try: divmod(1, 0)
except ZeroDivisionError as e: print(e)
try: 1.0 // 0
except ZeroDivisionError as e: print(e)
try: 5 % 0
except ZeroDivisionError as e: print(e)
print(2 ** -1, (-8) ** (1/3), (-1) ** 0.5, 2 ** 0.5, 0 ** 0, (-2) ** -2, 10 ** 20, pow(3, 4, 5), pow(2, -1, 7))
try: 0 ** -1
except ZeroDivisionError as e: print(e)
try: 0.0 ** -1
except ZeroDivisionError as e: print(e)
print((255).bit_length(), (-1).bit_length(), (0).bit_length(), (255).bit_count(), (-7).bit_count())
print(complex(1, 2), 1j ** 2, (1+2j) * (3-1j), abs(3+4j), complex('1+2j'), (1+2j).conjugate(), format(1+2j, '.2f'), repr(-0j), repr(complex(0, -0.0)))
print(0.1 + 0.2 == 0.3, float('1e500'), float('-nan'), 1e300 * 1e10, (1e308 * 10) - (1e308 * 10))
print(hash(-1), hash(1.0) == hash(1), hash(2**61 - 1), 7 .__floordiv__(2), (7).__rtruediv__(2), int.__add__(1, 2))
print(True + True, True / 2, -True, ~True, True << 3, 3 & True, bool.__name__, isinstance(True, int))
print(float.fromhex('0x1.8p1'), (1.5).hex(), (0.5).as_integer_ratio(), (3.0).is_integer(), int.from_bytes if False else 'nb')
