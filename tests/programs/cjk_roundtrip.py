# Round trips of representative text through every CJK codec, the codec
# objects and their names, and the errors of unknown names.
import codecs

TEXT = {
    "zh": "中文字符：简体汉字，繁體漢字。GB18030 测试～",
    "ja": "日本語のテキスト：ひらがな、カタカナ、漢字。ｶﾀｶﾅ",
    "ko": "한국어 텍스트: 안녕하세요, 세계!",
    "tw": "中華民國，臺灣的繁體中文。",
    "hk": "香港增補字符集：𨋢、嘅、咗、冇",
}
CODECS = [
    ("gb2312", "zh"), ("gbk", "zh"), ("gb18030", "zh"), ("hz", "zh"),
    ("big5", "tw"), ("cp950", "tw"), ("big5hkscs", "hk"),
    ("cp932", "ja"), ("shift_jis", "ja"), ("shift_jis_2004", "ja"), ("shift_jisx0213", "ja"),
    ("euc_jp", "ja"), ("euc_jis_2004", "ja"), ("euc_jisx0213", "ja"),
    ("iso2022_jp", "ja"), ("iso2022_jp_1", "ja"), ("iso2022_jp_2", "ja"), ("iso2022_jp_2004", "ja"),
    ("iso2022_jp_3", "ja"), ("iso2022_jp_ext", "ja"), ("iso2022_kr", "ko"),
    ("euc_kr", "ko"), ("cp949", "ko"), ("johab", "ko"),
]

for name, lang in CODECS:
    text = TEXT[lang]
    try:
        data = text.encode(name)
    except UnicodeEncodeError as e:
        print(name, "encode:", type(e).__name__, e)
        data = text.encode(name, "replace")
    back = data.decode(name)
    print(name, data.hex(), back == text)
    print("  ", back)
    info = codecs.lookup(name)
    print("  ", info.name, info.encode(text, "ignore")[1], info.decode(data)[1])

# Aliases and the mixed-language text only some codecs take.
for alias in ["GBK", "cp936", "ms936", "EUC-CN", "csbig5", "big5-hkscs", "sjis", "ms_kanji", "ujis", "eucjp",
              "ks_c-5601", "uhc", "euckr", "csiso2022jp", "iso-2022-jp-2", "iso2022jp-ext", "hzgb", "gb18030-2000"]:
    print(alias, codecs.lookup(alias).name)
mixed = "中文 日本語 한국어 Ελληνικά Русский"
for name in ["gb18030", "iso2022_jp_2", "cp949", "gbk", "big5hkscs", "euc_jis_2004"]:
    print(name, mixed.encode(name, "xmlcharrefreplace"))

# Characters outside the BMP.
for name, ch in [("gb18030", "\U0001F600"), ("big5hkscs", "\U00020089"), ("euc_jis_2004", "\U0002000B"),
                 ("shift_jis_2004", "\U00020B9F"), ("iso2022_jp_2004", "\U0002000B"), ("gbk", "\U0001F600")]:
    try:
        b = ch.encode(name)
        print(name, b, b.decode(name) == ch)
    except UnicodeEncodeError as e:
        print(name, type(e).__name__, e)

# Combining sequences that encode as one code.
for name, s in [("big5hkscs", "\u00ca\u0304\u00ca\u030c\u00ca\u00ea\u0304\u00ea\u030c\u00ea"),
                ("euc_jis_2004", "\u304b\u309a\u304b\u00e6\u0300\u02e9\u02e5\u02e5\u02e9"),
                ("shift_jis_2004", "\u304b\u309a\u304b\u00e6\u0300\u02e9\u02e5"),
                ("iso2022_jp_2004", "\u304b\u309a\u304b\u00e6\u0300a"),
                ("euc_jisx0213", "\u31f7\u309a\u31f7"), ("shift_jisx0213", "\u304b\u309a")]:
    b = s.encode(name)
    print(name, b, b.decode(name) == s)

# gb18030 four-byte forms and the EUC-KR make-up sequence.
for b in [b"\x81\x30\x81\x30", b"\x84\x31\xa4\x39", b"\x90\x30\x81\x30", b"\xe3\x32\x9a\x35",
          b"\xa4\xd4\xa4\xbe\xa4\xbf\xa4\xd4", b"\xa4\xd4\xa4\xa1\xa4\xd3\xa4\xbe"]:
    name = "euc_kr" if b[0] == 0xA4 else "gb18030"
    print(b, repr(b.decode(name)))
print("\ubafb".encode("euc_kr"), "\uac02".encode("euc_kr"))
print("\u00b7\u2014".encode("gbk"), "\u20ac\u00b7\u2014".encode("gb18030"))

# The codec modules themselves.
import _codecs_cn, _codecs_jp, _codecs_kr, _codecs_tw, _codecs_hk, _codecs_iso2022
import _multibytecodec
for mod, names in [(_codecs_cn, ["gb2312", "gbk", "gb18030", "hz"]), (_codecs_tw, ["big5", "cp950"]),
                   (_codecs_hk, ["big5hkscs"]), (_codecs_kr, ["euc_kr", "cp949", "johab"]),
                   (_codecs_jp, ["shift_jis", "cp932", "euc_jp"]), (_codecs_iso2022, ["iso2022_jp", "iso2022_kr"])]:
    for n in names:
        c = mod.getcodec(n)
        print(mod.__name__, n, type(c).__name__, type(c).__module__, c.encode("\u4e00a"), c.decode(b"abc"))
for bad in ["gb2312x", "utf-8", ""]:
    try:
        _codecs_cn.getcodec(bad)
    except LookupError as e:
        print(type(e).__name__, e)
try:
    _codecs_cn.getcodec(1)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(n for n in dir(_multibytecodec) if not n.startswith("__")))
c = _codecs_cn.getcodec("gbk")
print(c.encode(123), c.encode("x", None), c.decode(bytearray(b"\xc4\xe3")), c.decode(memoryview(b"ab")))
for args in [(b"x",), ("x", 1)]:
    try:
        print(c.decode(*args) if isinstance(args[0], bytes) and len(args) == 1 else c.encode(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    c.decode("abc")
except TypeError as e:
    print(type(e).__name__, e)
