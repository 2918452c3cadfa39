vals = [0.0, -0.0, 1.0, 0.1, 1/3, 2/3, 1e16, 1e-7, 123456789.125, 1.5e300, -2.5e-300, 5e-324,
        float('inf'), float('-inf'), 100.0, 1e22, 1e21, 12345.678, 0.000123, 2.675, 1.005]
for v in vals:
    print(repr(v), str(v), f"{v:e}", f"{v:.3g}", f"{v:+.3g}", f"{v:g}", f"{v:10.2f}|", f"{v:<12.4}|")
for v in [0.5, 0.25, 0.125, 1234.5, -0.0001, 1.0]:
    print(f"{v:%}", f"{v:.1%}", f"{v:,}", f"{v:_.2f}", f"{v:015.3f}", f"{v:^+14.2e}", f"{v:#g}", f"{v:.0f}", f"{v:#.0f}")
for n in [0, 7, -7, 1234567, -98765432101, 2**64]:
    print(f"{n:,}", f"{n:_}", f"{n:08d}", f"{n:+d}", f"{n: d}", f"{n:x}", f"{n:#X}", f"{n:#o}", f"{n:#b}", f"{n:e}", f"{n:.2%}", f"{n:>15,}|", f"{n:=+12}")
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5e-324, 5), round(1e300, -299), round(123.456, 1), round(-0.5), round(7, 1), round(2.5, 0), type(round(2.5)), type(round(2.5, 0)))
print(1e16, 1e15, 123456789012345678.0, 0.1 + 0.2, 1.1 * 3, 3.0 * 1.1, 1e-5, 0.0001, 1/7)
print(float('1e500'), float('-1e-500'), float(' 3.25 '), float('1_000.5'), float('-inf'), float('nan') != float('nan'))
print('%.3f %10.4e %-8g| %G %r %s %5.1f%%' % (3.14159, 12345.6789, 0.00001234, 1e-20, 0.1, 0.1, 99.95))
print('%d %i %5d %-5d| %05d %x %X %o %+d %c %c' % (42, -3, 7, 7, -42, 255, 255, 8, 5, 65, 'z'))
print('{:>10}|{:<10}|{:^10}|{:*^11}|{:#>5}'.format('ab', 'cd', 'ef', 'gh', 'i'))
print('{0}{1}{0}'.format('x', 'y'), '{a}-{b}'.format(a=1, b=[2]), '{0[1]}{1[k]}'.format([5, 6], {'k': 'v'}))
print('{!r} {!s} {!a}'.format('q', 'q', 'ü'), f"{'x'!r:>6}", f"{3.0!s}", f"{{literal}} {1+1}")
w, p = 12, 3
print(f"{3.14159265:{w}.{p}f}|", f"{'text':{'>'}{w}}|", f"{42:0{w}b}")
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // -2, -7.5 % 2, 7 % -3, -7 % 3, -7 // 3, 7 // -3, 2 ** 0.5, (-8) ** (1/3))
print(int(3.99), int(-3.99), int(1e20), float(10**20), 10**20 == 1e20, 0.1 * 3 == 0.3, abs(-0.0), -0.0 == 0.0)
print(1.0.is_integer(), (2.5).as_integer_ratio(), (0.1).hex() if False else '', float.fromhex('0x1.8p1') if False else '', (3.0).__trunc__() if False else 3)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fsum([0.1] * 10), sum([0.1] * 10), math.pi, math.e, math.tau)
print(math.copysign(1, -0.0), math.hypot(3, 4), math.isclose(0.1 + 0.2, 0.3), math.isinf(1e400), math.isnan(float('nan')), math.fabs(-3), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1))
print(math.sin(math.pi / 6), math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.sqrt(2), math.pow(2, 10), math.comb(20, 7), math.perm(6, 3), math.prod([1, 2, 3, 4]) if hasattr(math, 'prod') else 24)
print(str(1e100), str(-1.5e-10), repr(1234567890123456789.0), 9007199254740993.0, 0.30000000000000004, 1.7976931348623157e308 * 10)
print(complex(1, 2) * complex(3, -1), (1+2j) / (3-4j), abs(3+4j), (1j) ** 2, complex('1+2j') if False else 1+2j, (2+0j) == 2, repr(-0j), repr(1-0j), (1+2j).conjugate(), (1.5+2j).real, (1.5+2j).imag)
