# f-strings, %-formatting and upper()/lower() on the fast paths the
# string benchmark takes: results, identity-free properties and errors.


class Fmt:
    def __format__(self, spec):
        return "<" + spec + ">"


class S(str):
    pass


class SubFmt:
    def __format__(self, spec):
        return S("sub:" + spec)


def fstrings():
    out = []
    for i in (0, 7, 255, -3, 123456789):
        out.append(f"{i:04d}|{i * 2:x}")
        out.append(f"{i:>8}")
        out.append(f"[{i}]")
    out.append(f"")
    out.append(f"plain")
    out.append(f"{'x'}")
    out.append(f"{''}{''}")
    out.append(f"{''}{'y'}{''}")
    out.append(f"{'é'}{'a'}")
    out.append(f"{'a'}{'é'}!")
    out.append(f"{Fmt():spec}")
    w = 6
    out.append(f"{Fmt():{w}d}")
    out.append(f"{3.5:{w}.2f}|")
    out.append(f"{SubFmt():q}")
    r = f"{SubFmt():q}!"
    out.append(type(r).__name__)
    r = f"{S('abc')}"
    out.append(type(r).__name__)
    for s in out:
        print(repr(s), len(s), s.isascii())
    try:
        f"{3:zz}"
    except Exception as e:
        print(type(e).__name__, e)


def percent():
    out = []
    for i in range(6):
        out.append("item-%d:%s" % (i, "x" * (i % 5)))
    out.append("%s" % "a")
    out.append("%s" % "é")
    out.append("%d%%" % 50)
    out.append("" % ())
    out.append("%c" % 233)
    out.append("%-5s|%5s" % ("ab", "cd"))
    for s in out:
        print(repr(s), len(s), s.isascii())
    print(("%s" % "a") == "a", ("%s" % "a") + "b")
    for bad in (("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b"))):
        try:
            bad[0] % bad[1]
        except Exception as e:
            print(type(e).__name__, e)


def case():
    samples = ["", "a", "Z", "abc", "Hello, World! 0123456789 @[`{",
               "xY" * 40, "the quick brown fox jumps over the lazy dog" * 3,
               "ÀéÎ mixed ascii", "ß straße", "İstanbul", "ǅ", "ﬁ"]
    for s in samples:
        u, l = s.upper(), s.lower()
        print(repr(u), repr(l), len(u), len(l), u.isascii(), s.swapcase() == "".join(
            c.upper() if c.islower() else c.lower() for c in s))
    big = ",".join("item-%d:%s" % (i, "x" * (i % 5)) for i in range(3000))
    up = big.upper()
    print(len(up), up.count("ITEM"), up.find("ITEM-2999"), up.lower() == big)
    print(S("abc").upper(), type(S("abc").upper()).__name__)


fstrings()
percent()
case()
