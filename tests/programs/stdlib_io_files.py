# io: open modes, encodings/errors, newline rules, seek/tell/truncate, closed-file errors.
import io, os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "a.txt")
try:
    with open(p, "w", encoding="utf-8") as f:
        print(type(f).__name__, f.mode, f.encoding, f.closed, f.writable(), f.readable(), f.seekable())
        n = f.write("line1\nline2\r\nline3\rend")
        print("wrote", n)
    print("closed", f.closed)
    with open(p, "rb") as f:
        print(type(f).__name__, f.mode, f.read())
    with open(p, "r", newline="") as f:
        print(repr(f.read()))
    with open(p, "r") as f:
        print(repr(f.read()), repr(f.newlines))
    with open(p, "r", newline="\r") as f:
        print(f.readlines())
    with open(p, "r", newline="\n") as f:
        print(f.readlines())
    with open(p, "w", newline="\r\n") as f:
        f.write("a\nb\n")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, "a") as f:
        f.write("c\n")
        print("tell", f.tell())
    with open(p) as f:
        for i, line in enumerate(f):
            print(i, repr(line))
    with open(p, "r+") as f:
        print(repr(f.readline()), f.tell())
        f.seek(0)
        print(repr(f.read(2)))
        f.seek(0, io.SEEK_END)
        print("end", f.tell())
        f.truncate(3)
        f.seek(0)
        print(repr(f.read()))
    with open(p, "wb") as f:
        f.write(b"0123456789")
    with open(p, "rb+") as f:
        f.seek(-3, 2)
        print(f.read(), f.tell())
        f.seek(2)
        f.write(b"XY")
        f.seek(-2, 1)
        print(f.read(4))
        print(f.truncate(), f.truncate(5))
        f.seek(0)
        print(f.read())
        print(f.readinto(bytearray(3)))
    with open(p, "wb") as f:
        f.write("h\u00e9llo \u20ac\n".encode("utf-8"))
    for enc, err in [("utf-8", "strict"), ("ascii", "replace"), ("ascii", "ignore"), ("latin-1", "strict"), ("ascii", "strict"), ("ascii", "surrogateescape")]:
        try:
            with open(p, encoding=enc, errors=err) as f:
                print(enc, err, ascii(f.read()))
        except Exception as e:
            print(enc, err, type(e).__name__, e)
    try:
        with open(p, "w", encoding="ascii") as f:
            f.write("\u00e9")
    except Exception as e:
        print(type(e).__name__, e)
    with open(p, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
        f.write("caf\u00e9")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, "x" if False else "w", encoding="utf-16") as f:
        f.write("hi")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, encoding="utf-16") as f:
        print(f.read())
    try:
        open(p, "x")
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == p)
    for mode in ["rw", "rt+b", "z", "wa", "bt", ""]:
        try:
            open(p, mode)
        except ValueError as e:
            print(repr(mode), e)
    try:
        open(p, "rb", encoding="utf-8")
    except ValueError as e:
        print(e)
    try:
        open(p, "rb", newline="")
    except ValueError as e:
        print(e)
    try:
        open(p, "r", newline="x")
    except ValueError as e:
        print(e)
    try:
        open(p, "r", buffering=0)
    except ValueError as e:
        print(e)
    f = open(p, "rb", buffering=0)
    print(type(f).__name__)
    f.close()
    f = open(p)
    f.close()
    for op in [lambda: f.read(), lambda: f.readline(), lambda: f.write("x"), lambda: f.seek(0), lambda: f.tell(), lambda: iter(f), lambda: f.fileno()]:
        try:
            op()
        except Exception as e:
            print(type(e).__name__, e)
    with open(p, "r") as f:
        for op in [lambda: f.write("x"), lambda: f.truncate()]:
            try:
                op()
            except Exception as e:
                print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
    with open(p, "w") as f:
        try:
            f.read()
        except io.UnsupportedOperation as e:
            print(type(e).__name__, e)
    try:
        open(os.path.join(d, "missing.txt"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    try:
        open(d)
    except IsADirectoryError as e:
        print(type(e).__name__, e.errno, e.strerror)
    with open(p, "wb") as f:
        f.write(b"a\nbb\nccc\n")
    with open(p, "rb") as f:
        print(f.readlines(), f.readline())
    with open(p) as f:
        print(f.readlines(4))
        print(f.readline(1), f.readline(-1))
    with open(p, "rb") as f:
        print(f.peek(1)[:1], f.read1(2), list(f))
    print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
    print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
    print(isinstance(open(p), io.TextIOBase), isinstance(open(p, "rb"), io.BufferedIOBase), isinstance(open(p, "rb", buffering=0), io.RawIOBase))
finally:
    import shutil
    shutil.rmtree(d)
print(os.path.exists(d))
