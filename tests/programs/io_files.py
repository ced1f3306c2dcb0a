# Files through open()/io: modes, buffering, encodings, newlines, seek/tell,
# chunk boundaries, fds, errors. Temporary files are removed at the end.
import io
import os

base = "/tmp/grumpy_io_files_%d_" % os.getpid()
p1, p2, p3 = base + "a.txt", base + "b.bin", base + "c.txt"


def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except Exception as e:
        print(type(e).__name__, e)


with open(p1, "w") as f:
    print(type(f).__name__, f.mode, f.name == p1, f.encoding, f.errors, f.line_buffering, f.buffer.__class__.__name__, f.buffer.raw.__class__.__name__)
    print(f.write("alpha\nbeta\r\ngamma\rdelta\n"), f.writable(), f.readable(), f.seekable(), f.isatty(), f.fileno() > 2)
print(f.closed, f.buffer.closed, f.buffer.raw.closed)
with open(p1) as f:
    print(f.readline(), f.tell(), f.readline(), f.tell(), f.read(3), f.tell(), f.readlines(), f.newlines)
    f.seek(0)
    print([len(x) for x in f], f.read())
with open(p1, newline="") as f:
    print(f.readlines())
with open(p1, newline="\r") as f:
    print(f.readlines())
with open(p1, "rb") as f:
    print(f.read(5), f.peek(1)[:1], f.read1(3), f.tell(), f.seek(-3, os.SEEK_END), f.read())
with open(p1, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(4), f.readall(), f.mode, repr(f).startswith("<_io.FileIO name="))
with open(p1, "r+") as f:
    f.seek(0, 2)
    f.write("epsilon\n")
    f.seek(0)
    print(f.read().count("\n"))
with open(p1, "a") as f:
    print(f.tell() > 0, f.write("zeta"), f.mode)
with open(p1, "rb") as f:
    data = f.read()
print(data[-12:], len(data))
with open(p1, "w+b") as f:
    f.write(b"0123456789")
    f.seek(2)
    print(f.read(3), f.tell(), f.truncate(), f.seek(0, 2), f.truncate(4))
    f.seek(0)
    print(f.read(), type(f).__name__, f.mode)
try:
    open(p1, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == p1)
with open(p2, "xb") as f:
    print(f.mode, f.write(bytes(range(256)) * 40))
with open(p2, "rb") as f:
    ba = bytearray(300)
    print(f.readinto(ba), ba[:3], f.tell(), len(f.read()))

# Text chunk boundaries: 8192-byte chunks with \r\n and multi-byte UTF-8 split across them.
with open(p3, "w", encoding="utf-8", newline="") as f:
    f.write("x" * 8191 + "\r\n" + "\u20ac" * 3000 + "\r" + "y" * 9000 + "\n\U0001f600end\r")
with open(p3, encoding="utf-8") as f:
    lines = f.readlines()
print([len(x) for x in lines], lines[1][:2], lines[-1])
with open(p3, encoding="utf-8", newline="") as f:
    print([len(x) for x in f.readlines()], f.newlines)
with open(p3, encoding="utf-8") as f:
    f.read(8190)
    pos = f.tell()
    a = f.read(5)
    f.seek(pos)
    print(repr(a), repr(f.read(5)), pos)
    f.seek(0)
    total = 0
    while True:
        chunk = f.read(1000)
        if not chunk:
            break
        total += len(chunk)
    print(total)
with open(p3, "rb") as f:
    n = 0
    for line in f:
        n += 1
    print(n)

# Encodings and errors.
with open(p1, "w", encoding="latin-1") as f:
    f.write("caf\xe9\n")
with open(p1, "rb") as f:
    print(f.read())
with open(p1, encoding="latin-1") as f:
    print(repr(f.read()))
t(lambda: open(p1, encoding="utf-8").read())
with open(p1, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
with open(p1, encoding="utf-8", errors="surrogateescape") as f:
    s = f.read()
print(repr(s), s.encode("utf-8", "surrogateescape"))
with open(p1, "w", encoding="ascii", errors="backslashreplace") as f:
    f.write("\xe9\u20ac\n")
with open(p1) as f:
    print(f.read())
t(lambda: open(p1, "w", encoding="ascii").write("\xe9"))

# Line buffering and write-through.
f = open(p1, "w", buffering=1)
f.write("partial")
with open(p1) as g:
    print(repr(g.read()))
f.write(" line\n")
with open(p1) as g:
    print(repr(g.read()), f.line_buffering)
f.close()
f = open(p1, "w")
f.reconfigure(write_through=True)
f.write("through")
with open(p1) as g:
    print(repr(g.read()), f.write_through)
f.close()

# File descriptors.
fd = os.open(p1, os.O_RDONLY)
f = open(fd, closefd=False)
print(f.read(), f.name == fd)
f.close()
print(os.read(fd, 3))
os.close(fd)
f = open(p1, opener=lambda path, flags: os.open(path, flags))
print(f.read())
f.close()

# Errors.
t(lambda: open("/nonexistent/dir/file"))
t(lambda: open("/tmp"))
for mode in ["rw", "rr", "rbt", "", "q", "+", "wa", "r++"]:
    t(lambda: open(p1, mode))
t(lambda: open(p1, "rb", encoding="utf-8"))
t(lambda: open(p1, "rb", errors="strict"))
t(lambda: open(p1, "rb", newline=""))
t(lambda: open(p1, "r", buffering=0))
t(lambda: open(p1, "w", newline="x"))
t(lambda: open(1.5))
t(lambda: open(p1, 1))
t(lambda: open(p1, "r", encoding=1))
f = open(p1)
t(lambda: f.write("x"))
f.close()
t(lambda: f.read())
t(lambda: f.readline())
t(lambda: f.fileno())
t(lambda: f.tell())
t(lambda: next(f))
f = open(p1, "rb")
t(lambda: f.write(b"x"))
f.close()
t(lambda: f.read())
f = open(p1, "rb", buffering=0)
t(lambda: f.write(b"x"))
f.close()
t(lambda: f.read())
print(repr(f))
f = open(p1, "w")
t(lambda: f.write(b"x"))
t(lambda: f.seek(1, 1))
t(lambda: f.seek(0, 5))
t(lambda: f.seek(-1))
t(lambda: f.read())
f.close()
t(lambda: io.FileIO(p1, "rw"))
t(lambda: io.FileIO(-1))
t(lambda: io.FileIO(p1, "rb", closefd=False))

# An unclosed file is flushed before the next open (CPython closes it on the spot).
open(p1, "w").write("written without close")
print(open(p1).read())
print(open(p1, "rb").read(7))
for p in (p1, p2, p3):
    os.remove(p)
print(os.path.exists(p1))
