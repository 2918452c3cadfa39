# f-strings with format specs and conversions
name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2}")
print(f"{pi:.3f} {pi:.0f} {pi:10.2f}| {pi:<10.2f}| {pi:e} {pi:.2e}")
print(f"{n:>8}|{n:<8}|{n:^8}|{n:08}|{n:+d}|{-n:d}")
print(f"{name:>10}|{name:<10}|{name:^11}|{name:*^11}|{name:.3}")
print(f"{name!r} {name!s} {'quote'!r}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{1234567:,} {1234567.891:,.2f} {1234567:_}")
print(f"{0.25:%} {0.25:.1%}")
print(f"{3.0} {1e20} {1/3} {2.5:g} {0.0001:g} {1e-10:g}")
items = [1, 2, 3]
d = {"k": "v"}
print(f"{items} {items[0]} {d['k']} {len(items)}")
print(f"{'nested ' + name.lower()}")
width = 7
prec = 2
print(f"[{pi:{width}.{prec}f}]")
print(f"{{literal braces}} {{{n}}}")
print(f"{n if n > 40 else 0} {[x * 2 for x in items]}")
print(f"{True} {None} {[None]}")
print(f"{'a':>3}{'b':<3}{'c'}")
val = -3.5
print(f"{val:+.2f} {abs(val):.1f} {val:10}|")
print(f"{n!r:>6}|{name!r:^12}|")
print(f"multi {n} " f"part {name}")
x = 5
print(f"x={x}")
print(f"{255:02x}{0:02x}{128:02X}")
print(f"{12:5d}|{-12:<5d}|{12:=+6d}|")
print(f"{'%'}s {3 + 4j} {(1, 2)}")
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for nm, price, qty in rows:
    print(f"{nm:<8}{price:>6.2f}{qty:>4}{price * qty:>8.2f}")
print(f"{10 ** 20:,}", f"{-0.0}", f"{7 // 2}")
