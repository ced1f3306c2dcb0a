"""The CJK codec modules (_codecs_cn, _codecs_jp, _codecs_kr, _codecs_tw,
_codecs_hk, _codecs_iso2022) and _multibytecodec, generated at build time.

The codec algorithms are Go code (runtime/cjk_*.go); their mapping tables
are data, taken here from the host CPython's own codecs (as the rest of the
standard library is), and compiled into a Go package that only programs
importing one of these modules link: a program without CJK codecs pays
nothing. The tables are extracted by querying the codecs (decoding every
one- and two-byte sequence, encoding every character of the planes that
matter), which takes a few seconds once per machine; the package source is
cached beside the other generated packages (see build.transpile_module).

Data format (zlib-compressed, base64 in the Go source), per codec, as
unsigned varints:
  name, kind (0 table, 1 stateful)
  kind 0: the decoding trie: node count, then 256 entries per node:
            0 illegal (1 byte), 1 child node (index follows),
            2 illegal of n bytes (n follows), 3 string (length, code points),
            4 gb18030 four-byte sequence, 5 KS X 1001 make-up sequence,
            >= 8 one code point (zigzag delta from the previous one + 8);
          the gb18030 four-byte BMP table (count, then code points, delta);
          the make-up tables (count, then values + 1, 0 for none) x2;
          encoding exceptions to the trie's inverse (count; code point,
          byte count, bytes; no bytes: unencodable);
          pairs (count; two code points, byte count, bytes).
  kind 1 (hz, iso2022_*): the escape sequences the encoder emits (bytes,
          plane), then per character (delta) the escape's index and code,
          then the pairs encoded as one code (two code points, escape,
          code); after all codecs, when any is kind 1, the charsets'
          decoding tables (name, two-byte flag, count; per code (delta) its
          text (length, code points as zigzag deltas)).
"""
import base64
import zlib

MODULES = {
    "_codecs_cn": ["gb2312", "gbk", "gb18030", "hz"],
    "_codecs_jp": ["cp932", "shift_jis", "euc_jp", "shift_jis_2004", "shift_jisx0213", "euc_jis_2004",
                   "euc_jisx0213"],
    "_codecs_kr": ["euc_kr", "cp949", "johab"],
    "_codecs_tw": ["big5", "cp950"],
    "_codecs_hk": ["big5hkscs"],
    "_codecs_iso2022": ["iso2022_kr", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004",
                        "iso2022_jp_3", "iso2022_jp_ext"],
}
MODULE_NAMES = set(MODULES) | {"_multibytecodec"}
FORMAT = "1"


def _varint(out, n):
    assert n >= 0
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)


def _zigzag(n):
    return n * 2 if n >= 0 else -n * 2 - 1


def _dec(codec, b):
    """('ok', str) | ('err', start, end, reason)."""
    try:
        return ("ok", b.decode(codec))
    except UnicodeDecodeError as e:
        return ("err", e.start, e.end, e.reason)


def _first(codec, b):
    """How decoding b starts: ('char', s, n) the first n bytes decode to s,
    ('ill', n) illegal n bytes, ('more',) incomplete."""
    r = _dec(codec, b)
    if r[0] == "err" and r[1] == 0:
        if r[3] == "incomplete multibyte sequence":
            return ("more",)
        return ("ill", r[2])
    raise AssertionError((codec, b, r))


def build_trie(codec):
    """The decoding trie of a stateless codec: a list of nodes of 256
    entries ('char', s) / ('ill', n) / ('node', i) / ('gb4',) / ('makeup',)."""
    nodes = []

    def node(prefix):
        idx = len(nodes)
        nodes.append(None)
        row = []
        for b in range(256):
            seq = prefix + bytes([b])
            r = _dec(codec, seq)
            if r[0] == "ok":
                row.append(("char", r[1]))
                continue
            if r[1] != 0:
                # The sequence decodes to text followed by an error: the
                # prefix is complete (cannot happen below the root).
                raise AssertionError((codec, seq, r))
            if r[3] != "incomplete multibyte sequence":
                row.append(("ill", r[2]))
                continue
            if codec == "gb18030" and len(seq) == 2:
                row.append(("gb4",))
            elif codec == "euc_kr" and seq == b"\xa4\xd4":
                row.append(("makeup",))
            else:
                row.append(("node", node(seq)))
        nodes[idx] = row
        return idx

    node(b"")
    return nodes


def gb4_table():
    out = []
    for lin in range(39420):
        c1, r = divmod(lin, 12600)
        c2, r = divmod(r, 1260)
        c3, c4 = divmod(r, 10)
        b = bytes([0x81 + c1, 0x30 + c2, 0x81 + c3, 0x30 + c4])
        r = _dec("gb18030", b)
        out.append(ord(r[1]) if r[0] == "ok" and len(r[1]) == 1 else 0)
    return out


def makeup_tables():
    cho, jong = [], []
    for x in range(0xA1, 0xBF):
        r = _dec("euc_kr", bytes([0xA4, 0xD4, 0xA4, x, 0xA4, 0xBF, 0xA4, 0xD4]))
        cho.append((ord(r[1]) - 0xAC00) // 588 + 1 if r[0] == "ok" else 0)
        r = _dec("euc_kr", bytes([0xA4, 0xD4, 0xA4, 0xA1, 0xA4, 0xBF, 0xA4, x]))
        jong.append((ord(r[1]) - 0xAC00) % 28 + 1 if r[0] == "ok" else 0)
    return cho, jong


def _scan_chars(codec, smp, first=0x80):
    for c in range(first, 0x10000):
        if 0xD800 <= c < 0xE000:
            continue
        yield c
    if smp:
        for c in range(0x10000, 0x30000):
            yield c


def _inverse(nodes):
    """The trie's inverse as the runtime builds it: the first byte sequence
    (in byte order) decoding to a code point encodes it."""
    inv = {}

    def walk(i, prefix):
        for b, e in enumerate(nodes[i]):
            if e[0] == "char" and len(e[1]) == 1:
                inv.setdefault(ord(e[1]), prefix + bytes([b]))
            elif e[0] == "node":
                walk(e[1], prefix + bytes([b]))
    walk(0, b"")
    return inv


def _enc(codec, s):
    try:
        return s.encode(codec)
    except UnicodeEncodeError:
        return None


def table_codec(codec, out):
    nodes = build_trie(codec)
    _varint(out, len(nodes))
    prev = 0
    smp = False
    pairs = []
    for row in nodes:
        for e in row:
            k = e[0]
            if k == "ill":
                if e[1] == 1:
                    _varint(out, 0)
                else:
                    _varint(out, 2)
                    _varint(out, e[1])
            elif k == "node":
                _varint(out, 1)
                _varint(out, e[1])
            elif k == "gb4":
                _varint(out, 4)
            elif k == "makeup":
                _varint(out, 5)
            elif len(e[1]) == 1:
                c = ord(e[1])
                smp = smp or c >= 0x10000
                _varint(out, 8 + _zigzag(c - prev))
                prev = c
            else:
                _varint(out, 3)
                _varint(out, len(e[1]))
                for ch in e[1]:
                    _varint(out, ord(ch))
                pairs.append(e[1])
    gb4 = gb4_table() if codec == "gb18030" else []
    _varint(out, len(gb4))
    prev = 0
    for c in gb4:
        _varint(out, _zigzag(c - prev))
        prev = c
    cho, jong = makeup_tables() if codec == "euc_kr" else ([], [])
    for t in (cho, jong):
        _varint(out, len(t))
        for v in t:
            _varint(out, v)
    # Encoding: the trie's inverse, then gb18030's four-byte forms, then
    # these exceptions.
    inv = _inverse(nodes)
    inv4 = {}
    for lin, c in enumerate(gb4):
        if c:
            inv4.setdefault(c, lin)
    exc = []
    for c in _scan_chars(codec, smp, 0):
        want = _enc(codec, chr(c))
        have = inv.get(c)
        if have is None and c in inv4:
            lin = inv4[c]
            have = bytes([0x81 + lin // 12600, 0x30 + lin // 1260 % 10, 0x81 + lin // 10 % 126, 0x30 + lin % 10])
        if have is None and codec == "gb18030" and c >= 0x10000:
            lin = c - 0x10000
            have = bytes([0x90 + lin // 12600, 0x30 + lin // 1260 % 10, 0x81 + lin // 10 % 126, 0x30 + lin % 10])
        if want != have:
            exc.append((c, want or b""))
    _varint(out, len(exc))
    for c, b in exc:
        _varint(out, c)
        _varint(out, len(b))
        out.extend(b)
    encpairs = []
    for s in pairs:
        b = _enc(codec, s)
        if b is not None and b != (_enc(codec, s[0]) or b"") + (_enc(codec, s[1]) or b""):
            encpairs.append((s, b))
    _varint(out, len(encpairs))
    for s, b in encpairs:
        _varint(out, ord(s[0]))
        _varint(out, ord(s[1]))
        _varint(out, len(b))
        out.extend(b)


# ---- stateful codecs: per-charset tables ----
#
# A charset is named by its designation's final bytes; its table maps a
# 94x94 (or 94) code (two bytes 0x21..0x7E) to a code point, decoded
# through the codec that designates it.

def _charset_decode(codec, esc, two, pre=b"", post=b""):
    dec = {}
    rng = range(0x21, 0x7F)
    for a in (range(256) if esc.endswith(b"N") else rng):
        for b in (rng if two else [None]):
            code = bytes([a, b]) if two else bytes([a])
            r = _dec(codec, pre + esc + code + post)
            if r[0] == "ok" and r[1]:
                dec[code] = r[1]
    return dec


# (codec used to read the charset, escape sequence, two bytes per char)
CHARSETS = {
    "ksx1001": ("iso2022_kr", b"\x1b$)C\x0e", True),
    "jisx0208": ("iso2022_jp", b"\x1b$B", True),
    "jisx0208_1978": ("iso2022_jp", b"\x1b$@", True),
    "jisx0212": ("iso2022_jp_1", b"\x1b$(D", True),
    "gb2312": ("iso2022_jp_2", b"\x1b$A", True),
    "ksx1001_jp2": ("iso2022_jp_2", b"\x1b$(C", True),
    "jisx0201_r": ("iso2022_jp", b"\x1b(J", False),
    "jisx0201_k": ("iso2022_jp_ext", b"\x1b(I", False),
    "jisx0213_1_2000": ("iso2022_jp_3", b"\x1b$(O", True),
    "jisx0213_1_2004": ("iso2022_jp_2004", b"\x1b$(Q", True),
    "jisx0213_2": ("iso2022_jp_2004", b"\x1b$(P", True),
    "hz_gb": ("hz", b"~{", True),
    "g2_iso8859_7": ("iso2022_jp_2", b"\x1b.F\x1bN", False),
}


def stateful_data(out, names):
    """The charset tables, once per module (the iso2022 codecs share them)."""
    _varint(out, len(names))
    for name in names:
        codec, esc, two = CHARSETS[name]
        dec = _charset_decode(codec, esc, two)
        name_b = name.encode()
        _varint(out, len(name_b))
        out.extend(name_b)
        _varint(out, 1 if two else 0)
        items = sorted(dec.items())
        _varint(out, len(items))
        pc, pu = 0, 0
        for code, s in items:
            c = int.from_bytes(code, "big")
            _varint(out, c - pc)
            pc = c
            _varint(out, len(s))
            for ch in s:
                _varint(out, _zigzag(ord(ch) - pu))
                pu = ord(ch)


def _parse_iso(codec, b):
    """(escape, plane, code) of a fresh encoder's output for one character."""
    if codec == "hz":
        assert b[:2] == b"~{" and b[-2:] == b"~}", (codec, b)
        return b"~{", 0, b[2:-2]
    if b.endswith(b"\x0f"):
        i = b.index(b"\x0e")
        return b[:i], 1, b[i + 1:-1]
    assert b[0] == 0x1B and b.endswith(b"\x1b(B"), (codec, b)
    i = 1
    while not (0x40 <= b[i] <= 0x5A):
        i += 1
    return b[:i + 1], 0, b[i + 1:-3]


def iso_encode_data(codec, out):
    """Per character, the designation the encoder picks and the code; then
    the pairs (JIS X 0213 combining sequences) encoded as one code."""
    smp = codec in ("iso2022_jp_2004", "iso2022_jp_3")
    escs = []
    items = []
    for c in _scan_chars(codec, smp):
        b = _enc(codec, chr(c))
        if b is None:
            continue
        esc, plane, code = _parse_iso(codec, b)
        if (esc, plane) not in escs:
            escs.append((esc, plane))
        items.append((c, escs.index((esc, plane)), code))
    pairs = []
    if codec in ("iso2022_jp_2004", "iso2022_jp_3"):
        for s in sorted(set(_charset_decode(*CHARSETS["jisx0213_1_2004"]).values())):
            if len(s) != 2:
                continue
            b = _enc(codec, s)
            if b is None or b == (_enc(codec, s[0]) or b"") + (_enc(codec, s[1]) or b""):
                continue
            esc, plane, code = _parse_iso(codec, b)
            if (esc, plane) not in escs:
                escs.append((esc, plane))
            pairs.append((s, escs.index((esc, plane)), code))
    _varint(out, len(escs))
    for esc, plane in escs:
        _varint(out, len(esc))
        out.extend(esc)
        _varint(out, plane)
    _varint(out, len(items))
    pc = 0
    for c, e, code in items:
        _varint(out, c - pc)
        pc = c
        _varint(out, e)
        _varint(out, len(code))
        out.extend(code)
    _varint(out, len(pairs))
    for s, e, code in pairs:
        _varint(out, ord(s[0]))
        _varint(out, ord(s[1]))
        _varint(out, e)
        _varint(out, len(code))
        out.extend(code)


def module_blob(modname):
    out = bytearray()
    codecs_ = MODULES.get(modname, [])
    _varint(out, len(codecs_))
    stateful = False
    for codec in codecs_:
        nb = codec.encode()
        _varint(out, len(nb))
        out.extend(nb)
        if codec == "hz" or codec.startswith("iso2022"):
            stateful = True
            _varint(out, 1)
            iso_encode_data(codec, out)
        else:
            _varint(out, 0)
            table_codec(codec, out)
    if stateful:
        _varint(out, 1)
        stateful_data(out, ["hz_gb"] if modname == "_codecs_cn" else sorted(set(CHARSETS) - {"hz_gb"}))
    else:
        _varint(out, 0)
    return bytes(out)


def go_source(modname):
    """The Go package registering modname."""
    lines = ["// Code generated by grumpy (driver/cjk_tables.py) from the host CPython's codecs. DO NOT EDIT.",
             "", "package m", "", 'import rt "grumpy/runtime"', ""]
    if modname == "_multibytecodec":
        lines += ["func init() {", "\trt.RegisterCJKModule(%r, \"\")" % modname, "}", ""]
        return "\n".join(lines).replace("'", '"')
    data = base64.b64encode(zlib.compress(module_blob(modname), 9)).decode()
    lines += ["func init() {", '\trt.RegisterCJKModule("%s", cjkData)' % modname, "}", "",
              "const cjkData = `%s`" % data, ""]
    return "\n".join(lines)


def stub_source(modname):
    """The Python text standing for the module in the import graph (its
    imports) and in cache keys (the host's version)."""
    import sys
    text = "# generated: %s %s %s\n" % (modname, FORMAT, sys.version.split()[0])
    if modname != "_multibytecodec":
        text += "import _multibytecodec\n"
    return text


if __name__ == "__main__":
    import sys
    import time
    for m in sys.argv[1:] or sorted(MODULES):
        t0 = time.time()
        blob = module_blob(m)
        print(m, len(blob), len(zlib.compress(blob, 9)), "%.1fs" % (time.time() - t0))
