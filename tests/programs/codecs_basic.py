# codecs / _codecs: registry, codec functions, error handlers, incremental codecs.
import codecs
import encodings
import encodings.utf_8, encodings.latin_1, encodings.ascii, encodings.utf_16, encodings.utf_16_le, encodings.utf_16_be
import encodings.utf_32, encodings.utf_32_be, encodings.cp1252, encodings.unicode_escape, encodings.raw_unicode_escape, encodings.utf_8_sig
import encodings.aliases


def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except Exception as e:
        print(type(e).__name__, e)


info = codecs.lookup("UTF-8")
print(info.name, codecs.lookup("utf8").name, codecs.lookup("latin1").name, codecs.lookup("CP1252").name)
print(codecs.encode("h\xe9llo", "utf-8"), codecs.decode(b"h\xc3\xa9llo", "utf-8"), codecs.encode("h\xe9", "latin-1"))
print(codecs.encode("\u20ac5", "cp1252"), codecs.decode(b"\x80\x93", "cp1252"))
t(lambda: codecs.lookup("no-such-codec"))
t(lambda: codecs.lookup(1))
t(lambda: codecs.utf_8_decode(b"a\xe4\xb8x"))
t(lambda: codecs.utf_8_decode(b"ab\xc3"))
t(lambda: codecs.utf_8_decode(b"ab\xc3", "replace", True))
t(lambda: codecs.utf_8_decode(b"a\xe4\xb8", "strict", True))
t(lambda: codecs.utf_8_decode(b"a\xe4\xb8", "xmlcharrefreplace", True))
t(lambda: codecs.utf_8_decode(b"a\xff", "bogus", True))
t(lambda: codecs.utf_8_decode("abc"))
t(lambda: codecs.utf_8_encode("a\ud800b"))
t(lambda: codecs.utf_8_encode("a\ud800b", "surrogatepass"))
t(lambda: codecs.utf_8_encode("\xe9\udcff", "surrogateescape"))
t(lambda: codecs.utf_8_decode(b"\xed\xa0\x80x", "surrogatepass"))
t(lambda: codecs.utf_8_decode(b"\xffab", "surrogateescape"))
t(lambda: codecs.ascii_encode("a\xe9\u20ac", "xmlcharrefreplace"))
t(lambda: codecs.ascii_encode("a\xe9\u20ac", "backslashreplace"))
t(lambda: codecs.ascii_encode("a\xe9\u20acb", "surrogateescape"))
t(lambda: codecs.ascii_encode("a\xe9\u20acb", "replace"))
t(lambda: codecs.ascii_decode(b"\xe9abc", "replace"))
t(lambda: codecs.ascii_decode(b"\xe9abc", "ignore"))
t(lambda: codecs.ascii_decode(b"\xe9abc", "backslashreplace"))
t(lambda: codecs.latin_1_encode("a\udce9", "surrogateescape"))
t(lambda: codecs.latin_1_encode("a\u20ac"))
t(lambda: codecs.latin_1_decode(b"\xe9"))
t(lambda: codecs.utf_16_encode("ab"))
t(lambda: codecs.utf_16_be_encode("a\U0001f600"))
t(lambda: codecs.utf_16_le_encode("a\U0001f600"))
t(lambda: codecs.utf_16_decode(b"\xff\xfea\x00b"))
t(lambda: codecs.utf_16_ex_decode(b"\xff\xfea\x00b"))
t(lambda: codecs.utf_16_ex_decode(b"\xfe\xff\x00a", "strict", 0, True))
t(lambda: codecs.utf_16_le_decode(b"\x00\xdc", "strict", True))
t(lambda: codecs.utf_16_le_decode(b"a\x00\x00\xd8", "strict", True))
t(lambda: codecs.utf_16_le_decode(b"a\x00\x00\xd8", "strict", False))
t(lambda: codecs.utf_32_encode("ab"))
t(lambda: codecs.utf_32_decode(b"\xff\xfe\x00\x00a\x00\x00\x00b"))
t(lambda: codecs.utf_32_decode(b"\x00\x00\x11\x00", "strict", True))
t(lambda: codecs.utf_32_be_decode(b"\x00\x00\xd8\x00", "strict", True))
t(lambda: codecs.unicode_escape_decode(b"\\x4"))
t(lambda: codecs.unicode_escape_decode(b"abc\\"))
t(lambda: codecs.unicode_escape_decode(b"abc\\", "strict", False))
t(lambda: codecs.unicode_escape_decode(b"a\\tb\\n\\x41\\101\\u00e9\\U0001f600\\\\"))
t(lambda: codecs.unicode_escape_encode("a\\b\t'\"\x7f\xe9\u20ac\U0001f600"))
t(lambda: codecs.raw_unicode_escape_encode("a\\b\t\xe9\u20ac\U0001f600"))
t(lambda: codecs.raw_unicode_escape_decode(b"a\\u20ac\\\\u20ac\\x"))
t(lambda: codecs.escape_decode(b"a\\\\n\\x41\\101"))
t(lambda: codecs.escape_decode(b"\\x4g"))
t(lambda: codecs.escape_decode(b"\\q\\"))
t(lambda: codecs.escape_encode(b"a\n\x00\\'"))
t(lambda: codecs.charmap_decode(b"abc", "strict", {97: "X", 98: None}))
t(lambda: codecs.charmap_decode(b"ab", "replace", "X"))
t(lambda: codecs.charmap_encode("ab", "strict", {97: 65}))
t(lambda: codecs.charmap_encode("ab", "replace", {97: 65, 63: 33}))
t(lambda: sorted(codecs.charmap_build("abc").items()))
t(lambda: codecs.lookup_error("nope"))
t(lambda: codecs.register_error("x", 1))
print(codecs.lookup_error("strict").__name__, codecs.lookup_error("replace")(UnicodeDecodeError("x", b"ab", 0, 1, "r")))
print(codecs.lookup_error("backslashreplace")(UnicodeEncodeError("ascii", "a\xe9b", 1, 2, "r")))
print(codecs.lookup_error("xmlcharrefreplace")(UnicodeEncodeError("ascii", "a\u20acb", 1, 2, "r")))
print(codecs.lookup_error("surrogateescape")(UnicodeDecodeError("utf-8", b"a\xffb", 1, 2, "r")))
print(codecs.lookup_error("ignore")(UnicodeEncodeError("ascii", "a\xe9b", 1, 2, "r")))
t(lambda: codecs.lookup_error("strict")(UnicodeEncodeError("ascii", "a\xe9b", 1, 2, "r")))


def handler(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("<%d-%d>" % (exc.start, exc.end), exc.end)
    return ("[%s]" % exc.object[exc.start:exc.end].hex(), exc.end)


codecs.register_error("test.mine", handler)
print("a\xe9\u20acb".encode("ascii", "test.mine") if False else codecs.ascii_encode("a\xe9\u20acb", "test.mine"))
print(codecs.utf_8_decode(b"a\xff\xfeb", "test.mine", True))
print(codecs.lookup_error("test.mine") is handler)

dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"h\xc3")), repr(dec.decode(b"\xa9llo")), repr(dec.decode(b"", True)))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"))
dec16 = codecs.getincrementaldecoder("utf-16")()
print(repr(dec16.decode(b"\xff")), repr(dec16.decode(b"\xfea")), repr(dec16.decode(b"\x00")))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.utf_8_sig.__name__ if hasattr(codecs, "utf_8_sig") else "-")
print("\ufeffabc".encode("utf-8-sig") if False else codecs.encode("abc", "utf-8-sig"), codecs.decode(b"\xef\xbb\xbfabc", "utf-8-sig"))
print(codecs.decode(b"\xff\xfea\x00", "utf-16"), codecs.encode("a", "utf-32-be"))

path = "/tmp/grumpy_codecs_basic_a81c.txt"
with open(path, "w", encoding="utf-16") as f:
    f.write("h\xe9llo\nw\u20acrld\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="utf-16") as f:
    print(f.readlines())
with open(path, "w", encoding="cp1252") as f:
    f.write("caf\xe9 \u20ac\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="cp1252") as f:
    print(repr(f.read()))
with codecs.open(path, "w", "utf-8") as f:
    f.write("codecs.open \xe9\n")
with codecs.open(path, "r", "utf-8") as f:
    print(repr(f.read()))
import os
os.remove(path)
