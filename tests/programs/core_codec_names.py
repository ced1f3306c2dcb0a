# Codec names are C strings in CPython: an embedded NUL is a ValueError
# (after the surrogate check), wherever an encoding name is taken.
import codecs
import io
import _pyio

cases = [
    ("lookup", lambda: codecs.lookup("utf-8\0")),
    ("lookup surrogate", lambda: codecs.lookup("\udcfe\0")),
    ("lookup int", lambda: codecs.lookup(42)),
    ("str.encode", lambda: "a".encode("utf-8\0")),
    ("bytes.decode", lambda: b"a".decode("utf-8\0")),
    ("codecs.encode", lambda: codecs.encode("a", "utf-8\0")),
    ("codecs.decode", lambda: codecs.decode(b"a", "latin-1\0")),
    ("incremental", lambda: codecs.getincrementaldecoder("utf-8\0")),
    ("str()", lambda: str(b"a", "ascii\0")),
    ("TextIOWrapper", lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8\0")),
    ("_pyio", lambda: _pyio.TextIOWrapper(_pyio.BytesIO(), encoding="utf-8\0")),
    ("fine", lambda: codecs.lookup("utf-8").name),
]
for name, f in cases:
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)

r = io.BytesIO(b"\xc3\xa9\n\n")
b = _pyio.BufferedReader(r, 1000)
t = _pyio.TextIOWrapper(b, encoding="utf-8")
for kw in [dict(encoding=42), dict(encoding="\udcfe"), dict(encoding="utf-8\0"),
           dict(encoding="utf-8", errors=42), dict(encoding="utf-8", newline=42),
           dict(encoding="utf-8", newline="\udcfe"), dict(encoding="utf-8", newline="\n\0")]:
    try:
        t.__init__(b, **kw)
        print("ok", kw)
    except Exception as e:
        print(type(e).__name__, e)
t.__init__(b, encoding="latin-1", newline="\r\n")
print(t.encoding, t.line_buffering)
