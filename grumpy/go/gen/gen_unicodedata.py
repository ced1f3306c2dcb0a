"""Generate grumpy/go/runtime/mod_unicodedata_tables.go from the host
CPython's unicodedata module (Unicode 14.0.0 for CPython 3.11), so the
unicodedata module written in Go answers exactly as CPython does.

Usage (from the repository root):
    python3 grumpy/go/gen/gen_unicodedata.py > grumpy/go/runtime/mod_unicodedata_tables.go

The tables are one binary blob, deflate-compressed and base64-encoded in a
Go string; the runtime decodes it on first use (see mod_unicodedata.go for
the layout reader). Character names come from unicodedata.name(); the
algorithmic ranges (CJK/Tangut/... "PREFIX-XXXX" names and Hangul syllables)
are stored as rules. Name aliases and named sequences (accepted by
unicodedata.lookup) cannot be enumerated through the unicodedata API: they
are taken as candidates from a NameAliases/Name.pl-style file when one is
found (Perl's unicore/Name.pl) and each is kept only if this CPython's
lookup() resolves it, so the output never disagrees with CPython.
"""
import base64
import glob
import struct
import sys
import unicodedata
import zlib

MAX = 0x110000
U = unicodedata
OLD = unicodedata.ucd_3_2_0

# "Cn" first, so that the zero record is an unassigned code point.
CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf",
              "Cs", "Co", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"]
BIDI = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS", "NSM", "BN",
        "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"]
EAW = ["N", "A", "F", "H", "Na", "W"]

ALGO_PREFIXES = ["CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
                 "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-"]


class Blob:
    def __init__(self):
        self.parts = []

    def u8(self, v):
        self.parts.append(struct.pack("<B", v))

    def i8(self, v):
        self.parts.append(struct.pack("<b", v))

    def u16(self, v):
        self.parts.append(struct.pack("<H", v))

    def u32(self, v):
        self.parts.append(struct.pack("<I", v))

    def uvar(self, v):
        out = bytearray()
        while True:
            b = v & 0x7F
            v >>= 7
            if v:
                out.append(b | 0x80)
            else:
                out.append(b)
                break
        self.parts.append(bytes(out))

    def str(self, s):
        b = s.encode("utf-8")
        self.uvar(len(b))
        self.parts.append(b)

    def bytes(self):
        return b"".join(self.parts)


def props(db, c):
    return (CATEGORIES.index(db.category(c)),
            BIDI.index(db.bidirectional(c)),
            db.combining(c),
            db.mirrored(c),
            EAW.index(db.east_asian_width(c)))


def numeric(db, c):
    return (db.decimal(c, -1), db.digit(c, -1), repr(db.numeric(c)) if db.numeric(c, None) is not None else "")


def name_of(db, c):
    try:
        return db.name(c)
    except ValueError:
        return None


def main():
    blob = Blob()
    records = {(0, 0, 0, 0, 0): 0}
    rec_of = [0] * MAX
    for cp in range(MAX):
        c = chr(cp)
        p = props(U, c)
        if p not in records:
            records[p] = len(records)
        rec_of[cp] = records[p]
    # old (3.2.0) records share the table
    old_rec = {}
    for cp in range(MAX):
        c = chr(cp)
        p = props(OLD, c)
        if p not in records:
            records[p] = len(records)
        old_rec[cp] = records[p]

    # 1. records
    blob.u32(len(records))
    for p, i in sorted(records.items(), key=lambda kv: kv[1]):
        for v in p:
            blob.u8(v)

    # 2. two-level index
    SHIFT = 7
    blocks = {}
    index1 = []
    index2 = []
    for start in range(0, MAX, 1 << SHIFT):
        blk = tuple(rec_of[start:start + (1 << SHIFT)])
        if blk not in blocks:
            blocks[blk] = len(blocks)
            index2.extend(blk)
        index1.append(blocks[blk])
    blob.u32(SHIFT)
    blob.u32(len(index1))
    for v in index1:
        blob.u16(v)
    blob.u32(len(index2))
    for v in index2:
        blob.u16(v)

    # 3. numeric values
    nums = []
    for cp in range(MAX):
        c = chr(cp)
        n = numeric(U, c)
        if n != (-1, -1, ""):
            nums.append((cp, n))
    blob.u32(len(nums))
    last = 0
    for cp, (dec, dig, num) in nums:
        blob.uvar(cp - last)
        last = cp
        blob.i8(dec)
        blob.i8(dig)
        blob.str(num)

    # 4. decompositions
    decs = []
    for cp in range(MAX):
        d = U.decomposition(chr(cp))
        if d:
            decs.append((cp, d))
    blob.u32(len(decs))
    last = 0
    for cp, d in decs:
        blob.uvar(cp - last)
        last = cp
        blob.str(d)

    # 5. composition exclusions: canonical pairs that do not recompose
    excl = []
    for cp, d in decs:
        if d.startswith("<"):
            continue
        parts = d.split()
        if len(parts) == 2 and U.normalize("NFC", chr(cp)) != chr(cp):
            excl.append(cp)
    blob.u32(len(excl))
    for cp in excl:
        blob.u32(cp)

    # 6. names (explicit) and algorithmic ranges
    algo = []  # [start, end, prefix]
    names = []
    for cp in range(MAX):
        if 0xAC00 <= cp <= 0xD7A3:
            continue
        n = name_of(U, chr(cp))
        if n is None:
            continue
        pre = None
        for p in ALGO_PREFIXES:
            if n == p + "%X" % cp:
                pre = p
                break
        if pre is not None:
            if algo and algo[-1][2] == pre and algo[-1][1] == cp - 1:
                algo[-1][1] = cp
            else:
                algo.append([cp, cp, pre])
            continue
        names.append((cp, n))
    blob.u32(len(algo))
    for s, e, p in algo:
        blob.u32(s)
        blob.u32(e)
        blob.str(p)
    blob.u32(len(names))
    last = 0
    for cp, n in names:
        blob.uvar(cp - last)
        last = cp
        blob.str(n)

    # 7. aliases and named sequences (verified against lookup())
    aliases, seqs = candidates()
    good_alias = []
    for cp, n in aliases:
        try:
            r = U.lookup(n)
        except KeyError:
            continue
        if r == chr(cp) and name_of(U, chr(cp)) != n:
            good_alias.append((cp, n))
    good_seq = []
    for cps, n in seqs:
        try:
            r = U.lookup(n)
        except KeyError:
            continue
        if r == "".join(map(chr, cps)):
            good_seq.append((cps, n))
    blob.u32(len(good_alias))
    for cp, n in good_alias:
        blob.u32(cp)
        blob.str(n)
    blob.u32(len(good_seq))
    for cps, n in good_seq:
        blob.str(n)
        blob.u8(len(cps))
        for cp in cps:
            blob.u32(cp)

    # 8. Unicode 3.2.0 differences (unicodedata.ucd_3_2_0), as ranges
    diffs = []
    for cp in range(MAX):
        c = chr(cp)
        unassigned = OLD.category(c) == "Cn" and U.category(c) != "Cn"
        orec = old_rec[cp]
        onum = numeric(OLD, c)
        odec = OLD.decomposition(c)
        key = (orec, onum if onum != numeric(U, c) else None,
               odec if odec != U.decomposition(c) else None, unassigned)
        if orec == rec_of[cp] and key[1] is None and key[2] is None and not unassigned:
            continue
        if diffs and diffs[-1][1] == cp - 1 and diffs[-1][2] == key and key[1] is None and key[2] is None:
            diffs[-1][1] = cp
        else:
            diffs.append([cp, cp, key])
    blob.u32(len(diffs))
    for s, e, (orec, onum, odec, unassigned) in diffs:
        blob.u32(s)
        blob.u32(e)
        blob.u16(orec)
        flags = (1 if onum is not None else 0) | (2 if odec is not None else 0) | (4 if unassigned else 0)
        blob.u8(flags)
        if onum is not None:
            blob.i8(onum[0])
            blob.i8(onum[1])
            blob.str(onum[2])
        if odec is not None:
            blob.str(odec)
    # 3.2.0 normalization corrections: code points whose 3.2.0 NFD differs
    # from the current one (CPython applies them before decomposing; the
    # canonical ordering and composition use the current data).
    corr = []
    for cp in range(MAX):
        c = chr(cp)
        if 0xAC00 <= cp <= 0xD7A3 or OLD.category(c) == "Cn":
            continue
        o = OLD.normalize("NFD", c)
        if o != U.normalize("NFD", c):
            corr.append((cp, o))
    blob.u32(len(corr))
    for cp, o in corr:
        blob.u32(cp)
        blob.u8(len(o))
        for ch in o:
            blob.u32(ord(ch))

    raw = blob.bytes()
    comp = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
    data = comp.compress(raw) + comp.flush()
    b64 = base64.b64encode(data).decode("ascii")
    out = sys.stdout
    out.write("// Code generated by grumpy/go/gen/gen_unicodedata.py from CPython %s's unicodedata "
              "(Unicode %s). DO NOT EDIT.\n\n" % (sys.version.split()[0], U.unidata_version))
    out.write("package runtime\n\n")
    out.write("const ucdVersion = \"%s\"\n\n" % U.unidata_version)
    out.write("var ucdCategories = [...]string{%s}\n\n" % ", ".join('"%s"' % c for c in CATEGORIES))
    out.write("var ucdBidiNames = [...]string{%s}\n\n" % ", ".join('"%s"' % c for c in BIDI))
    out.write("var ucdEAWNames = [...]string{%s}\n\n" % ", ".join('"%s"' % c for c in EAW))
    out.write("// ucdBlob: %d bytes of tables, %d deflated.\n" % (len(raw), len(data)))
    out.write("const ucdBlob = `\n")
    for i in range(0, len(b64), 100):
        out.write(b64[i:i + 100] + "\n")
    out.write("`\n")


def candidates():
    """(cp, alias) and (cps, sequence name) candidates from Perl's Name.pl."""
    aliases, seqs = [], []
    for path in sorted(glob.glob("/usr/share/perl/*/unicore/Name.pl")) + sorted(glob.glob("/usr/lib/*/perl*/*/unicore/Name.pl")):
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError:
            continue
        start = text.find("<<'END';\n")
        end = text.find("\nEND\n", start)
        if start < 0 or end < 0:
            continue
        body = text[start + len("<<'END';\n"):end]
        for entry in body.split("\n\n"):
            lines = entry.strip("\n").split("\n")
            if len(lines) != 2:
                continue
            cps, name = lines
            try:
                cpl = [int(x, 16) for x in cps.split()]
            except ValueError:
                continue
            if len(cpl) == 1:
                aliases.append((cpl[0], name))
            elif len(cpl) > 1:
                seqs.append((cpl, name))
        break
    return aliases, seqs


if __name__ == "__main__":
    main()
