# ctypes without a foreign-function interface: simple types, arrays,
# structures and unions (_pack_, bit fields, nesting, big-endian),
# pointers to ctypes objects, sizeof/alignment, from_buffer over
# bytearray/mmap/memoryview (shared), from_buffer_copy of struct.pack'ed
# bytes, memoryview formats, memmove/memset/string_at, pickling.
import ctypes
import mmap
import pickle
import struct
from ctypes import (POINTER, Structure, Union, addressof, alignment, byref,
                    c_bool, c_byte, c_char, c_double, c_float, c_int,
                    c_int16, c_int64, c_long, c_longlong, c_short, c_size_t,
                    c_ubyte, c_uint, c_uint8, c_uint32, c_ulong, c_ushort,
                    c_void_p, c_wchar, c_char_p, c_wchar_p, pointer, sizeof)


def tr(label, f):
    try:
        r = f()
        print(label, "ok", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


for t in [c_bool, c_char, c_wchar, c_byte, c_ubyte, c_short, c_ushort, c_int,
          c_uint, c_long, c_ulong, c_longlong, c_size_t, c_float, c_double,
          c_char_p, c_wchar_p, c_void_p]:
    print(t.__name__, t._type_, sizeof(t), alignment(t), repr(t()))
print(type(c_int).__name__, type(Structure).__name__, type(Union).__name__,
      type(c_int * 2).__name__, type(POINTER(c_int)).__name__)
print(c_int8 is c_byte if (c_int8 := ctypes.c_int8) else 0, c_int16, c_int64 is c_long, c_uint8 is c_ubyte)

print(c_int(5), c_double(1.5), c_char(b"a"), c_bool(7), c_uint8(3), c_float(1.1).value)
print(c_ubyte(256).value, c_byte(200).value, c_int(2 ** 40).value, c_uint(-1).value,
      c_ushort(70000).value, c_char(65).value, c_wchar("x").value)
print(c_char_p(b"abc").value, c_wchar_p("abc").value, c_void_p(5).value, c_void_p().value,
      c_char_p().value, bool(c_int(0)), bool(c_int(2)))
v = c_int(1)
v.value = 42
print(v.value, bytes(v), bytes(c_double(2.0)), bytes(c_short(-2)))
for label, f in [("int float", lambda: c_int(1.5)), ("int str", lambda: c_int("a")),
                 ("double str", lambda: c_double("x")), ("char 2", lambda: c_char(b"ab")),
                 ("char str", lambda: c_char("a")), ("two args", lambda: c_int(1, 2)),
                 ("char_p str", lambda: c_char_p("abc")), ("void_p str", lambda: c_void_p("x")),
                 ("wchar 2", lambda: c_wchar("ab")), ("sizeof 3", lambda: sizeof(3)),
                 ("alignment 3", lambda: alignment(3)), ("addressof 3", lambda: addressof(3)),
                 ("byref 3", lambda: byref(3))]:
    tr(label, f)


class Point(Structure):
    _fields_ = [("x", c_int), ("y", c_double)]


print(Point.x, Point.y, sizeof(Point), alignment(Point))
p = Point(3, 4.5)
print(p.x, p.y, bytes(p))
p.x += 1
print(p.x, Point(1, y=2).y, Point().y)
for label, f in [("too many", lambda: Point(1, 2, 3)), ("x str", lambda: Point(x="a")),
                 ("dup", lambda: Point(1, x=2))]:
    tr(label, f)


class Header(Structure):
    _fields_ = [("magic", c_uint32), ("version", c_ushort), ("flags", c_ubyte),
                ("kind", c_char), ("length", c_int64)]


h = Header.from_buffer_copy(struct.pack("<IHBcq", 0xCAFEBABE, 3, 0x81, b"Z", -12345))
print(sizeof(Header), hex(h.magic), h.version, h.flags, h.kind, h.length)
print(Header.length, Header.kind)
buf = bytearray(struct.pack("<IHBcq", 1, 2, 3, b"a", 4))
h2 = Header.from_buffer(buf)
h2.version = 513
buf[0] = 9
print(h2.magic, buf[4:6], h2.version, struct.unpack_from("<q", buf, 8))
h3 = Header.from_buffer(buf, 0)
print(h3.magic, h3.kind)
for label, f in [("bytes", lambda: Point.from_buffer(b"x" * 16)),
                 ("short", lambda: Point.from_buffer(bytearray(4))),
                 ("copy short", lambda: Point.from_buffer_copy(b"x" * 4)),
                 ("neg off", lambda: Point.from_buffer(bytearray(16), -1)),
                 ("off short", lambda: Point.from_buffer(bytearray(16), 4)),
                 ("not buffer", lambda: Point.from_buffer(3))]:
    tr(label, f)

IntArr = c_int * 4
print(IntArr.__name__, IntArr._length_, IntArr._type_.__name__, sizeof(IntArr), IntArr is c_int * 4)
a = IntArr(1, 2, 3)
print(a[0], a[-1], a[1:3], list(a), len(a), a[::-1])
a[3] = 7
a[0:2] = [10, 20]
print(list(a), bytes(a)[:8])
for label, f in [("index 4", lambda: a[4]), ("too many", lambda: IntArr(1, 2, 3, 4, 5)),
                 ("set str", lambda: a.__setitem__(0, "x")), ("neg len", lambda: c_int * -1),
                 ("slice size", lambda: a.__setitem__(slice(0, 2), [1]))]:
    tr(label, f)
s = (c_char * 6)()
s.value = b"hi"
print(s.value, s.raw, s[0], s[:2], sizeof(s))
s.raw = b"abcdef"
print(s.value)
tr("too long", lambda: setattr(s, "value", b"toolongvalue"))
w = (c_wchar * 4)()
w.value = "hé"
print(w.value, w[:], sizeof(w))
Grid = c_short * 3 * 2
g = Grid()
g[1][2] = 5
print(sizeof(Grid), [list(r) for r in g])


class Bits(Structure):
    _fields_ = [("a", c_uint, 3), ("b", c_int, 5), ("c", c_ubyte)]


print(Bits.a, Bits.b, Bits.c, sizeof(Bits))
b = Bits(5, -3, 7)
print(b.a, b.b, b.c, bytes(b))
b.a = 9
print(b.a, b.b)


class Flags(Structure):
    _fields_ = [("x", c_ushort, 4), ("y", c_ushort, 12), ("z", c_uint, 20), ("w", c_ubyte, 1)]


print(sizeof(Flags), Flags.x, Flags.y, Flags.z, Flags.w)
f = Flags(15, 4095, 0xFFFFF, 1)
print(f.x, f.y, f.z, f.w, bytes(f))
for label, fl in [("bits double", [("a", c_double, 3)]), ("bits 0", [("a", c_int, 0)]),
                  ("bits 33", [("a", c_int, 33)]), ("bad pair", [("a",)]),
                  ("bad type", [("a", int)])]:
    tr(label, lambda: type("Z", (Structure,), {"_fields_": fl}))


class U(Union):
    _fields_ = [("i", c_uint), ("b", c_ubyte * 4), ("d", c_double)]


u = U(0x01020304)
print(list(u.b), sizeof(U), alignment(U), U.i, U.b)


class Packed(Structure):
    _pack_ = 1
    _fields_ = [("a", c_char), ("b", c_int), ("c", c_short)]


print(sizeof(Packed), Packed.b, Packed.c, alignment(Packed))


class Nested(Structure):
    _fields_ = [("p", Point), ("arr", c_short * 3)]


n = Nested()
n.p.x = 7
n.arr[1] = 9
print(n.p.x, list(n.arr), sizeof(Nested), Nested.arr)
tr("set struct int", lambda: setattr(n, "p", 5))
n.p = Point(1, 2)
n.arr = (c_short * 3)(4, 5, 6)
print(n.p.y, list(n.arr))


class Base(Structure):
    _fields_ = [("a", c_int)]


class Derived(Base):
    _fields_ = [("b", c_int)]


d = Derived(1, 2)
print(sizeof(Derived), d.a, d.b, Derived.b)


class Late(Structure):
    pass


tr("no fields", lambda: Late._fields_)
Late._fields_ = [("a", c_int)]
tr("final", lambda: setattr(Late, "_fields_", [("b", c_int)]))
print(sizeof(Late), Late(3).a)


class BE(ctypes.BigEndianStructure):
    _fields_ = [("a", c_int), ("b", c_ushort)]


print(bytes(BE(1, 2)), BE(1, 2).a, BE.from_buffer_copy(b"\x00\x00\x01\x00\x00\x05\x00\x00").a,
      c_int.__ctype_be__(1).value, bytes(c_int.__ctype_be__(1)), c_int.__ctype_le__ is c_int)


class MyInt(c_int):
    pass


print(MyInt(3).value, repr(MyInt(3)).startswith("<MyInt object at "))

ip = pointer(c_int(3))
print(ip.contents, ip[0], type(ip).__name__, POINTER(c_int) is type(ip), bool(ip), bool(POINTER(c_int)()))
ip[0] = 11
print(ip.contents.value)
tr("null", lambda: POINTER(c_int)().contents)
arr = (c_int * 3)(5, 6, 7)
pa = ctypes.cast(arr, POINTER(c_int))
print(pa[0], pa[2])
pa[1] = 60
print(list(arr))
print(ctypes.cast(byref(arr), c_void_p).value == addressof(arr),
      ctypes.cast(arr, c_void_p).value == addressof(arr))

x = c_int()
print(ctypes.memmove(addressof(x), addressof(p), 4) == addressof(x), x.value)
ctypes.memset(addressof(arr), 0, sizeof(arr))
print(list(arr), ctypes.string_at(addressof(s), 3))
tr("resize small", lambda: ctypes.resize(c_int(), 2))
y = c_int()
ctypes.resize(y, 8)
print(sizeof(y), sizeof(c_int))

print(memoryview(p).format, memoryview(a).format, memoryview(s).format,
      memoryview(n).format, memoryview(b).format, memoryview(u).format,
      memoryview(c_int(7)).format, memoryview(c_long()).format, memoryview(ip).format)
mv = memoryview(p)
print(mv.nbytes, mv.readonly, bytes(mv) == bytes(p))
struct.pack_into("<i", p, 0, 99)
print(p.x)

m = mmap.mmap(-1, 64)
cm = (c_int * 4).from_buffer(m, 8)
cm[0] = 0x41424344
print(m[8:12], cm[0])
m[12:16] = struct.pack("<i", -5)
print(cm[1])
del cm

q = pickle.loads(pickle.dumps(c_double(2.25)))
print(type(q).__name__, q.value)
pt = pickle.loads(pickle.dumps(Point(5, 6)))
print(pt.x, pt.y)

print(type(ctypes.pythonapi).__name__)
cb = ctypes.CFUNCTYPE(c_int, c_int, c_int)(lambda a, b: a * b + 1)
print(cb(6, 7))

sb = ctypes.create_string_buffer(b"hello", 10)
print(sb.value, sb.raw, sizeof(sb), len(sb), ctypes.create_string_buffer(4).raw)
ub = ctypes.create_unicode_buffer("hi")
print(ub.value, sizeof(ub))


class Rec(Structure):
    _fields_ = [("name", c_char * 8), ("p", c_char_p), ("v", c_int * 2)]


r = Rec(b"abc", b"xyz", (1, 2))
print(r.name, r.p, list(r.v))
r.name = b"qq"
print(r.name, POINTER(Rec).__name__, sizeof(POINTER(Rec)))
