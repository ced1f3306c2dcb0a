# CJK codecs' errors: the exceptions' fields and messages, every builtin
# error handler both ways, and registered handlers (str or bytes
# replacements, positions moved back and forward, bad results).
import codecs

ENC = "\u4e2d\u00e9\u20ac\U0001F600\udcff\u00a0x\u3042"
DEC = {
    "gbk": b"a\x80\xc4\xe3\xff\xfeb\xc4",
    "gb18030": b"\x81\x30\x81\x30\x81\x30\xff\x30x\x84\x31",
    "shift_jis": b"\x82\xa0\xa0\x82\xfd\x81\x80\xef\x82",
    "euc_jp": b"\xa4\xa2\x8f\xa2\xaf\x8f\xa1\xa1\x8e\xff\xa4",
    "big5": b"\xa4@\xa4\x20\x80\xc8\xa4",
    "euc_kr": b"\xb0\xa1\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xff\xa4\xd4\xa4",
    "iso2022_jp": b"\x1b$B$\"\x1b(Bab\x1b$B\x7f!\x1b(Z\x1b$B$",
    "iso2022_kr": b"\x1b$)C\x0e\x30\x21\x7f\x21\x0fa\x0e\x80\x0f\x0e\x30",
    "hz": b"~{VP~}a~x~{\x80~}~",
    "big5hkscs": b"\x88\x62\x88\x63\x88\xff\x88",
    "euc_jis_2004": b"\xa4\xf7\xa9\xa1\xfe\xfe\x8f\xa1",
    "johab": b"\x88\x61\x84\x41\xd9\x31\xff\xd9",
}


def show(f):
    try:
        r = f()
        print("  ->", ascii(r))
    except (UnicodeError, TypeError, IndexError, LookupError, ValueError) as e:
        print("  !", type(e).__name__, e)
        if isinstance(e, UnicodeError) and hasattr(e, "start"):
            print("    ", e.encoding, e.start, e.end, e.reason, ascii(e.object))


for name in ["gbk", "gb18030", "shift_jis", "euc_jp", "big5", "euc_kr", "iso2022_jp", "iso2022_kr", "hz",
             "big5hkscs", "euc_jis_2004", "johab", "iso2022_jp_2"]:
    print("==", name)
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
                   "surrogateescape", "surrogatepass"]:
        print(" enc", errors)
        show(lambda: ENC.encode(name, errors))
    data = DEC.get(name, b"\xff\x80a")
    for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
        print(" dec", errors)
        show(lambda: data.decode(name, errors))
    print(" dec final incomplete")
    show(lambda: codecs.getincrementaldecoder(name)("replace").decode(data, True))
    show(lambda: codecs.getincrementaldecoder(name)().decode(data[:-1]))

# Registered handlers.
calls = []


def rec(e):
    calls.append((type(e).__name__, e.start, e.end, e.reason))
    if isinstance(e, UnicodeEncodeError):
        return ("[%s]" % e.object[e.start:e.end].encode("unicode_escape").decode(), e.end)
    return ("<%s>" % e.object[e.start:e.end].hex(), e.end)


codecs.register_error("cjk.rec", rec)
codecs.register_error("cjk.bytes", lambda e: (b"\xff\xfe", e.end))
seen = set()


def back(e):
    # The first error at each position goes back one character (or byte).
    key = (type(e).__name__, e.start)
    if key in seen or e.start == 0:
        return ("#", e.end)
    seen.add(key)
    return ("", e.start - 1)


codecs.register_error("cjk.back", back)
codecs.register_error("cjk.neg", lambda e: ("?", -1))
codecs.register_error("cjk.far", lambda e: ("?", 1000))
codecs.register_error("cjk.bad1", lambda e: "x")
codecs.register_error("cjk.bad2", lambda e: ("x", "1"))
codecs.register_error("cjk.bad3", lambda e: (1, 1))
codecs.register_error("cjk.uncodable", lambda e: ("\u00e9", e.end))
codecs.register_error("cjk.hangul", lambda e: ("\ud55c", e.end))


def boom(e):
    raise ValueError("boom at %d" % e.start)


codecs.register_error("cjk.boom", boom)
for name in ["gbk", "iso2022_jp", "hz", "euc_kr", "big5hkscs"]:
    print("==", name)
    for errors in ["cjk.rec", "cjk.bytes", "cjk.back", "cjk.neg", "cjk.far", "cjk.bad1", "cjk.bad2", "cjk.bad3",
                   "cjk.uncodable", "cjk.hangul", "cjk.boom", "cjk.nosuch"]:
        del calls[:]
        seen.clear()
        print(" enc", errors)
        show(lambda: ENC.encode(name, errors))
        show(lambda: codecs.lookup(name).encode(ENC, errors))
        if errors not in ("cjk.bytes", "cjk.uncodable", "cjk.hangul", "cjk.neg"):
            print(" dec", errors)
            show(lambda: DEC.get(name, b"\xff\x80a").decode(name, errors))
        print("  calls", calls[:6])
# An unknown handler name is only looked up at the first error.
print(b"abc".decode("gbk", "no.such"), "abc".encode("iso2022_jp", "no.such"))

# Positions that do not fit a C ssize_t are out of bounds (as -1).
import sys
codecs.register_error("cjk.huge", lambda e: ("", sys.maxsize + 1))
codecs.register_error("cjk.tiny", lambda e: ("", -sys.maxsize - 5))
for h in ["cjk.huge", "cjk.tiny"]:
    show(lambda: b"apple\x92ham".decode("euc-kr", h))
    show(lambda: "\xffab".encode("gbk", h))
    show(lambda: codecs.getdecoder("euc-kr")(b"apple\x92ham", h))
    show(lambda: codecs.getincrementalencoder("iso2022_jp")(h).encode("a\xff"))
