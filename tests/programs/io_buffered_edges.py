# Buffered I/O edge cases: readinto1, non-blocking raw writers, buffer
# sizes, bad raw results, pickling refusals, module names, TextIOWrapper
# detach/uninitialised/illegal decoder/reconfigure.
import io, pickle, sys, threading, time, codecs

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
        c = e.__cause__
        if c is not None:
            print("  cause", type(c).__name__, c)

class Raw(io.RawIOBase):
    def __init__(self, chunks):
        self.chunks = list(chunks)
        self.reads = 0
    def readable(self):
        return True
    def readinto(self, buf):
        self.reads += 1
        if not self.chunks:
            return 0
        data = self.chunks.pop(0)
        if data is None:
            return None
        buf[:len(data)] = data
        return len(data)

# readinto1: buffered bytes, then one raw read straight into the rest.
raw = Raw([b"abc", b"de", b"fgh", b"jkl"])
b = io.BufferedReader(raw, buffer_size=10)
ba = bytearray(2)
show("peek", lambda: b.peek(3))
show("readinto1", lambda: (b.readinto1(ba), bytes(ba), raw.reads))
show("readinto1", lambda: (b.readinto1(ba), bytes(ba[:1]), raw.reads))
show("readinto1", lambda: (b.readinto1(ba), bytes(ba), raw.reads))
ba = bytearray(20)
show("peek", lambda: (b.peek(3), raw.reads))
show("readinto1 big", lambda: (b.readinto1(ba), bytes(ba[:6]), raw.reads))
show("readinto1 eof", lambda: b.readinto1(ba))

raw = Raw([None, b"xy"])
b = io.BufferedReader(raw, buffer_size=4)
show("readinto1 none", lambda: b.readinto1(bytearray(2)))
show("readinto1 after", lambda: b.readinto1(bytearray(2)))

# A non-blocking raw writer.
class NBWriter(io.RawIOBase):
    def __init__(self):
        self.out = []
        self.block = None
    def writable(self):
        return True
    def write(self, data):
        data = bytes(data)
        if self.block is not None:
            i = data.find(self.block)
            if i > 0:
                self.out.append(data[:i])
                return i
            if i == 0:
                self.block = None
                return None
        self.out.append(data)
        return len(data)
    def pop(self):
        s = b"".join(self.out)
        self.out = []
        return s

raw = NBWriter()
w = io.BufferedWriter(raw, 8)
show("write", lambda: w.write(b"abcd"))
show("write", lambda: w.write(b"efghi"))
show("write", lambda: w.write(b"jklmn"))
raw.block = b"0"
try:
    w.write(b"opqrwxyz0123456789")
except BlockingIOError as e:
    print("blocked", e.characters_written, e.args[1:])
print("raw", raw.pop())
show("write", lambda: w.write(b"ABCDEFGHI"))
print("raw", raw.pop())
raw.block = b"Y"
show("write", lambda: w.write(b"XYZ"))
try:
    w.flush()
except BlockingIOError as e:
    print("flush blocked", e.characters_written, e.args[1:])
try:
    w.write(b"1234567")
except BlockingIOError as e:
    print("blocked", e.characters_written)
show("flush", lambda: w.flush())
print("raw", raw.pop())

# Buffer sizes.
for size in (0, -16, sys.maxsize):
    try:
        io.BufferedReader(io.BytesIO(b"x"), size)
        print("size", size, "ok")
    except (ValueError, MemoryError, OverflowError) as e:
        print("size", size, type(e).__name__)

# A raw readinto that returns a bad type.
rawb = io.BufferedReader(io.BytesIO(b"12"))
rawb.readinto = lambda buf: b""
show("bad readinto", lambda: io.BufferedReader(rawb).readline())

# Closing from another thread while a write waits.
class SlowFlush(io.RawIOBase):
    def __init__(self):
        self.in_flush = threading.Event()
    def writable(self):
        return True
    def write(self, b):
        return len(b)
    def flush(self):
        self.in_flush.set()
        time.sleep(0.2)
raw = SlowFlush()
w = io.BufferedWriter(raw, 8)
th = threading.Thread(target=w.close)
th.start()
raw.in_flush.wait()
show("write while closing", lambda: w.write(b"spam"))
print("closed", w.closed)
th.join()

# Pickling refusals.
objs = [io.BufferedReader(io.BytesIO(b"")), io.BufferedWriter(io.BytesIO()),
        io.BufferedRandom(io.BytesIO()), io.TextIOWrapper(io.BytesIO(), encoding="utf-8"),
        io.BufferedRWPair(io.BytesIO(), io.BytesIO())]
for o in objs:
    for proto in (2, 4):
        show("pickle %s %d" % (type(o).__name__, proto), lambda: pickle.dumps(o, proto))

# Module names of the io functions.
print(io.open.__module__, io.open_code.__module__, io.text_encoding.__module__, open.__module__)

# TextIOWrapper after detach: the settings stay readable.
r = io.BytesIO()
bw = io.BufferedWriter(r)
t = io.TextIOWrapper(bw, encoding="ascii")
t.write("howdy")
t.detach()
print("detached", r.getvalue())
show("encoding", lambda: t.encoding)
show("errors", lambda: t.errors)
show("line_buffering", lambda: t.line_buffering)
show("write_through", lambda: t.write_through)
show("buffer", lambda: t.buffer)
show("name", lambda: t.name)
show("read", lambda: t.read())
show("detach", lambda: t.detach())

# Uninitialised wrappers.
u = io.TextIOWrapper.__new__(io.TextIOWrapper)
show("repr uninit", lambda: repr(u))
show("encoding uninit", lambda: u.encoding)
show("read uninit", lambda: u.read(0))
u.__init__(io.BytesIO(b"abc"), encoding="utf-8")
show("read init", lambda: u.read())

# A decoder whose getstate() is invalid.
class BadDecoder:
    def __init__(self, state):
        self.state = state
    def getstate(self):
        return self.state
for state in (42, (), (1, 2), ("x", 0)):
    codec = codecs.lookup("quopri")
    old = codec.incrementaldecoder
    codec.incrementaldecoder = lambda errors, state=state: BadDecoder(state)
    codec._is_text_encoding = True
    try:
        t = io.TextIOWrapper(io.BytesIO(b"hello"), newline="\n", encoding="quopri")
    except Exception as e:
        t = None
        print("create", type(e).__name__, e)
    finally:
        codec.incrementaldecoder = old
        codec._is_text_encoding = False
    if t is not None:
        show("bad state %r" % (state,), lambda: t.read(42))

# Reconfiguring to an encoding with a BOM mid-stream writes no BOM.
for first in ("ascii", "latin1"):
    raw = io.BytesIO()
    t = io.TextIOWrapper(raw, encoding=first, newline="\n")
    t.write("abc\n")
    t.reconfigure(encoding="utf-8-sig")
    t.write("d\xe9f\n")
    t.flush()
    print("reconfigure", first, raw.getvalue())
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="ascii", newline="\n")
t.reconfigure(encoding="utf-8-sig")
t.write("x")
t.flush()
print("reconfigure at start", raw.getvalue())

# Encoding names with lone surrogates fail to encode (before the lookup).
show("lookup surrogate", lambda: codecs.lookup("\udcfe"))
show("lookup surrogates", lambda: codecs.lookup("ab\udcfe\udcffz"))
show("wrapper surrogate", lambda: io.TextIOWrapper(io.BytesIO(), encoding="\udcfe"))
t = io.TextIOWrapper(io.BytesIO(), "ascii", "replace", "\r")
show("reconfigure surrogate", lambda: t.reconfigure(encoding="\udcfe"))
show("encoding after", lambda: t.encoding)

# Bad errors and newline strings for TextIOWrapper.
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8")
for kw in [dict(errors="\udcfe"), dict(errors="replace\0"), dict(errors="a\udcfe\udcff"),
           dict(newline="\udcfe"), dict(newline="\n\0"), dict(newline="xyzzy")]:
    show("init %r" % (kw,), lambda: t.__init__(b, encoding="utf-8", **kw))
