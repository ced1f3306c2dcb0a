# struct: pack/unpack, byte orders, native alignment, Struct objects, errors.
import struct


def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except Exception as e:
        print(type(e).__name__, e)


print(struct.pack("<ihb", 1, -2, 3), struct.pack(">ihb", 1, -2, 3), struct.pack("!H", 513))
print(struct.unpack("<ihb", b"\x01\x00\x00\x00\xfe\xff\x03"))
print(struct.calcsize("@ci"), struct.calcsize("<ci"), struct.calcsize("@iq"), struct.calcsize("i 2h"),
      struct.calcsize("@c0i"), struct.calcsize("@bi0q"), struct.calcsize("@Pnn"), struct.calcsize("ll"), struct.calcsize("<ll"))
print(struct.pack("@x3xci", b"a", 7))
print(struct.unpack("@ci", b"a\x00\x00\x00\x07\x00\x00\x00"))
print(struct.pack("<qQ", -2**63, 2**64 - 1), struct.unpack("<qQ", b"\xff" * 16))
print(struct.pack("5s", b"abc"), struct.pack("2s", b"abc"), struct.pack("5p", b"abc"), struct.unpack("5p", b"\x03abcd"))
print(struct.pack("3c", b"a", b"b", b"c"), struct.pack("<?h?", True, 5, 0), struct.unpack("<?h", b"\x02\x05\x00"))
print(struct.pack(">e", 1.5), struct.unpack("<e", b"\x00\x3c"), struct.pack("<f", 0.1), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.pack("<e", 1e-8), struct.pack("<e", 65504.0), struct.pack("<e", 5.960464477539063e-08), struct.pack("<e", 2.98e-8),
      struct.pack("<e", float("nan")), struct.pack("<e", -0.0))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x01\x00"), struct.unpack("<d", struct.pack("<d", 3.14)))
print(struct.pack(">d", -2.5), struct.pack("<f", float("inf")), struct.pack("?", "x"), struct.pack("0s", b""))
print(struct.unpack("3s", bytearray(b"abc")), struct.unpack("<d", memoryview(b"\x00" * 8)))
print(list(struct.iter_unpack("<h", b"abcd")), struct.unpack_from("<h", b"1234", 1), struct.unpack_from("<h", buffer=b"1234", offset=2))

s = struct.Struct("<ih")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x00\x00\x02\x00"), s.unpack_from(b"xx\x01\x00\x00\x00\x02\x00", 2))
print(struct.Struct(b"<i").format, type(s).__name__, list(s.iter_unpack(b"\x01\x00\x00\x00\x02\x00" * 2)))
buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 1, -1)
s.pack_into(buf, 0, 7, 8)
print(buf)


class I:
    def __index__(self):
        return 7


print(struct.pack("i", I()), struct.pack("<q", True))

for fmt in ["<I", "<L", "<H", "<B", "<Q", "<i", "<l", "<q", "<h", "<b", "@I", "@L", "@H", "@B", "@Q", "@i", "@l", "@q", "@h", "@b", "@n", "@N", "@P", ">I", "=L"]:
    out = []
    for v in [-1, -2**31 - 1, 2**31, 2**32, 2**63, 2**64, -2**63 - 1]:
        try:
            struct.pack(fmt, v)
            out.append("ok")
        except struct.error as e:
            out.append(str(e))
    print(fmt, out)

for fmt, v in [("i", "x"), ("i", 1.5), ("f", "x"), ("c", b"ab"), ("c", "a"), ("s", "x"), ("f", 1e300), ("e", 1e10), ("<d", "x"), ("<e", 65520.0)]:
    t(lambda: struct.pack(fmt, v))
t(lambda: struct.calcsize("z"))
t(lambda: struct.calcsize("3"))
t(lambda: struct.pack("ii", 1))
t(lambda: struct.pack("i", 1, 2))
t(lambda: struct.pack("i"))
t(lambda: struct.unpack("i", b"ab"))
t(lambda: struct.unpack("i", "abcd"))
t(lambda: struct.unpack_from("i", b"ab", 0))
t(lambda: struct.unpack_from("i", b"abcdef", 4))
t(lambda: struct.unpack_from("i", b"abcdef", -10))
b = bytearray(5)
t(lambda: struct.pack_into("i", b, 2, 1))
t(lambda: struct.pack_into("i", b, -10, 1))
t(lambda: list(struct.iter_unpack("i", b"abcde")))
t(lambda: list(struct.iter_unpack("", b"")))
t(lambda: struct.Struct(5))
t(lambda: struct.Struct("i").pack(1, 2))
print(struct.error.__module__, struct.error.__name__, issubclass(struct.error, Exception))
it = struct.iter_unpack("<h", b"abcdef")
print(it.__length_hint__(), next(it), it.__length_hint__())
