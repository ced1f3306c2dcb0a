# Float repr/str, parsing, arithmetic and float methods.

vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e22, 1e-4, 1e-5,
        0.0001234, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.141592653589793, 100.0, 1e100,
        float("inf"), float("-inf"), float("nan"), 2.0 ** 0.5, 9007199254740993.0, 0.3, 1.1 * 1.1, 4.35 * 100]
for v in vals:
    print(repr(v), str(v), v)

for s in ["1", "-1.5", "  2.5  ", "1e5", "1E-5", ".5", "5.", "1_000.5", "inf", "-Infinity", "nAn", "+inf", "1e500",
          "-1e500", "1e-500", "0x0", "00012", "9007199254740993", "2.2250738585072011e-308", "\u0661.\u0665", "1.7976931348623159e308"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float(), float(3), float(-2**60), float(True), float(b"1.25"), float(10**300))

# Arithmetic.
for a in [7.5, -7.5, 0.1, 3.0, -0.0, 1e300]:
    for b in [2.0, -2.0, 0.3, 3, -1e-300]:
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b)
        q, r = divmod(a, b)
        print("divmod", q, r)
print(1.1 ** 10, 1.05 ** 10, 1.1 ** -3, 2.0 ** 0.5, 10 ** -2, 1.5 ** 1.5, 7.0 ** 0.3, 0.9 ** 100, 2.0 ** -1074)
print(2 ** 0.5, 9 ** 0.5, 8 ** (1 / 3), 10.0 ** 10, 10.0 ** 22, 1e10 ** 0.1, 3.0 ** 33)
print((-8.0) ** 3, (-2.0) ** 0.5, (-1) ** 0.5, 0.0 ** 0, float("nan") ** 0, 1 ** float("nan"), (-1.0) ** float("inf"))
print(float("inf") * 0, float("inf") - float("inf"), float("inf") + 1, -float("inf") * -2)
print(1e308 * 10, -1e308 * 10, 5e-324 / 2, 1e-320 * 1e-10)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, 1.0 == 1, 0.1 + 0.2 == 0.3, -0.0 == 0.0)
print(1.0 < 2, 2 ** 63 == 2.0 ** 63, 2 ** 63 + 1 > 2.0 ** 63, 10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 > float("inf"))

# Methods.
for v in [0.0, -0.0, 1.5, -2.25, 0.1, 1e300, 5e-324, 123456.789, 7.0, -1e16]:
    n, d = v.as_integer_ratio()
    print(v.hex(), float.fromhex(v.hex()) == v, n, d, v.is_integer(), v.real, v.imag, v.conjugate())
    print(int(v), v.__trunc__(), v.__floor__(), v.__ceil__(), abs(v), -v, +v, hash(v))
for s in ["0x1p0", "0x1.8p1", "-0x1p-1074", "0X1.FFFFFFFFFFFFFP+1023", "1", "0x.8", "  0x10  ", "inf", "-nan", "0x1.00000000000008p0"]:
    print(s, float.fromhex(s))
print((1.5).__round__(), (2.5).__round__(), float.__add__(1.5, 2), float.__radd__(1.5, 2), float.__rsub__(1.5, 2))
print(float.__rtruediv__(2.0, 1), float.__rpow__(2.0, 3), float.__rfloordiv__(2.0, 7), float.__rmod__(2.0, 7))
print(float.__getformat__("double"), float.__mul__(2.0, "x") is NotImplemented, (2.5).__getnewargs__()[0])

acc = 0.0
for i in range(1, 1000):
    acc += 1.0 / i
print(acc, acc * 1e10, acc / 7)
x = 1.0
x *= 3.5
x /= 2
x -= 0.25
x **= 2
x //= 1.5
x %= 2.5
print(x)
