# Every CJK codec over all one- and two-byte inputs (decoded with
# backslashreplace) and all BMP characters (encoded with backslashreplace),
# compared through digests; plus gb18030/euc-jp longer forms.
import hashlib

CODECS = ["gb2312", "gbk", "gb18030", "hz", "big5", "cp950", "big5hkscs", "cp932", "shift_jis",
          "shift_jis_2004", "shift_jisx0213", "euc_jp", "euc_jis_2004", "euc_jisx0213", "iso2022_jp",
          "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext", "iso2022_kr",
          "euc_kr", "cp949", "johab"]

pairs = bytearray()
for a in range(0x80, 0x100):
    for b in range(0x20, 0x100):
        pairs += bytes([a, b, 0x20])
bmp = "".join(chr(c) for c in range(0x20, 0x10000) if not 0xD800 <= c < 0xE000)
smp = "".join(chr(c) for c in range(0x20000, 0x2B000, 7))

for enc in CODECS:
    h = hashlib.sha1()
    h.update(bytes(pairs).decode(enc, "backslashreplace").encode("utf-8", "surrogatepass"))
    d1 = h.hexdigest()[:12]
    h = hashlib.sha1()
    h.update(bmp.encode(enc, "backslashreplace"))
    h.update(smp.encode(enc, "xmlcharrefreplace"))
    d2 = h.hexdigest()[:12]
    print(enc, d1, d2, len(bytes(pairs).decode(enc, "replace")))

# escape-sequence codecs: every two-byte code under each designation
for enc, escs in [("iso2022_jp_2", [b"\x1b$B", b"\x1b$A", b"\x1b$(C", b"\x1b$(D", b"\x1b(J", b"\x1b$@"]),
                  ("iso2022_jp_2004", [b"\x1b$(Q", b"\x1b$(P"]), ("iso2022_jp_3", [b"\x1b$(O", b"\x1b$(P"]),
                  ("iso2022_jp_ext", [b"\x1b(I"]), ("iso2022_kr", [b"\x1b$)C\x0e"]), ("hz", [b"~{"])]:
    for esc in escs:
        data = bytearray(esc)
        for a in range(0x21, 0x7F):
            for b in range(0x21, 0x7F):
                data += bytes([a, b])
        s = bytes(data).decode(enc, "backslashreplace")
        print(enc, esc, hashlib.sha1(s.encode("utf-8", "surrogatepass")).hexdigest()[:12], len(s))

# gb18030 four-byte forms, euc-jp three-byte forms
data = bytearray()
for a in range(0x81, 0x85):
    for b in range(0x30, 0x3A):
        for c in range(0x81, 0xFF, 3):
            for d in range(0x30, 0x3A):
                data += bytes([a, b, c, d])
data += bytes([0x90, 0x30, 0x81, 0x30, 0xE3, 0x32, 0x9A, 0x35, 0xE3, 0x32, 0x9A, 0x36, 0x84, 0x31, 0xA4, 0x39, 0x84, 0x31, 0xA5, 0x30, 0xFE, 0x39, 0xFE, 0x39])
s = bytes(data).decode("gb18030", "backslashreplace")
print("gb18030-4", hashlib.sha1(s.encode("utf-8", "surrogatepass")).hexdigest()[:12], len(s))
data = bytearray()
for a in range(0xA1, 0xFF):
    for b in range(0xA0, 0x100):
        data += bytes([0x8F, a, b])
for enc in ("euc_jp", "euc_jis_2004", "euc_jisx0213"):
    s = bytes(data).decode(enc, "backslashreplace")
    print(enc, "3", hashlib.sha1(s.encode("utf-8", "surrogatepass")).hexdigest()[:12], len(s))
