# Complex numbers
a = 3 + 4j
b = 1 - 2j
print(a, b)
print(a + b, a - b, a * b)
print(a / b)
print(abs(a))
print(a.real, a.imag)
print(a.conjugate())
print(-a, +a)
print(a == 3 + 4j, a != b)
print(1j * 1j)
print(1j ** 2)
print((1 + 1j) ** 2)
print(complex(2, 3), complex(1.5), complex(0, -1))
print(complex("1+2j"))
print(2 * a, a * 2, a * 0.5)
print(a + 1, 1 + a, a - 1.5)
print(0j, -0j, 1j, 2.5j)
print(type(a), type(1j))
print(a == complex(3, 4))
print(bool(0j), bool(1j))
c = 0j
for k in range(5):
    c += complex(k, -k)
print(c)
print(repr(1 + 0j), str(0 + 1j))
print((2 + 3j) * (2 - 3j))
z = 1 + 1j
for i in range(4):
    z = z * z
print(z)
print(isinstance(a, complex), isinstance(3, complex))
print(f"{a}", "%s" % (a,))
print([x.imag for x in [1j, 2 + 5j, 3]])
