# io.BytesIO and the buffered classes over it.
import io


def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except Exception as e:
        print(type(e).__name__, e)


b = io.BytesIO(b"abc\ndef\nghi")
print(b.read(2), b.readline(), b.tell(), b.readlines(), b.read(), b.read(5))
b.seek(0)
print(list(b), b.seek(-2, 2), b.read(), b.seek(-100, 1), b.tell())
b = io.BytesIO()
print(b.write(b"hello"), b.write(bytearray(b" world")), b.write(memoryview(b"!")), b.getvalue())
b.seek(20)
b.write(b"z")
print(b.getvalue(), len(b.getvalue()))
print(b.truncate(3), b.getvalue(), b.tell())
b.seek(0)
print(b.read1(2), b.read1(), b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush())
ba = bytearray(4)
b = io.BytesIO(b"xyz")
print(b.readinto(ba), ba)
b.writelines([b"1", b"2"])
print(b.getvalue(), b.__getstate__())
print(io.BytesIO(initial_bytes=b"kw").read(), io.BytesIO(b"a\nb").readline(1), io.BytesIO(b"a\nb\nc").readlines(2))
with io.BytesIO(b"ctx") as c:
    print(c.read())
print(c.closed)
t(lambda: c.read())
t(lambda: c.write(b"x"))
t(lambda: c.getvalue())
t(lambda: c.tell())
t(lambda: io.BytesIO("x"))
t(lambda: io.BytesIO().write("x"))
t(lambda: io.BytesIO().seek(-1))
t(lambda: io.BytesIO().seek(0, 5))
t(lambda: io.BytesIO().truncate(-1))
t(lambda: io.BytesIO().read("x"))
t(lambda: io.BytesIO().detach())
t(lambda: io.BytesIO().fileno())

# Buffered classes over a BytesIO raw stream.
raw = io.BytesIO(b"line one\nline two\nline three\n")
br = io.BufferedReader(raw, 8)
print(br.peek(3)[:3], br.read(4), br.read1(3), br.readline(), br.tell(), br.readable(), br.writable(), br.seekable())
print(list(br), br.read(), br.seek(5), br.read(3), br.raw is raw)
print(repr(br).startswith("<_io.BufferedReader"), br.closed)
br.close()
print(br.closed, raw.closed)
t(lambda: br.read())
t(lambda: br.peek())
t(lambda: br.readline())
t(lambda: br.seek(0))
t(lambda: io.BufferedReader(io.BytesIO(b"x")).read(-2))
t(lambda: io.BufferedReader(io.BytesIO(b"x")).seek(0, 7))
t(lambda: io.BufferedReader(io.BytesIO(b"x")).write(b"x"))
t(lambda: io.BufferedReader(io.BytesIO(b"x")).truncate())
t(lambda: io.BufferedReader(io.BytesIO(b"x"), 0))
t(lambda: io.BufferedReader(io.BytesIO(b"x"), x=1))
t(lambda: io.BufferedWriter(io.BytesIO()).read())
br = io.BufferedReader(io.BytesIO(b"abc"))
r = br.detach()
print(r.read(), br.raw)
t(lambda: br.read())
t(lambda: br.closed)

sink = io.BytesIO()
bw = io.BufferedWriter(sink, 4)
print(bw.write(b"ab"), sink.getvalue(), bw.write(b"cdef"), sink.getvalue(), bw.tell())
bw.flush()
print(sink.getvalue(), bw.writable(), bw.readable())
bw.close()
t(lambda: bw.write(b"x"))
t(lambda: bw.flush())

rnd = io.BufferedRandom(io.BytesIO(b"0123456789"))
print(rnd.read(3), rnd.write(b"ab"), rnd.tell(), rnd.seek(0), rnd.read(), rnd.seek(-3, 2), rnd.read(1))
rnd.seek(0)
rnd.write(b"X")
rnd.flush()
print(rnd.raw.getvalue())
pair = io.BufferedRWPair(io.BytesIO(b"in"), io.BytesIO())
print(pair.read(), pair.write(b"out"), pair.readable(), pair.writable(), pair.closed)

# TextIOWrapper over BytesIO.
raw = io.BytesIO()
tw = io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n")
tw.write("a\nb\xe9\n")
tw.flush()
print(raw.getvalue(), tw.encoding, tw.errors, tw.line_buffering, tw.newlines)
tr = io.TextIOWrapper(io.BytesIO(b"x\r\ny\rz\n\xc3\xa9"), encoding="utf-8")
print(tr.readlines(), tr.newlines)
tr = io.TextIOWrapper(io.BytesIO(b"x\r\ny\rz"), encoding="utf-8", newline="")
print(tr.readlines(), tr.newlines)
tr = io.TextIOWrapper(io.BytesIO(b"abc\xff"), encoding="utf-8", errors="replace")
print(repr(tr.read()))
tr = io.TextIOWrapper(io.BytesIO(b"abc\xff"), encoding="ascii", errors="surrogateescape")
print(repr(tr.read()))
t(lambda: io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8").read())
t(lambda: io.TextIOWrapper(io.BytesIO(), encoding="nope"))
t(lambda: io.TextIOWrapper(io.BytesIO(), newline="nope"))
t(lambda: io.TextIOWrapper(io.BytesIO(), errors=1))
t(lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8").write(b"x"))
tw = io.TextIOWrapper(io.BytesIO(), encoding="latin-1")
tw.write("\xe9")
t(lambda: tw.write("\u20ac") and tw.flush())
print(repr(io.TextIOWrapper(io.BytesIO(), encoding="utf-8")).split(" at ")[0])
tw = io.TextIOWrapper(io.BytesIO(b"one\ntwo\n"), encoding="utf-8")
print(tw.readline(), tw.tell(), tw.read(), tw.seek(0), tw.read(2), tw.detach().read())
t(lambda: tw.read())
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.text_encoding(None), io.text_encoding("x"))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError), io.UnsupportedOperation.__module__)
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BufferedReader(io.BytesIO()), io.BufferedIOBase))


class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), 3, len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


print(Raw(b"abcdefgh").read(), Raw(b"abcdefgh").read(5), Raw(b"ab\ncd").readline(), list(Raw(b"a\nb\nc")))
print(io.BufferedReader(Raw(b"0123456789\nabc")).readline(), io.TextIOWrapper(io.BufferedReader(Raw(b"q\nr\n")), encoding="ascii").readlines())
r = Raw(b"x")
print(r.closed, r.readable(), r.writable(), r.seekable())
r.close()
print(r.closed)
t(lambda: r.read())
t(lambda: io.RawIOBase().read())
t(lambda: io.IOBase().seek(0))
t(lambda: io.IOBase().fileno())
t(lambda: io.BufferedIOBase().read())
t(lambda: io.TextIOBase().read())
