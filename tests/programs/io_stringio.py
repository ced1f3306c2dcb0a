# io.StringIO: reads, writes, seeking, newline modes, errors, subclassing.
import io


def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except Exception as e:
        print(type(e).__name__, e)


s = io.StringIO()
print(s.write("hello\n"), s.write("w\xe9rld\n"), s.tell())
print("third", file=s)
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.readline(2)), repr(s.read(3)), s.tell())
print(s.readlines())
print(repr(s.read()), repr(s.readline()))
s.seek(0)
print([line for line in s])
s.seek(3)
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.seek(30)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell(), s.seek(0, 1))

s = io.StringIO("line1\nline2\r\nline3\rline4")
print(s.readlines(), s.newlines)
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
s = io.StringIO(newline=None)
s.write("x\r")
s.write("\ny\r\n")
print(repr(s.getvalue()), s.newlines)
s = io.StringIO(newline="\r\n")
s.write("a\nb\n")
print(repr(s.getvalue()))

s = io.StringIO("abc")
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed, s.line_buffering, s.encoding, s.errors)
with s:
    print(s.read(1))
print(s.closed)
t(lambda: s.read())
t(lambda: s.write("x"))
t(lambda: s.getvalue())
t(lambda: s.tell())
t(lambda: s.seek(0))
t(lambda: io.StringIO(1))
t(lambda: io.StringIO("a").write(1))
t(lambda: io.StringIO("a").read("x"))
t(lambda: io.StringIO("a").seek(-1))
t(lambda: io.StringIO("a").seek(1, 1))
t(lambda: io.StringIO("a").seek(1, 2))
t(lambda: io.StringIO("a").seek(0, 3))
t(lambda: io.StringIO("a").truncate(-1))
t(lambda: io.StringIO("a", newline="x"))
t(lambda: io.StringIO(newline=1))
t(lambda: io.StringIO("a").read(1, 2))
t(lambda: io.StringIO("a").detach())
t(lambda: io.StringIO("a").fileno())
t(lambda: next(io.StringIO("")))
t(lambda: io.StringIO(initial_value="kw", newline="").read())
print(io.StringIO("x\ny").__getstate__())


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print("shout", file=u)
u.writelines(["a", "b"])
print(repr(u.getvalue()), isinstance(u, io.TextIOBase), isinstance(u, io.IOBase), type(u).__mro__[1].__name__)


class Lines(io.StringIO):
    def readline(self, size=-1):
        return super().readline(size).strip() + "|" if not self.closed and self.tell() < len(self.getvalue()) else ""


print(list(Lines("a\nb\n")))
print(isinstance(io.StringIO(), io.TextIOBase), issubclass(io.StringIO, io.IOBase), io.StringIO.__module__)
print(io.StringIO("\u20ac\U0001f600x").read(2), len(io.StringIO("\U0001f600").getvalue()))
s = io.StringIO("\u20acabc")
s.seek(2)
print(s.read(), s.tell())
