# User subclasses of int, float and complex; explicit dunder calls; NotImplemented protocol.


class MyInt(int):
    pass


class Money(int):
    def __new__(cls, value, currency="EUR"):
        self = super().__new__(cls, value)
        self.currency = currency
        return self

    def __repr__(self):
        return "Money(" + int.__repr__(self) + ", " + self.currency + ")"

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(int(self) + int(other), self.currency)
        return NotImplemented


class Celsius(float):
    def describe(self):
        return "temp " + float.__repr__(self)


class Z(complex):
    def norm2(self):
        return self.real ** 2 + self.imag ** 2


class Rev(int):
    def __radd__(self, other):
        return "radd:" + repr(other)

    def __lt__(self, other):
        return "lt"


a = MyInt(5)
b = MyInt("ff", 16)
print(a, b, repr(a), a + 1, 1 + a, a * b, a / 2, a // 2, -a, abs(-a), ~a, a ** 2, a << 3, a & 3)
print(type(a).__name__, type(a + 1).__name__, type(-a).__name__, isinstance(a, int), a == 5, a < 6, hash(a) == hash(5))
print(int(a), type(int(a)).__name__, float(a), str(a), format(a, "x"), f"{a:>5}", a.bit_length(), a.real, a.numerator)
print(bin(a), hex(b), oct(a), [10, 20, 30, 40, 50, 60][a], divmod(a, 3)[0], round(a, -1), bool(MyInt(0)), MyInt())
a.extra = "attr"
print(a.extra, sorted(vars(a)) if False else a.__dict__ == {"extra": "attr"})

m = Money(10)
n = Money(5, "USD")
print(m, n, m + n, repr(m + 3), int(m) + 3, m * 2, m == 10, type(m * 2).__name__, m.currency)

c = Celsius(21.5)
print(c, repr(c), c.describe(), c + 1, type(c + 1).__name__, c * 2, -c, round(c), round(c, 0), int(c), c.is_integer())
print(Celsius("  3.25 "), Celsius(), Celsius(7), float(c), type(float(c)).__name__, f"{c:.3f}", c.hex(), c.as_integer_ratio()[1])
print(c == 21.5, c > 20, hash(c) == hash(21.5), isinstance(c, float), Celsius.fromhex("0x1.8p1"), type(Celsius.fromhex("0x1p0")).__name__)

z = Z(3, 4)
print(z, repr(z), z.norm2(), abs(z), z + 1, type(z + 1).__name__, z.real, z.imag, z.conjugate(), z == 3 + 4j, Z("1+1j"), Z())

r = Rev(3)
print(1 + r, r + 1, 2.5 + r, r < 5, 5 > r, r.__add__(4))

print(int.__add__(5, True), int.__mul__(3, 4), int.__sub__(a, 1), float.__truediv__(1.0, 4), complex.__mul__(2j, 2j))
print(int.__add__(1, 1.5) is NotImplemented, float.__add__(1.5, "x") is NotImplemented, int.__lt__(1, 1.5) is NotImplemented)
print(float.__lt__(1.5, 2), float.__ge__(2.0, 2), int.__ge__(3, True), complex.__eq__(1j, 1j), complex.__ne__(1j, 2))
print((5).__format__("x"), (2.5).__format__(".3f"), (1j).__format__(""), (7).__round__(-1), (1.25).__round__(1))
print(int.__bool__(0), float.__bool__(0.1), (3).__hash__(), (1.5).__hash__(), int.__repr__(MyInt(9)), float.__repr__(c))
print(int.from_bytes(b"\x01\x00", "big"), type(MyInt.from_bytes(b"\x01", "big")).__name__, MyInt.from_bytes(b"\x02", "little"))


class Number:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Number(self.v + (other.v if isinstance(other, Number) else other))

    __radd__ = __add__

    def __pow__(self, other, mod=None):
        return ("pow", self.v, other, mod)

    def __rpow__(self, other):
        return ("rpow", other, self.v)

    def __index__(self):
        return self.v

    def __float__(self):
        return float(self.v) + 0.5

    def __round__(self, n=None):
        return ("round", n)


x = Number(4)
print((x + 1).v, (1 + x).v, (2.5 + x).v, pow(x, 2), pow(x, 2, 5), 2 ** x, pow(2, x), pow(2, x, 5), hex(x), float(x))
print(round(x), round(x, 2), divmod(17, x), 3 * x if False else int(x) if False else "skip", [1, 2, 3, 4, 5, 6][x])
