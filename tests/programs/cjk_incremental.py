# Incremental and stream interfaces of the CJK codecs: input split at
# every point (partial multibyte sequences, escape sequences and shift
# states across chunks), getstate/setstate, reset, codecs.open, open().
import codecs
import io
import os
import shutil
import tempfile

SAMPLES = [
    ("gbk", "\u4e2d\u6587abc\u5b57\u7b26"),
    ("gb18030", "\u4e2d\u20ac\U0001F600\u00e9x"),
    ("hz", "\u4e2d\u6587~a\u5b57\n\u7b26"),
    ("big5", "\u4e2d\u83ef\u6c11\u570bx"),
    ("big5hkscs", "\u00ca\u0304\u00ca\u00ea\u030cz"),
    ("shift_jis", "\u65e5\u672c\uff76x\u8a9e"),
    ("euc_jp", "\u65e5\u672c\u4e28\uff76x\u2116"),
    ("euc_jis_2004", "\u304b\u309a\u304b\u304b\u309ax\u304b"),
    ("shift_jis_2004", "\u304b\u309a\u304b"),
    ("iso2022_jp", "a\u65e5\u672c\u00a5b\u8a9e"),
    ("iso2022_jp_2", "\u65e5\ud55c\u00e9\u4e2dx"),
    ("iso2022_jp_2004", "\u304b\u309a\u304b\u00e6\u0300"),
    ("iso2022_kr", "a\ud55c\uad6d\n\uc5b4b"),
    ("euc_kr", "\ud55c\uad6d\ubafb"),
    ("cp949", "\ud55c\uad6d\ubafb"),
    ("johab", "\ud55c\uad6d\u3131"),
]

for name, text in SAMPLES:
    data = text.encode(name)
    print("==", name, data)
    # decoding split at every point, then byte by byte
    outs = set()
    for i in range(len(data) + 1):
        d = codecs.getincrementaldecoder(name)()
        outs.add(d.decode(data[:i]) + d.decode(data[i:], final=True))
    print(" split", outs == {text})
    d = codecs.getincrementaldecoder(name)()
    parts = [d.decode(bytes([b])) for b in data]
    print(" bytes", ascii(parts), ascii(d.decode(b"", True)))
    d = codecs.getincrementaldecoder(name)()
    states = []
    for b in data:
        d.decode(bytes([b]))
        states.append(d.getstate())
    print(" states", states[:8])
    # a decoder restored from a state goes on where the first stopped
    d = codecs.getincrementaldecoder(name)()
    half = d.decode(data[:3])
    st = d.getstate()
    d2 = codecs.getincrementaldecoder(name)()
    d2.setstate(st)
    print(" setstate", ascii(half + d2.decode(data[3:], True)) == ascii(text))
    d.reset()
    print(" reset", d.getstate())
    # encoding character by character
    e = codecs.getincrementalencoder(name)()
    chunks = [e.encode(c) for c in text]
    st = e.getstate()
    chunks.append(e.encode("", True))
    print(" enc", chunks, b"".join(chunks) == data, st, e.getstate())
    e = codecs.getincrementalencoder(name)()
    e.encode(text[:2])
    st = e.getstate()
    e2 = codecs.getincrementalencoder(name)()
    e2.setstate(st)
    print(" enc setstate", e2.encode(text[2:], True), e.getstate() == st)
    e.reset()
    print(" enc reset", e.getstate(), e.encode("a", True))
    # iterencode / iterdecode
    print(" iter", b"".join(codecs.iterencode(iter(text), name)) == data,
          "".join(codecs.iterdecode([bytes([b]) for b in data], name)) == text)

# state errors
e = codecs.getincrementalencoder("euc_jis_2004")()
d = codecs.getincrementaldecoder("gbk")()
for f in [lambda: e.setstate(-1), lambda: e.setstate(1 << 200), lambda: e.setstate("x"),
          lambda: e.setstate(0xFF), lambda: d.setstate(1), lambda: d.setstate(("a", 1)),
          lambda: d.setstate((b"123456789", 0)), lambda: d.setstate((b"", -1)), lambda: d.setstate((b"", 1 << 70)),
          lambda: codecs.getincrementalencoder("gbk")(errors=None), lambda: setattr(e, "errors", 3),
          lambda: delattr(e, "errors"), lambda: d.decode("str"), lambda: d.decode(b"\xc4", 1)]:
    try:
        print(f())
    except (TypeError, OverflowError, UnicodeError, AttributeError, ValueError) as x:
        print(type(x).__name__, x)
e.errors = "replace"
print(e.errors, e.encode("\u00ff\u304b"), e.getstate(), e.encode("", True))
d = codecs.getincrementaldecoder("gbk")("ignore")
print(d.errors, d.decode(b"a\xff\xc4"), d.getstate(), d.decode(b"", True))
ie = codecs.getincrementalencoder("gbk")()
print(type(ie).__mro__[1].__name__, isinstance(ie, codecs.IncrementalEncoder), ie.encode(12))

# stream reader / writer over BytesIO
for name, text in [("gbk", "\u4e2d\u6587\n\u7b2c\u4e8c\u884c\nthird \u5b57\n"),
                   ("iso2022_jp", "\u65e5\u672c\n\u8a9e\u306e\n\u30c6\u30ad\u30b9\u30c8"),
                   ("euc_jis_2004", "\u304b\u309a\n\u304b\n")]:
    data = text.encode(name)
    r = codecs.getreader(name)(io.BytesIO(data))
    print(name, ascii(r.read(1)), ascii(r.read(3)), ascii(r.readline()), ascii(r.read()))
    r = codecs.getreader(name)(io.BytesIO(data))
    print(" lines", ascii(r.readlines()))
    r = codecs.getreader(name)(io.BytesIO(data))
    print(" iter", ascii(list(r)), r.errors, type(r.stream).__name__)
    buf = io.BytesIO()
    w = codecs.getwriter(name)(buf)
    for ch in text:
        w.write(ch)
    w.reset()
    w.writelines(["a", "\u4e00"])
    print(" writer", buf.getvalue())
r = codecs.getreader("gbk")(io.BytesIO(b"\xc4\xe3\xc4"))
try:
    print(ascii(r.read()))
except UnicodeDecodeError as x:
    print(type(x).__name__, x)
r = codecs.getreader("gbk")(io.BytesIO(b"\xc4\xe3\xc4"), "replace")
print(ascii(r.read()))
for f in [lambda: codecs.getreader("gbk")(io.BytesIO(b"ab")).read("x"),
          lambda: codecs.getreader("gbk")(io.StringIO("ab")).read()]:
    try:
        print(f())
    except TypeError as x:
        print(type(x).__name__, x)

# files
tmp = tempfile.mkdtemp()
try:
    for name in ["shift_jis", "gb18030", "iso2022_jp", "euc_kr", "big5"]:
        path = os.path.join(tmp, name + ".txt")
        text = {"shift_jis": "\u65e5\u672c\u8a9e\n\u30c6\u30b9\u30c8\n", "gb18030": "\u4e2d\u6587\n\U0001F600\n",
                "iso2022_jp": "\u65e5\u672c\nabc\n\u8a9e\n", "euc_kr": "\ud55c\uad6d\uc5b4\n\ubafb\n",
                "big5": "\u4e2d\u83ef\n"}[name]
        with open(path, "w", encoding=name) as f:
            for line in text.splitlines(True):
                f.write(line)
        with open(path, "rb") as f:
            raw = f.read()
        with open(path, encoding=name) as f:
            lines = f.readlines()
        print(name, raw, ascii(lines))
        with codecs.open(path, "r", encoding=name) as f:
            print(" codecs.open", ascii(f.read()))
        with codecs.open(path, "a", encoding=name) as f:
            f.write("\u4e00")
        with open(path, "rb") as f:
            print(" appended", f.read()[-6:])
        with open(path, "w", encoding=name, errors="xmlcharrefreplace") as f:
            f.write("\u0e01\u4e00")
        with open(path, encoding=name, errors="replace") as f:
            print(" errors", ascii(f.read()))
    with open(os.path.join(tmp, "bad.txt"), "wb") as f:
        f.write(b"ok\n\x82")
    try:
        with open(os.path.join(tmp, "bad.txt"), encoding="shift_jis") as f:
            print(f.read())
    except UnicodeDecodeError as x:
        print(type(x).__name__, x)
finally:
    shutil.rmtree(tmp)

# A failed call keeps what was pending before it.
e = codecs.getincrementalencoder("euc_jisx0213")()
for args in [("\u00e6",), ("\u0123",), ("\u0300\u00e6",), ("\u0123",), None, ("\u0300",), ("\u00e6",), ("", True)]:
    try:
        print(e.encode(*args) if args is not None else e.reset(), e.getstate())
    except UnicodeEncodeError as x:
        print(type(x).__name__, x, e.getstate())
d = codecs.getincrementaldecoder("cp949")()
for args in [(b"\xc6\xc4\xc0",), (b"", True), (b"\xcc",), (b"\xc6\xc4\xc0",), (b"\xcc\xbd", True), (b"\xcc",)]:
    try:
        print(ascii(d.decode(*args)), d.getstate())
    except UnicodeDecodeError as x:
        print(type(x).__name__, x, d.getstate())
d = codecs.getincrementaldecoder("iso2022-jp")()
for args in [(b"\x1b(",), (b"B", True), (b"\x1b$",), (b"B@$",), (b"@$@",), (b"$", True), None, (b"@$",),
             (b"\x1b$",), (b"", True), (b"B@$",)]:
    try:
        print(ascii(d.decode(*args) if args is not None else d.reset()), d.getstate())
    except UnicodeDecodeError as x:
        print(type(x).__name__, x, d.getstate())
