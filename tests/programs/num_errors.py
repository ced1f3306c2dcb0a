# Error cases for numbers: exception types and CPython's exact messages.


def check(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


big = 10**400
cases = [
    ("int/0", lambda: 1 / 0), ("int//0", lambda: 1 // 0), ("int%0", lambda: 1 % 0), ("divmod0", lambda: divmod(1, 0)),
    ("float/0", lambda: 1.0 / 0), ("float//0", lambda: 1.0 // 0.0), ("float%0", lambda: 1.0 % 0), ("fdivmod0", lambda: divmod(1.0, 0)),
    ("0**-1", lambda: 0 ** -1), ("0.0**-1", lambda: 0.0 ** -1.5), ("big/big", lambda: big / 1), ("big*1.0", lambda: big * 1.0),
    ("float(big)", lambda: float(big)), ("pow ovf", lambda: 10.0 ** 400), ("exp ovf", lambda: 2.0 ** 5000),
    ("1<<-1", lambda: 1 << -1), ("1>>-1", lambda: 1 >> -1), ("shift huge", lambda: 1 << big),
    ("int+str", lambda: 1 + "a"), ("str+int", lambda: "a" + 1), ("float*list", lambda: 1.5 * [1]), ("int<str", lambda: 1 < "a"),
    ("float>=None", lambda: 2.5 >= None), ("-str", lambda: -"a"), ("~float", lambda: ~1.5), ("abs(str)", lambda: abs("a")),
    ("int&float", lambda: 1 & 1.0), ("float<<1", lambda: 1.0 << 1), ("int@int", lambda: 1 @ 2),
    ("int(None)", lambda: int(None)), ("int([])", lambda: int([])), ("int('')", lambda: int("")), ("int('1.5')", lambda: int("1.5")),
    ("int(' ')", lambda: int(" ")), ("int('0x', 16)", lambda: int("0x", 16)), ("int('12', 2)", lambda: int("12", 2)),
    ("int('9', 0)", lambda: int("09", 0)), ("base 1", lambda: int("1", 1)), ("base 37", lambda: int("1", 37)),
    ("base float", lambda: int("1", 2.0)), ("base nonstr", lambda: int(5, 10)), ("int(base=)", lambda: int(base=10)),
    ("int kw", lambda: int(x=5)), ("int 3 args", lambda: int("1", 2, 3)), ("int(inf)", lambda: int(float("inf"))),
    ("int(nan)", lambda: int(float("nan"))), ("int(-inf)", lambda: int(float("-inf"))), ("int(b'x')", lambda: int(b"x")),
    ("float('x')", lambda: float("x")), ("float('')", lambda: float("")), ("float(None)", lambda: float(None)),
    ("float('1_')", lambda: float("1_")), ("float kw", lambda: float(x=1)), ("float 2", lambda: float(1, 2)),
    ("float(b'')", lambda: float(b"")), ("float('0x1p1')", lambda: float("0x1p1")), ("float(1j)", lambda: float(1j)),
    ("fromhex", lambda: float.fromhex("x")), ("fromhex ovf", lambda: float.fromhex("0x1p5000")), ("hex()", lambda: (1.5).hex(1)),
    ("ratio inf", lambda: float("inf").as_integer_ratio()), ("ratio nan", lambda: float("nan").as_integer_ratio()),
    ("bool kw", lambda: bool(x=1)), ("bool 2", lambda: bool(1, 2)), ("round str", lambda: round("1")),
    ("round inf", lambda: round(float("inf"))), ("round nan", lambda: round(float("-nan"))), ("round nd", lambda: round(1.5, "1")),
    ("round ovf", lambda: round(1.7e308, -308)), ("pow3 float", lambda: pow(2.0, 2, 3)), ("pow3 zero", lambda: pow(2, 2, 0)),
    ("pow3 inv", lambda: pow(2, -1, 4)), ("pow3 str", lambda: pow("a", 2, 3)), ("pow3 mod float", lambda: pow(2, 2, 3.0)),
    ("pow args", lambda: pow(1)), ("divmod args", lambda: divmod(1, 2, 3)), ("divmod str", lambda: divmod("a", 1)),
    ("bin(1.5)", lambda: bin(1.5)), ("hex(None)", lambda: hex(None)), ("oct('7')", lambda: oct("7")),
    ("to_bytes ovf", lambda: (256).to_bytes(1, "big")), ("to_bytes neg", lambda: (-1).to_bytes(2, "big")),
    ("to_bytes order", lambda: (1).to_bytes(2, "middle")), ("to_bytes len", lambda: (1).to_bytes(-1, "big")),
    ("to_bytes signed", lambda: (128).to_bytes(1, "big", signed=True)), ("from_bytes str", lambda: int.from_bytes("ab", "big")),
    ("from_bytes range", lambda: int.from_bytes([256], "big")), ("from_bytes int", lambda: int.from_bytes(5, "big")),
    ("bit_length arg", lambda: (5).bit_length(1)), ("int.__add__ str", lambda: int.__add__("a", 1)),
    ("int.__neg__()", lambda: int.__neg__()), ("int.__add__ 1", lambda: int.__add__(1)), ("float.__add__ int", lambda: float.__add__(1, 2.0)),
    ("int.__new__ float", lambda: int.__new__(float, 1)), ("float.__new__ int", lambda: float.__new__(int)),
    ("complex('x')", lambda: complex("x")), ("complex(1,'x')", lambda: complex(1, "x")), ("complex('1', 1)", lambda: complex("1", 1)),
    ("complex kw", lambda: complex(real=1, foo=2)), ("complex abs", lambda: abs(complex(1e308, 1e308) * 2)),
    ("cplx pow ovf", lambda: (1e200 + 1e200j) ** 100), ("cplx //", lambda: 1j // 1j), ("cplx <", lambda: 1j < 1j),
    ("cplx int", lambda: int(1j)), ("cplx 0/0", lambda: 0j / 0j), ("cplx pow3", lambda: pow(1j, 1, 1)),
    ("fmt x float", lambda: format(1.5, "x")), ("fmt d float", lambda: format(1.5, "d")), ("fmt s int", lambda: format(1, "s")),
    ("fmt c range", lambda: format(-1, "c")), ("fmt c big", lambda: format(0x110000, "c")), ("fmt c sign", lambda: format(65, "+c")),
    ("fmt prec int", lambda: format(1, ".2")), ("fmt z int", lambda: format(1, "z")), ("fmt ,_", lambda: format(1, ",_")),
    ("fmt _,", lambda: format(1, "_,")), ("fmt ,b", lambda: format(1, ",b")), ("fmt ,s", lambda: format(1.0, ",s")),
    ("fmt garbage", lambda: format(1.0, "10.2fx")), ("fmt no prec", lambda: format(1.0, ".f")), ("fmt huge", lambda: format(1, "99999999999999999999")),
    ("fmt cplx 0", lambda: format(1j, "010")), ("fmt cplx =", lambda: format(1j, "=10")), ("fmt cplx %", lambda: format(1j, "%")),
    ("fmt bool x", lambda: format(True, "s")), ("fmt spec type", lambda: format(1, 5)), ("fmt args", lambda: format()),
    ("int str limit", lambda: str(10**5000)), ("float(bytearray)", lambda: float(bytearray(b"x"))),
    ("int(bytearray)", lambda: int(bytearray(b"1x"))), ("int(bytearray, 2)", lambda: int(bytearray(b"102"), 2)), ("repr limit", lambda: repr(-10**4400)),
]
for label, f in cases:
    check(label, f)
