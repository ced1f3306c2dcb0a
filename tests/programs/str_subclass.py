class S(str):
    def shout(self):
        return self.upper() + "!"

class T(str):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def __str__(self):
        return "T:" + str.__str__(self)
    def __repr__(self):
        return "T(" + str.__repr__(self) + ")"

class U(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())
    def __hash__(self):
        return hash(self.lower())

s = S("hello")
print(type(s).__name__, s, repr(s), len(s), s.shout(), s[1], s[1:3], type(s[1:3]).__name__)
print(isinstance(s, str), s == "hello", "hello" == s, s + "!", type(s + "!").__name__, "x" + s)
print(s.upper(), type(s.upper()).__name__, s * 2, 2 * s, "ell" in s, s.find("l"), s.split("l"))
print(hash(s) == hash("hello"), {s: 1}["hello"], {"hello": 2}[s])
print(sorted([S("b"), S("a"), "c"]), S("b") < "c", "a" < S("b"))
print(str(s), type(str(s)).__name__, format(s, ">7"), "%s|%r" % (s, s), f"{s}", f"{s!r}")
print(list(s), [c for c in S("ab")], s.join(["1", "2"]), ",".join([S("x"), S("y")]))
print(S(), S(5), S(b"a"), S(b"ab", "ascii"), S(object="kw"))
t = T("ab")
print(t, repr(t), len(t), type(t).__name__, str(t), "%s" % t, f"{t}", t.upper())
print(str.__str__(t), str.__repr__(t), str.__len__(t), str.upper(t))
u = U("Hello")
print(u == "HELLO", u != "x", {u: 1}.get(U("HELLO")), u in ["hello"])
s.attr = 5
print(s.attr, getattr(s, "attr"), "attr" in vars(s))
print(bool(S("")), bool(S("x")), S("a%sb") % 1, S("{}!").format(3))
print(S("  pad ").strip(), S("a,b").partition(","), S("ABC").lower(), S("x").zfill(3))
class Q(str):
    pass
print(Q("a") == Q("a"), Q("a") is not Q("a"), Q("abc").startswith(Q("ab")), "abc".startswith(Q("ab")), "ab" in Q("cab"), Q("ab") in "cab", Q("x") in "cab")
print(str.__new__(S, "direct"), type(str.__new__(S, "direct")).__name__)
try:
    str.__new__(int, "x")
except TypeError as e:
    print("TypeError", e)
