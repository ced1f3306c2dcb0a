import _string


def parse(s):
    try:
        return list(_string.formatter_parser(s))
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


def split(s):
    try:
        first, rest = _string.formatter_field_name_split(s)
        return first, list(rest)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


for s in ["", "abc", "a{0}b", "{}", "{0!r:>10}", "x{{y}}z", "{a.b[c]}", "{0:{1}}", "}", "{", "a}b",
          "{0!}", "{0!rr}", "{0!r", "{0:", "{:}", "{!r}", "{0[}", "a{{", "}}", "{0:{1:{2}}}",
          "{0!r:}", "{ab:cd!e}", "{[}", "{0]}", "{0[1]}", "{0[a]b}", "\u00e9{0}\u00fc", "{a{b}", "ab{c}d{e!s}f"]:
    print(repr(s), parse(s))
for s in ["", "a", "0", "a.b", "a[0]", "0.x[1].y", "a[b]", "10[x][y]", "a.", "a[", "a[]", ".a",
          "a..b", "[0]", "a]", "01", "-1", " 1", "a[0]x", "\u0661\u0662"]:
    print(repr(s), split(s))
print(type(_string.formatter_parser("")).__name__, type(_string.formatter_field_name_split("a")[1]).__name__)
try:
    _string.formatter_parser(1)
except TypeError as e:
    print("TypeError", e)
for text in ["ab{{c}", "}x{0}", "{0!x}y{1}", "{0:{}z"]:
    it = _string.formatter_parser(text)
    out = []
    for _ in range(4):
        try:
            out.append(next(it, "end"))
        except ValueError as e:
            out.append("ValueError: " + str(e))
    print(repr(text), out)
for text in ["a[x", "a.b]c.d", "a..b.c", "a[0]]"]:
    first, it = _string.formatter_field_name_split(text)
    out = [first]
    for _ in range(3):
        try:
            out.append(next(it, "end"))
        except ValueError as e:
            out.append("ValueError: " + str(e))
    print(repr(text), out)
