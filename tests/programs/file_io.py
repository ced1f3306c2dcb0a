# open(): text and binary files, modes, newlines, errors.
path = "/tmp/grumpy_file_io_test_7f3a.txt"

f = open(path, "w")
print(f.write("alpha\nbeta\r\ngamma\rdelta"), f.tell(), f.mode, f.name == path, f.closed, f.encoding)
print(f.writable(), f.readable(), f.seekable())
f.close()
print(f.closed)
f.close()

with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for line in f:
        print(repr(line))
with open(path, newline="") as f:
    print(f.readlines())
with open(path, newline="\n") as f:
    print(f.readlines())
with open(path, newline="\r") as f:
    print(f.readlines())
with open(path, "rb") as f:
    data = f.read()
    print(data, len(data), f.mode, type(f).__name__)
with open(path) as f:
    print(repr(f.readline()), repr(f.readline(2)), repr(f.read(3)), f.tell())
    f.seek(0)
    print(repr(f.read(5)))
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))

with open(path, "a") as f:
    f.write("\nappended")
with open(path) as f:
    print(f.read().split("\n")[-2:])

with open(path, "w") as f:
    f.writelines(["one\n", "two\n", "three"])
    try:
        f.writelines(["x", 1])
    except TypeError as e:
        print(type(e).__name__, e)
with open(path, "r+") as f:
    print(repr(f.read(3)))
    f.seek(0)
    f.write("ONE")
    f.seek(0)
    print(repr(f.read()))

with open(path, "wb") as f:
    print(f.write(b"\x00\x01binary\xff"), type(f).__name__, f.mode)
    try:
        f.write("text")
    except TypeError as e:
        print(type(e).__name__, e)
with open(path, "rb") as f:
    print(f.read(3), f.read(), f.read(), f.tell())
    f.seek(-2, 2)
    print(f.read(), f.seek(1), f.read(2), f.readline())
with open(path, "r+b") as f:
    print(type(f).__name__, f.mode)

with open(path, "w", encoding="utf-8") as f:
    f.write("h\xe9llo \u20ac\n")
with open(path, encoding="utf-8") as f:
    print(f.read(), f.encoding)
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(repr(f.read()))
try:
    with open(path, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.reason)
with open(path, "w", encoding="ascii", errors="replace") as f:
    f.write("caf\xe9\n")
with open(path) as f:
    print(f.read())
try:
    with open(path, "w", encoding="ascii") as f:
        f.write("caf\xe9")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)

# errors
for args in ((path, "rw"), (path, "rr"), (path, "rbt"), (path, ""), (path, "q"), (path, "+")):
    try:
        open(*args)
    except ValueError as e:
        print(type(e).__name__, e)
for kw in ({"encoding": "utf-8"}, {"errors": "strict"}, {"newline": ""}):
    try:
        open(path, "rb", **kw)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    open(path, newline="x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(path, encoding="no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    open(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    open(path, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    open("/nonexistent_dir_grumpy/x.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.strerror, e.filename)
try:
    open("/tmp")
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno)

f = open(path)
try:
    f.write("x")
except OSError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
for op in (lambda: f.seek(1, 1), lambda: f.seek(-1, 2), lambda: f.seek(-1)):
    try:
        op()
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
f.close()
for name in ("read", "readline", "write", "tell", "seek", "flush", "readlines", "__iter__", "__next__", "fileno", "readable", "__enter__"):
    try:
        meth = getattr(f, name)
        if name == "write":
            meth("x")
        elif name == "seek":
            meth(0)
        else:
            meth()
        print(name, "ok")
    except ValueError as e:
        print(name, type(e).__name__, e)

g = open(path, "w")
try:
    g.read()
except OSError as e:
    print(type(e).__name__, e)
g.close()
h = open(path, "rb")
for op in (lambda: h.write(b"x"), lambda: h.truncate()):
    try:
        op()
    except OSError as e:
        print(type(e).__name__, e)
h.close()
try:
    h.read()
except ValueError as e:
    print(type(e).__name__, e)

open(path, "w").write("written without close")
print(open(path).read())
print(repr(open(path)) == f"<_io.TextIOWrapper name='{path}' mode='r' encoding='UTF-8'>")
print(repr(open(path, "rb")) == f"<_io.BufferedReader name='{path}'>")
with open(path, "w") as f:
    print(f.truncate(0), f.write("abcdef"), f.truncate(3), f.tell())
with open(path) as f:
    print(repr(f.read()))

try:
    import os
    os.remove(path)
except ImportError:
    pass
