samples = ["42", "  -17  ", "+8", "1_000_000", "0", "-0", "007", "\t99\n", "١٢٣", "12abc", "", "1__0", "_1", "0x1F", "3.0", " 4 2 "]
for s in samples:
    ok = s.strip().lstrip('+-').replace('_', '').isdigit() and '__' not in s and not s.strip().lstrip('+-').startswith('_') and not s.strip().lstrip('+-').endswith('_')
    print(repr(s), int(s) if ok and ' ' not in s.strip() else 'invalid')
for s, base in [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("777", 8), ("0o777", 0), ("1010", 2), ("0b1010", 0), ("z", 36), ("Zz", 36), ("-101", 2), ("  12  ", 3), ("1_0", 0), ("10", 0)]:
    print(s, base, int(s, base))
floats = ["3.14", "-0.0", "1e10", "1E-3", "  2.5  ", ".5", "5.", "inf", "-Infinity", "nan", "1_000.000_1", "0x10" if False else "16"]
print([float(f) for f in floats])
print([str(float(f)) for f in floats])
print(int(2.9), int(-2.9), int(1e18), int(-1e18), round(2.5), round(-3.5), round(4.4999), int(True), float(False))
print(7 // 2, 7 // -2, -7 // 2, -7 // -2, 7 % 3, 7 % -3, -7 % 3, -7 % -3, divmod(-1, 10), divmod(1, -10))
print(-(2 ** 64) // 3, -(2 ** 64) % 3, (2 ** 64) // -7, pow(-3, 3), pow(-3, -2), (-27) ** (1 / 3) if False else 0, abs(-2 ** 63))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 0xFF, -1 & -1, -256 >> 4, -1 << 10, 1 << 64, (1 << 64) - 1 & -(1 << 32))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1 / 3 * 3 == 1, 2 ** 0.5 * 2 ** 0.5, 1e308 * 10, -1e308 * 10, 1e-323 / 10)
print(max(1, 2.0), min(-0.0, 0.0), max(0.0, -0.0), sum([1, 2.5, -0.5]), sum(range(1, 11)) / 10, 10 / 5, type(10 / 5).__name__)
print(hex(id(None))[:2], oct(8), bin(-8), hex(-1), int(bin(12345), 2), int(hex(-4096), 16), int(oct(511), 8))
print(round(123.456, -1), round(123.456, 1), round(-123.456, 0), round(1e15 + 0.5), round(0.5 + 1e-16), round(2**60 + 1, -5))
print(f"{1/3:.20f}", f"{2/3:.0f}", f"{10**16:.3e}", f"{-1.5:+08.2f}", f"{123456789:,d}", f"{0.1:.17g}", f"{1e-10:f}")
print(float(10 ** 308), float(2 ** 1023) * 2 > 1e308, 2 ** 1023 > 1e308, (10 ** 400) > float('inf'), 10 ** 400 < float('inf'))
print(isinstance(2 ** 100, int), (2 ** 100).bit_length(), (255).to_bytes(2, 'big') == b'\x00\xff', int.from_bytes(b'\x01\x00', 'little'))
print(complex(3, 4) == 3 + 4j, (3 + 4j).conjugate(), abs(1 + 1j), (1 + 2j) * 1j, 1j ** 2 == -1, complex(2), (1 + 0j) == 1)
