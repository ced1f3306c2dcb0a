# io.StringIO / BytesIO / TextIOWrapper over BytesIO.
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("world"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read()))
s.seek(2)
s.write("XY")
print(repr(s.getvalue()))
s.truncate(4)
print(repr(s.getvalue()), s.tell())
s.seek(10)
s.write("!")
print(repr(s.getvalue()))
s = io.StringIO("a\nb\r\nc\rd", newline=None)
print(s.readlines())
s = io.StringIO("a\nb\r\nc\rd", newline="")
print(s.readlines())
s = io.StringIO("x\ny\n")
print(list(s), s.read(), s.readline())
s = io.StringIO(newline="\r\n")
s.write("a\nb")
print(repr(s.getvalue()))
for bad in [lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(0, 5), lambda: io.StringIO(b"x"), lambda: s.write(b"x"), lambda: io.StringIO(newline="z")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
s.close()
for bad in [s.getvalue, s.read, lambda: s.write("x"), s.tell, lambda: s.seek(0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(s.closed)
with io.StringIO("ctx") as s2:
    print(s2.read())
print(s2.closed)

b = io.BytesIO(b"abcdef")
print(b.read(2), b.tell(), b.read(), b.read())
b.seek(1)
b.write(b"ZZ")
print(b.getvalue())
b.seek(0, 2)
b.write(b"gh")
print(b.getvalue(), b.tell())
print(b.seek(-3, 2), b.read())
b.seek(10)
b.write(b"!")
print(b.getvalue())
print(b.truncate(3), b.getvalue(), b.tell())
b = io.BytesIO(b"l1\nl2\nl3")
print(b.readlines(), b.readline())
b.seek(0)
print(b.readline(1), b.readlines(3))
buf = bytearray(4)
b = io.BytesIO(b"xyz")
print(b.readinto(buf), buf)
mv = b.getbuffer()
print(bytes(mv), len(mv))
try:
    b.write(b"1")
except BufferError as e:
    print(type(e).__name__, e)
mv[0] = ord("Q")
print(b.getvalue(), mv[1:].tobytes())
for bad in [b.truncate, b.close]:
    try:
        bad()
    except BufferError as e:
        print(type(e).__name__, e)
mv.release()
b.write(b"1")
print(b.getvalue())
print(b.read1(), b.readable(), b.writable(), b.seekable())
for bad in [lambda: b.write("s"), lambda: b.seek(-1), lambda: b.seek(0, 3), lambda: io.BytesIO("s"), lambda: b.truncate(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
b.close()
for bad in [b.getvalue, b.read, lambda: b.write(b"x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

raw = io.BytesIO("caf\u00e9\nline2\r\nend".encode("utf-8"))
t = io.TextIOWrapper(raw, encoding="utf-8")
print(t.encoding, repr(t.readline()), t.readlines())
print(t.buffer is raw)
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="latin-1", newline="\r\n")
t.write("a\u00e9\nb\n")
t.flush()
print(raw.getvalue())
t.seek(0)
print(repr(t.read()))
t.detach()
try:
    t.read()
except ValueError as e:
    print(type(e).__name__, e)
raw = io.BytesIO(b"\xff\xfeabc")
t = io.TextIOWrapper(raw, encoding="utf-8", errors="replace")
print(ascii(t.read()))
raw = io.BytesIO(b"\xff")
t = io.TextIOWrapper(raw, encoding="utf-8")
try:
    t.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
br = io.BufferedReader(io.BytesIO(b"buffered data"))
print(br.read(8), br.peek(1)[:1], br.read())
bw_raw = io.BytesIO()
bw = io.BufferedWriter(bw_raw)
bw.write(b"pending")
bw.flush()
print(bw_raw.getvalue())
class Up(io.TextIOBase):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)
u = Up()
print("hi", "there", file=u)
print(u.parts)
try:
    u.read()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
