# complex numbers: construction, arithmetic, repr, comparisons, methods.

vals = [0j, 1j, -1j, 1 + 2j, -1.5 - 2.5j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), 1e300 + 1e-300j,
        complex(float("inf"), 1), complex(1, float("nan")), 3 + 4j, 0.1 + 0.2j, complex(2, 0)]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, v.conjugate(), abs(v), -v, +v, bool(v))
for a in [1 + 2j, -3.5 + 0.5j, 2j, 0.25 - 1j]:
    for b in [3 - 1j, 2, -1.5, 1j, True]:
        print(a + b, a - b, a * b, a / b, b + a, b - a, b * a, b / a, a ** 2, a ** -1, a == b, a != b)
print((1 + 2j) ** 3, (1 + 1j) ** 10, (2 + 0j) ** 0.5, 2 ** (1 + 1j), (1j) ** 1j, (-1) ** 0.5, 1j ** 2, (1 + 2j) ** (0.5 - 1j))
print(complex(), complex(1), complex(1.5, -2), complex(1j, 1j), complex("1+2j"), complex("  (3-4j)  "), complex("j"), complex("-j"))
print(complex("1e3"), complex("1_0j"), complex("inf-infj"), complex("nan"), complex(real=1, imag=2), complex(imag=3), complex(True, False))
print(complex(2, 0) == 2, complex(2, 0) == 2.0, 2 == complex(2, 0), 1j == 1, complex(1, 0) != 1, 1j != 1j)
print(hash(1 + 2j), hash(complex(3, 0)) == hash(3), hash(0j), hash(complex(0, -1)), hash(-1.5 - 2.25j))
print(complex.__add__(1j, 2), complex.__radd__(1j, 2), complex.__rsub__(1j, 2), complex.__rtruediv__(2j, 4))
print(complex.__add__(1j, "x") is NotImplemented, complex.__lt__(1j, 1j) is NotImplemented, (1 + 2j).__getnewargs__()[1])


class C:
    def __complex__(self):
        return 5 - 1j


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 4


print(complex(C()), complex(F()), complex(I()), complex(F(), I()), complex(1, F()))
z = 1 + 1j
z += 2
z *= 1j
z -= 0.5
z /= 2
z **= 2
print(z)
for bad in [lambda: 1j < 2j, lambda: 1j // 2, lambda: 1j % 2, lambda: divmod(1j, 2), lambda: 1j / 0, lambda: 0j ** -1,
            lambda: complex("1+"), lambda: complex("x"), lambda: complex("1__0j"), lambda: complex("1", 2),
            lambda: complex(1, "2"), lambda: complex(None), lambda: complex(1, None), lambda: abs(1e308 + 1e308j),
            lambda: (1e200 + 1e200j) ** 50, lambda: pow(1j, 2, 3), lambda: int(1j), lambda: float(1j), lambda: round(1j),
            lambda: 0j ** 1j, lambda: (1 + 1j) ** complex(float("inf"), 1)]:
    try:
        print(bad())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
