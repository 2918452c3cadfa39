x, name, val = 42, "pyish", 3.14159
print(f"{x=}", f"{name=!s}", f"{val=:.2f}", f"{x = }", f"{x*2=}", f"{name!r:>10}", f"{name!a}")
print(f"{'nested ' + f'{x:03d}'}", f"{x:{'>' if x else '<'}10}|", f"{[1, 2][0]}{ {'a': 1}['a'] }", f"{x:,}", f"{x!s:^8}|")
print(f"{'a' 'b'}", f"{3 if x else 4}", f"{(lambda q: q + 1)(x)}", f"{x:#x} {x:#o} {x:08.3f} {-x:+}", f"{1e10:,.2f}", f"{12345678:_x}")
print(f"{''}", f"", f"{{}}", f"{'{'}{'}'}", f"a{x}b{x}c", f"{x}" f"{val}", "plain" f"{x}")
width = 7
for v in [1, 22, 333]:
    print(f"[{v:^{width}}] [{v:<{width}d}] [{v:>{width}.1f}]")
print("{:{}}|{:{w}.{p}f}|".format('ab', 5, 2.5, w=8, p=3), "{0:{1}}".format(7, '>4'), "{:%Y}".format if False else '')
print("{} {}".format(*'xy'), "{a}{b}".format(**{'a': 1, 'b': 2}), "{0!r:>6}".format('q'), "{:c}".format(97), "{:n}".format(1234))
print(format(1234.5, ','), format(0.000012, '.2e'), format(-3, '03'), format(5, '*^7'), format('left', '<8') + '|', format(True, 'd'), format(None, ''))
print('%s %r %a' % ('é', 'é', 'é'), '%-6.2f|' % 3.14159, '%+.1e' % 12345.678, '%#x %#o' % (255, 8), '%3c|' % 'x', '%%', '%.3s' % 'abcdef', '%*d' % (5, 42), '%-*d|' % (4, 1))
print('%(a)s and %(b)05.1f' % {'a': 'A', 'b': 2.25}, '%s' % [1, 2], '%s' % (1,), '%d%%' % 50, '%i' % 3.9, '%x' % 255, '%e' % 0, '%g' % 1e-5, '%g' % 123456789)
