def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
        if isinstance(e, UnicodeError):
            print("   ", e.encoding, repr(e.object), e.start, e.end, e.reason)

u = "aé€😀"
for enc in ["utf-8", "utf8", "UTF-8", "utf_8", "U8", "utf-16", "utf-16-le", "UTF-16BE", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"]:
    t("enc " + enc, lambda: u.encode(enc))
    t("round " + enc, lambda: u.encode(enc).decode(enc) == u)
for enc in ["ascii", "latin-1", "latin1", "iso-8859-1", "cp1252", "us-ascii"]:
    t("enc " + enc, lambda: "abc".encode(enc))
t("latin1", lambda: "aéÿ".encode("latin-1"))
t("cp1252", lambda: ("€‚ƒ„".encode("cp1252"), b"\x80\x85\x99".decode("cp1252")))
for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]:
    t("ascii " + errors, lambda: u.encode("ascii", errors))
    t("latin1 " + errors, lambda: u.encode("latin-1", errors))
    t("utf8-sur " + errors, lambda: "a\ud800b".encode("utf-8", errors))
t("run", lambda: "éé".encode("ascii"))
t("run2", lambda: "aéé€b".encode("latin-1"))
t("sur-run", lambda: "a\ud800\udc00b".encode())
t("surrogateescape-ok", lambda: "a\udcff\udc80".encode("utf-8", "surrogateescape"))
t("surrogateescape-bad", lambda: "\udc7f".encode("utf-8", "surrogateescape"))
t("utf16-sur", lambda: "\ud800".encode("utf-16"))
t("utf16-replace", lambda: "a\ud800".encode("utf-16-le", "replace"))
t("utf16-pass", lambda: "\ud800".encode("utf-16-le", "surrogatepass"))
t("unknown-handler", lambda: "é".encode("ascii", "foo"))
t("unknown-handler-ok", lambda: "a".encode("ascii", "foo"))
t("unknown-enc", lambda: "a".encode("nope"))

bad = b"a\xff\xe2\x82b\xe9c\xed\xa0\x80\xf0\x90\x80"
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    t("dec " + errors, lambda: bad.decode("utf-8", errors))
t("dec-start", lambda: b"\xff".decode())
t("dec-end", lambda: b"a\xe2\x82".decode())
t("dec-cont", lambda: b"\xe2\x82a".decode())
t("dec-cont1", lambda: b"\xe9abc".decode())
t("dec-sur", lambda: b"\xed\xa0\x80".decode())
t("dec-sur-pass", lambda: b"\xed\xa0\x80".decode("utf-8", "surrogatepass"))
t("dec-overlong", lambda: b"\xc0\x80".decode())
t("dec-f5", lambda: b"\xf5".decode())
t("dec-f4", lambda: b"\xf4\x90\x80\x80".decode("utf-8", "replace"))
t("dec-ascii", lambda: b"a\x80\x81".decode("ascii"))
t("dec-ascii-replace", lambda: b"a\x80\x81".decode("ascii", "replace"))
t("dec-ascii-se", lambda: b"a\xe9".decode("ascii", "surrogateescape"))
t("dec-latin1", lambda: bytes(range(250, 256)).decode("latin-1"))
t("dec-cp1252-undef", lambda: b"\x81".decode("cp1252"))
t("enc-cp1252-undef", lambda: "\u0100\u0101".encode("cp1252"))
t("dec-utf16-odd", lambda: b"a".decode("utf-16"))
t("dec-utf16-bom", lambda: (b"\xff\xfea\x00".decode("utf-16"), b"\xfe\xff\x00a".decode("utf-16"), b"a\x00".decode("utf-16"), b"".decode("utf-16")))
t("dec-utf16-lone", lambda: b"\x00\xd8a\x00".decode("utf-16-le"))
t("dec-utf16-low", lambda: b"\x00\xdc".decode("utf-16-le"))
t("dec-utf16-end", lambda: b"\x00\xd8".decode("utf-16-le"))
t("dec-utf16-replace", lambda: b"\x00\xdc\x00".decode("utf-16-le", "replace"))
t("dec-utf32-range", lambda: b"\x00\x00\x11\x00".decode("utf-32-le"))
t("dec-utf32-sur", lambda: b"\x00\xd8\x00\x00".decode("utf-32-le"))
t("dec-utf32-trunc", lambda: b"a\x00\x00".decode("utf-32"))
t("dec-utf8sig", lambda: (b"\xef\xbb\xbfabc".decode("utf-8-sig"), b"abc".decode("utf-8-sig"), b"\xef\xbb\xbf".decode("utf-8")))
t("dec-unknown", lambda: b"a".decode("foo"))
t("dec-bad-handler", lambda: b"\xff".decode("ascii", "foo"))
t("dec-bad-handler-ok", lambda: b"\xe9".decode("latin-1", "foo"))
t("dec-badarg", lambda: b"a".decode(1))
t("dec-many", lambda: b"a".decode("utf-8", "strict", 1))
t("dec-kw", lambda: b"a".decode(encoding="ascii", errors="strict"))
t("dec-badkw", lambda: b"a".decode(x=1))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.args, isinstance(e, ValueError), isinstance(e, UnicodeError))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.args, e.object[e.start:e.end])
