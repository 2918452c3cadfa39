# Bitwise operators on ints (including negatives and big ints)
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(1 << 0, 1 << 10, 1 << 100, 5 << 3)
print(1024 >> 3, 7 >> 1, 1 >> 5, (1 << 100) >> 98)
print(-8 >> 1, -1 >> 10, -9 >> 2, -1 << 4)
print(-6 & 0xFF, -6 | 1, -6 ^ 3, -12 & -8)
print(0xFFFFFFFF & 0x0F0F0F0F, 0xDEADBEEF ^ 0xFFFFFFFF)
print(True & True, True | False, True ^ True, ~True, True << 3)
big = (1 << 127) - 1
print(big & (big >> 64), big ^ (1 << 64), big | (1 << 128))
print(~big, -big & 0xFFFF)

def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in range(17)], popcount(2 ** 200 - 1))

def bits(n, width=8):
    return "".join("1" if n >> i & 1 else "0" for i in range(width - 1, -1, -1))
print(bits(5), bits(200), bits(-1), bits(-128))
print(1 + 2 << 3, 1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 6 & 3 == 2)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags)
flags ^= WRITE
print(flags, f"{flags:03b}")
x = 0x12345678
print(hex((x >> 16) & 0xFFFF), hex(x & 0xFFFF), hex(((x & 0xFF) << 24) | (x >> 8)))
print([n for n in range(32) if n & (n - 1) == 0])
print(sum(1 << i for i in range(10)), (1 << 10) - 1)
gray = [n ^ (n >> 1) for n in range(8)]
print(gray, [bits(g, 3) for g in gray])
