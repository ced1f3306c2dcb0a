def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

class P:
    def __init__(self):
        self.x = 3
        self.items = ["a", "b"]
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
    def __format__(self, spec):
        return "P<" + spec + ">"

t("auto", lambda: "{} + {} = {}".format(1, 2, "three"))
t("manual", lambda: "{1} {0} {1}".format("a", "b"))
t("named", lambda: "{name} is {age}".format(name="Al", age=3))
t("mixed", lambda: "{0} {x}".format("pos", x="kw"))
t("attr", lambda: "{0.x} {0.items}".format(P()))
t("index", lambda: "{0[1]} {d[k]} {d[k][0]}".format(["a", "b"], d={"k": "val"}))
t("attr-index", lambda: "{0.items[1]}".format(P()))
t("int-key-dict", lambda: "{0[1]}".format({1: "one"}))
t("str-key-neg", lambda: "{0[-1]}".format({"-1": "neg"}))
t("conv", lambda: "{0!r} {0!s} {0!a}".format("é"))
t("conv-obj", lambda: "{0!r} {0!s} {0}".format(P()))
t("custom-format", lambda: "{0:abc} {0}".format(P()))
t("escape", lambda: "{{literal}} {{{0}}}".format(5))
t("spec", lambda: "[{:>8}] [{:<8}] [{:^8}] [{:*^9}]".format("ab", "ab", "ab", "ab"))
t("spec-prec", lambda: "[{:.2}] [{:8.3}] [{:.0}]".format("abcdef", "abcdef", "xyz"))
t("spec-zero", lambda: "[{:05}] [{:0>5}] [{:0<5}]".format("ab", "ab", "ab"))
t("spec-s", lambda: "[{:s}] [{:10s}]".format("x", "y"))
t("spec-unicode", lambda: "[{:é^7}] [{:>4}]".format("ab", "ü"))
t("nested", lambda: "[{:{}}] [{:{w}.{p}}] [{0:>{1}}]".format("ab", 5, "abcdef", w=6, p=2))
t("nested2", lambda: "[{:{fill}{align}{width}}]".format("x", fill="-", align=">", width=4))
t("int-spec", lambda: "{:d} {:5d} {:x}".format(42, 42, 255))
t("float-spec", lambda: "{:.2f} {:e}".format(3.14159, 1234.5))
t("format-map", lambda: "{a}-{b}".format_map({"a": 1, "b": 2}))
class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"
t("format-map-missing", lambda: "{a} {zz}".format_map(Missing(a=1)))
t("format-builtin", lambda: (format("abc"), format("abc", ">5"), format("abc", ""), format(42), format(P(), "q")))
t("str-format-dunder", lambda: ("ab".__format__("^6"), "ab".__format__("")))
t("fstring", lambda: (lambda v: f"[{v!r:>6}] [{v:^7}] [{v:.1}]")("ab"))
t("empty", lambda: "".format())
t("no-fields", lambda: "plain".format(1, 2, k=3))
t("big-index", lambda: "{00}{01}".format("a", "b"))

# errors
t("idx-range", lambda: "{1}".format("a"))
t("auto-range", lambda: "{} {}".format("a"))
t("key-missing", lambda: "{name}".format())
t("single-close", lambda: "a}b".format())
t("single-open", lambda: "a{".format())
t("expected-close", lambda: "{0".format(1))
t("expected-close2", lambda: "{0[}".format(1))
t("auto-to-manual", lambda: "{}{0}".format(1))
t("manual-to-auto", lambda: "{0}{}".format(1))
t("bad-conv", lambda: "{0!x}".format(1))
t("conv-end", lambda: "{0!}".format(1))
t("conv-colon", lambda: "{0!rr}".format(1))
t("empty-attr", lambda: "{0.}".format(1))
t("empty-index", lambda: "{0[]}".format([1]))
t("after-bracket", lambda: "{0[0]x}".format([1]))
t("bad-attr", lambda: "{0.nope}".format(1))
t("spaces-key", lambda: "{ 0 }".format(1))
t("recursion", lambda: "{:{:{}}}".format(1, 2, 3))
t("unmatched-spec", lambda: "{:{".format(1))
t("unknown-code", lambda: "{:d}".format("a"))
t("sign", lambda: "{:+}".format("a"))
t("space", lambda: "{: }".format("a"))
t("alt", lambda: "{:#}".format("a"))
t("eq-align", lambda: "{:=5}".format("a"))
t("comma", lambda: "{:,}".format("a"))
t("underscore", lambda: "{:_}".format("a"))
t("both-sep", lambda: "{:,_}".format("a"))
t("missing-prec", lambda: "{:.}".format("a"))
t("invalid-spec", lambda: "{:xx}".format("a"))
t("too-many-digits", lambda: "{:99999999999999999999}".format("a"))
t("z", lambda: "{:z}".format("a"))
t("map-positional", lambda: "{0}".format_map({}))
t("map-bad", lambda: "{a}".format_map(1))
t("format-bad-spec-type", lambda: format("a", 1))
t("dunder-bad", lambda: "a".__format__(1))
t("format-unknown-obj", lambda: format(object(), "x"))
