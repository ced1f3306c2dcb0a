# Integer arithmetic, bitwise operations, comparisons and conversions.

vals = [0, 1, -1, 2, -3, 7, -7, 10, 255, -256, 2**31, -2**31, 2**62, 2**63 - 1, -2**63]
for a in vals:
    for b in [1, -1, 2, -3, 7, -7, 10]:
        print(a, b, a + b, a - b, a * b, a // b, a % b, a / b)
        q, r = divmod(a, b)
        print("divmod", q, r, q * b + r == a)

print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(1 << 10, 1 << 62, 1 << 63, 1 << 64, -1 << 70)
print(1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 64, 2**100 >> 90)
print(6 & 3, 6 | 3, 6 ^ 3, ~6, ~-1, -6 & 0xff, -1 ^ 2**70)
print(2**10, 2**0, 0**0, (-2)**3, (-2)**64, 3**-2, 10**-3, 2**-1)
print(5 == 5.0, 5 < 5.5, 5 > 4.9999, 2**53 + 1 == 2.0**53 + 1, 2**53 + 1 > 2.0**53)
print(10**20 == 1e20, 10**23 == 1e23, 1 == True, 0 == False, 2 != 2.0)
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True, +True, abs(-True))
print(True & True, True | False, True ^ True, True & 1, 1 | False, type(True & False).__name__, type(True & 1).__name__)
print(repr(True), str(False), int(True), float(False))

# Methods and properties.
for v in [0, 1, -1, 5, -5, 255, 256, 2**64, -(2**64) - 1, 10**30]:
    print(v, v.bit_length(), v.bit_count(), v.real, v.imag, v.numerator, v.denominator, v.conjugate())
    n, d = v.as_integer_ratio()
    print(n, d, bin(v), oct(v), hex(v))
print((5).__index__(), (5).__int__(), (5).__float__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__())
print(int.__add__(3, 4), int.__radd__(3, 4), int.__sub__(3, 4), int.__rsub__(3, 4), int.__pow__(2, 10, 1000))
print(int.__add__(1, 2.0) is NotImplemented, int.__eq__(1, 1.0) is NotImplemented, float.__eq__(1.0, 1), int.__lt__(1, 2), (3).__neg__())
print(int.__mul__(True, 5), int.__mod__(-7, 3), int.__floordiv__(-7, 3), int.__truediv__(1, 4))
print((-7).__divmod__(2)[0], (-7).__rdivmod__(2)[1], (5).__rpow__(2), (1).__lshift__(3), (1).__rlshift__(3))

# Constructors.
print(int(), int(7), int(-7.9), int(7.9), int(True), int("42"), int(" -42 "), int("+0"), int("1_000_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("Z", 36))
print(int("101", 2), int("777", 8), int("0", 0), int("00", 0), int("0_0", 0), int(b"12"), int(b" 0x1f ", 16))
print(int("١٢٣"), int("\u00a0 12 \u2003"), int(3.0e20), int(-1e-9), int(2.5), int(-2.5))
print(int("123456789012345678901234567890"), int("-ffffffffffffffffffff", 16))
print(int(bytearray(b"101"), 2), int(bytearray(b" 42 ")), float(bytearray(b"1.5")), int(memoryview(b"77")), float(b"-2.5e3"))
print(int.from_bytes(bytearray(b"\x01\x02"), "big"), int.from_bytes(memoryview(b"\x01\x02"), "little"))


class WithInt:
    def __int__(self):
        return 42


class WithIndex:
    def __index__(self):
        return 7


print(int(WithInt()), int(WithIndex()), bin(WithIndex()), hex(WithIndex()))
print([1, 2, 3, 4, 5, 6, 7, 8][WithIndex()])

# Hashes.
for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61), 2**64 + 5, -(2**100), 10**30]:
    print(v, hash(v))
print(hash(True), hash(False), hash(1.0) == hash(1), hash(2**70) == hash(float(2**70)))

x = 5
x += 3
x -= 1
x *= 4
x //= 3
x %= 5
x **= 3
x <<= 2
x >>= 1
x |= 1
x &= 0xff
x ^= 0x0f
print(x)

total = 0
for i in range(1000):
    total += i * i - (i // 3) + (i % 7)
print(total)
f = 1
for i in range(1, 40):
    f *= i
print(f, f // 10**30, f % 1000007)
