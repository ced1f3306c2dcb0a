# mmap.mmap: anonymous maps and maps of a temporary file (read/write/seek,
# find/rfind, readline, slicing and item assignment, move, resize, flush,
# madvise), the buffer protocol (memoryview, bytes, struct.pack_into,
# readinto), access modes and CPython's error messages.
import mmap
import os
import struct
import tempfile


def tr(label, f):
    try:
        r = f()
        print(label, "ok", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


print(mmap.PAGESIZE % 4096, mmap.ALLOCATIONGRANULARITY == mmap.PAGESIZE)
print(mmap.MAP_SHARED, mmap.MAP_PRIVATE, mmap.MAP_ANONYMOUS, mmap.PROT_READ,
      mmap.PROT_WRITE, mmap.ACCESS_READ, mmap.ACCESS_WRITE, mmap.ACCESS_COPY,
      mmap.MADV_DONTNEED, mmap.error is OSError)

# anonymous map
m = mmap.mmap(-1, 16)
print(repr(m), len(m), m.closed)
print(m.write(b"hello\nworld\n"), m.tell())
m.seek(0)
print(m.readline(), m.readline(), m.readline(), m.tell())
m.seek(0)
print(m.read(3), m.read_byte(), m.read(), m.read())
print(m.find(b"o"), m.find(b"o", 5), m.rfind(b"o"), m.find(b"zz"), m.find(b"l", -6, -1))
m.seek(2)
print(m.find(b"h"), m.find(b"l"), m.rfind(b"\n", 0, 8))
print(m[0], m[-1], m[1:4], m[::4], m[100:], m[::-1][:5])
m[0] = 72
m[6:11] = b"WORLD"
m[::8] = b"Jx"
print(m[:])
m.move(0, 6, 5)
print(m[:12])
m.seek(0, 2)
print(m.tell())
m.seek(-4, 1)
print(m.tell())
m.seek(3)
m.write_byte(33)
print(m[:6], m.tell())
print(list(m)[:3], b"!" in m, 33 in m)
v = memoryview(m)
print(v.format, v.itemsize, v.nbytes, v.readonly, v[0], bytes(v[1:3]))
v[1] = ord("E")
print(m[:3])
tr("close with view", m.close)
tr("resize with view", lambda: m.resize(32))
v.release()
struct.pack_into("<I", m, 12, 0xDEADBEEF)
print(struct.unpack_from("<I", m, 12), hex(struct.unpack("<I", m[12:16])[0]))
print(bytes(m)[:5], bytearray(m)[:5], b"".join([m[:2], b"-"]))
m.resize(32)
print(len(m), m[:5], m[16:20])
print(m.flush(), m.madvise(mmap.MADV_NORMAL), m.madvise(mmap.MADV_WILLNEED, 0, 4096))

for label, f in [
    ("neg length", lambda: mmap.mmap(-1, -1)),
    ("zero anon", lambda: mmap.mmap(-1, 0)),
    ("neg offset", lambda: mmap.mmap(-1, 10, offset=-1)),
    ("bad access", lambda: mmap.mmap(-1, 10, access=7)),
    ("both", lambda: mmap.mmap(-1, 10, flags=mmap.MAP_PRIVATE, access=mmap.ACCESS_READ)),
    ("str fileno", lambda: mmap.mmap("a", 10)),
    ("kw", lambda: mmap.mmap(fileno=-1, length=8, tagname="x")),
    ("missing", lambda: mmap.mmap(-1)),
    ("read str", lambda: m.read("a")),
    ("read 2", lambda: m.read(1, 2)),
    ("write str", lambda: m.write("abc")),
    ("write big", lambda: m.write(b"x" * 100)),
    ("write_byte 300", lambda: m.write_byte(300)),
    ("write_byte -1", lambda: m.write_byte(-1)),
    ("write_byte b", lambda: m.write_byte(b"a")),
    ("seek far", lambda: m.seek(100)),
    ("seek neg", lambda: m.seek(-1)),
    ("seek how", lambda: m.seek(0, 3)),
    ("index", lambda: m[32]),
    ("index str", lambda: m["a"]),
    ("index huge", lambda: m[2 ** 70]),
    ("set 256", lambda: m.__setitem__(0, 256)),
    ("set bytes", lambda: m.__setitem__(0, b"a")),
    ("set str key", lambda: m.__setitem__("a", 1)),
    ("set slice size", lambda: m.__setitem__(slice(0, 2), b"abc")),
    ("set slice str", lambda: m.__setitem__(slice(0, 2), "ab")),
    ("del item", lambda: m.__delitem__(0)),
    ("del slice", lambda: m.__delitem__(slice(0, 1))),
    ("move range", lambda: m.move(0, 30, 10)),
    ("move args", lambda: m.move(1, 2)),
    ("flush range", lambda: m.flush(0, 100)),
    ("madvise start", lambda: m.madvise(mmap.MADV_NORMAL, 100)),
    ("madvise len", lambda: m.madvise(mmap.MADV_NORMAL, 0, -1)),
    ("tell arg", lambda: m.tell(1)),
    ("add", lambda: m + b"a"),
    ("closed set", lambda: setattr(m, "closed", 1)),
    ("attr set", lambda: setattr(m, "foo", 1)),
    ("pickle", lambda: __import__("pickle").dumps(m)),
]:
    tr(label, f)
m.seek(len(m))
tr("read_byte end", m.read_byte)
tr("write_byte end", lambda: m.write_byte(1))
print(m.read(5), m.readline())
m.close()
print(repr(m), m.closed)
for label, f in [("read", lambda: m.read(1)), ("len", lambda: len(m)), ("item", lambda: m[0]),
                 ("tell", m.tell), ("close again", m.close), ("memoryview", lambda: memoryview(m))]:
    tr(label, f)

with mmap.mmap(-1, 3) as q:
    print(q.closed)
print(q.closed)
tr("enter closed", q.__enter__)

# read-only and copy-on-write anonymous maps
r = mmap.mmap(-1, 4, access=mmap.ACCESS_READ)
print(repr(r))
for label, f in [("ro write", lambda: r.write(b"a")), ("ro set", lambda: r.__setitem__(0, 1)),
                 ("ro resize", lambda: r.resize(8)), ("ro move", lambda: r.move(0, 1, 1)),
                 ("ro write_byte", lambda: r.write_byte(1)), ("ro view", lambda: memoryview(r).readonly),
                 ("ro pack_into", lambda: struct.pack_into("<i", r, 0, 1))]:
    tr(label, f)
c = mmap.mmap(-1, 4, access=mmap.ACCESS_COPY)
print(repr(c))
tr("copy resize", lambda: c.resize(8))


class Sub(mmap.mmap):
    pass


s = Sub(-1, 4)
s.tag = "x"
s[0] = 7
print(type(s).__name__, s.tag, len(s), s[0], bytes(memoryview(s))[:1])
s.close()

# a map of a temporary file
d = tempfile.mkdtemp()
path = os.path.join(d, "data.bin")
try:
    with open(path, "wb"):
        pass
    with open(path, "r+b") as f:
        tr("empty file", lambda: mmap.mmap(f.fileno(), 0))
        f.write(b"0123456789" * 500)
        f.flush()
        tr("too long", lambda: mmap.mmap(f.fileno(), 6000))
        tr("offset past", lambda: mmap.mmap(f.fileno(), 0, offset=8192))
        tr("offset unaligned", lambda: mmap.mmap(f.fileno(), 0, offset=3))
        fm = mmap.mmap(f.fileno(), 0)
        print(len(fm), fm.size(), fm[:12], fm.find(b"789012"))
        fm[0:4] = b"ABCD"
        fm.flush()
        fm.resize(8192)
        print(len(fm), fm.size(), os.path.getsize(path), fm[4996:5004])
        fm[8191] = 90
        fm.close()
        o = mmap.mmap(f.fileno(), 4096, offset=4096)
        print(repr(o), o[:4], o[-1])
        o.close()
        ro = mmap.mmap(f.fileno(), 10, access=mmap.ACCESS_READ)
        print(ro[:], ro.flush())
        ro.close()
        cp = mmap.mmap(f.fileno(), 10, access=mmap.ACCESS_COPY)
        cp[0:2] = b"zz"
        print(cp[:4], cp.flush())
        cp.close()
    with open(path, "rb") as f:
        print(f.read(6), len(f.read()))
    with open(path, "rb") as f:
        buf = mmap.mmap(-1, 8)
        print(f.readinto(buf), buf[:])
        buf.close()
finally:
    os.unlink(path)
    os.rmdir(d)

# an __index__ that closes the map while an argument is converted
for access in (mmap.ACCESS_READ, mmap.ACCESS_WRITE, mmap.ACCESS_DEFAULT):
    mc = mmap.mmap(-1, 32, access=access) if access != mmap.ACCESS_READ else mmap.mmap(-1, 32, prot=mmap.PROT_READ)

    class Closer:
        def __index__(self):
            mc.close()
            return 10

    for label, f in [("item", lambda: mc[Closer()]), ("slice", lambda: mc[Closer():20]),
                     ("read", lambda: mc.read(Closer())), ("find", lambda: mc.find(b"1", 1, Closer()))]:
        tr(label, f)
        mc = mmap.mmap(-1, 32)
