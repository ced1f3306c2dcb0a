# Arbitrary-precision ints: arithmetic, normalisation, conversions, limits.
import sys

a = 2**200 + 12345
b = -(3**100)
c = 10**40 + 7
for x in [a, b, c, -a, 2**64, -(2**64), 2**63, -(2**63) - 1]:
    for y in [b, c, 7, -7, 2**64 + 1, 3]:
        print(x + y, x - y, x * y, x // y, x % y)
        q, r = divmod(x, y)
        print(q, r, q * y + r == x, x / y, x < y, x == y, x >= y)
print(a ** 3, b ** 2, (-7) ** 41, 2 ** 1000 // 3 ** 600)
print(a & b, a | b, a ^ b, ~a, a << 100, a >> 150, b >> 20, b << 3, -1 >> 1000, (2**1000) >> 999)
print(2**64 - 2**64, type(2**64 - 2**64 + 5).__name__, 2**63 - 1 + 1 - 1, (2**64) // (2**60), -(2**63) // -1)
print(int(1e300), int(-1.5e20), float(2**1023), float(-(2**80) - 1), 2**1023 * 1.5)
print(pow(2, 1000, 10**9 + 7), pow(3, 10**20, 2**61 - 1), pow(12345, -1, 10**9 + 7), pow(-3, 5, 7), pow(3, 5, -7))
print(pow(2**100, 2**10, 97), pow(7, 0, 1), pow(0, 0, 5), pow(5, -2, 13))
print(abs(b), -b, +b, hash(a), hash(b), hash(c), hash(-c))
print(a.bit_length(), b.bit_length(), a.bit_count(), (2**1000 - 1).bit_count())
print(bin(a), oct(b), hex(c))
print(int(str(a)) == a, int(hex(b), 16) == b, int(oct(c), 0) == c, int(bin(a)[2:], 2) == a)

# to_bytes / from_bytes.
for v in [0, 1, 255, 256, -1, -128, -129, 2**64 - 1, -(2**63), a]:
    n = (v.bit_length() + 8) // 8
    for order in ["big", "little"]:
        bs = v.to_bytes(n, order, signed=True)
        print(v, order, int.from_bytes(bs, order, signed=True) == v, int.from_bytes(bs, order), int.from_bytes(bs))
print(int.from_bytes((1024).to_bytes(2, "big")), int.from_bytes((1024).to_bytes(2, byteorder="little")), int.from_bytes((5).to_bytes()))
print(int.from_bytes(b"\x01\x00"), int.from_bytes([1, 2, 3], "little"), int.from_bytes(b"", "big"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes((0, 0, 1), byteorder="little"))

# Factorials and Fibonacci.
f = 1
for i in range(1, 101):
    f *= i
print(f)
print(f // 2**97, f % (10**9 + 7), len(str(f)))
x, y = 0, 1
for i in range(300):
    x, y = y, x + y
print(x, x % 1000000007, x.bit_length())

# The 4300-digit limit on str <-> int conversion.
big = 10**4299
print(len(str(big)), len(repr(-big)))
try:
    str(10**4300)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
ones = str(10**4301 // 9)
sys.set_int_max_str_digits(4300)
try:
    int(ones)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(10**5000)), int(str(10**4300 // 9)) % 97, len(str(int(str(10**4300 - 1)))), int(hex(10**5000), 16) % 1000)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(len(str(10**4500)), sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(10**6000)))
