# f-strings, starred forms, del forms, walrus scoping, evaluation order, literals, __debug__.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

x, width, prec = 3.14159, 10, 3
name = "Ada"
print(f"{x=}", f"{x = :.2f}", f"{name!r:>8}", f"{name!a}", f"{'é'!a}", f"{name!s:^9}|")
print(f"{x:{width}.{prec}f}|", f"{x:>{width}}|", f"{'nest ' + f'{name:>{2+3}}'}|")
print(f"{{literal}} {1+1} {'a' 'b'} {[1, 2][1]} {dict(a=1)['a']}")
print(f"{3:#x} {255:08b} {1234567:,} {1234567:_} {0.5:%} {-3:+d} {3: d} {12:^7d}|")
print(f"{name=!r:>10}|", f"{x!r:.3}", f"""{
    name
}""")
val = 42
print(f"{val!r:{'>'}{width}}", f"{'%s' % val}", f"{val:{'x' if val else 'd'}}")
err(lambda: f"{x:q}")
err(lambda: f"{name:d}")
err(lambda: f"{val:.2s}")
err(lambda: f"{name!r:{width}d}")
err(lambda: "{:d}".format("s"))
err(lambda: "{0} {}".format(1, 2))
err(lambda: "{} {1}".format(1, 2))
err(lambda: "{a}".format(1))
err(lambda: "{0}".format())
err(lambda: "{!x}".format(1))
err(lambda: "{".format())
err(lambda: "}".format())
print("{0[1]} {a.real} {b[k]} {0!r:>5}".format([1, 2], a=3, b={"k": "v"}))
print("%s %r %5.2f %-5d| %x %o %e %c %%" % ("s", "r", 2.5, 7, 255, 8, 12345.678, 65))
print("%(a)s-%(b)03d" % {"a": "A", "b": 7}, "%*d|" % (5, 3), "%.*f" % (2, 1.23456))
err(lambda: "%d" % "s")
err(lambda: "%s %s" % (1,))
err(lambda: "%s" % (1, 2))
err(lambda: "%(a)s" % 5)
err(lambda: "%z" % 1)

a, b = [1, 2], (3, 4)
d1, d2 = {"x": 1}, {"y": 2, "x": 3}
print([*a, *b], (*a, *b), {*a, *b} == {1, 2, 3, 4}, {**d1, **d2}, {**d2, "x": 0})
print(*a, *b, sep="-")
first, *mid, last = range(6)
print(first, mid, last)
*init, tail = "abc"
print(init, tail)
(p, q), *r = (1, 2), 3, 4
print(p, q, r)
[s1, [s2, *s3]] = [1, [2, 3, 4]]
print(s1, s2, s3)
for h, *t in [(1, 2, 3), (4,)]:
    print(h, t)
def unpack_err(v):
    a, b = v
err(lambda: unpack_err([1, 2, 3]))
err(lambda: unpack_err([1]))
err(lambda: unpack_err(5))
def star_err(v):
    a, b, *c = v
err(lambda: star_err([1]))
class Grid:
    def __getitem__(self, k): return k
g = Grid()
print(g[1, 2], g[*a], g[*a, 9], g[1:2, ...], g[::2])
err(lambda: {**[1]})
err(lambda: [*5])
err(lambda: print(*None))
err(lambda: dict(**{"a": 1}, **{"a": 2}))

lst = list(range(10))
del lst[0], lst[-1]
del lst[::3]
print(lst)
dd = {"a": 1, "b": 2}
del dd["a"]
print(dd)
class O: pass
o = O(); o.attr = 1; del o.attr
print(hasattr(o, "attr"))
v1 = v2 = 5
del v1, v2
err(lambda: v1)
def del_unbound():
    del zz
    zz = 1
err(del_unbound)
err(lambda: exec("del undefined_thing"))
def del_item_err():
    del dd["nope"]
err(del_item_err)
def del_tuple_item():
    t = (1, 2)
    del t[0]
err(del_tuple_item)
def del_str():
    s = "abc"
    del s[0]
err(del_str)
(aa, bb) = [10, 20]; del (aa, bb)
[cc] = [1]; del [cc]
print("deleted")

data = [1, 5, 2, 8, 3]
print([y for v in data if (y := v * 2) > 5], y)
print(any((hit := v) > 4 for v in data), hit)
total = 0
print([total := total + v for v in data], total)
def walrus_fn():
    [w := i for i in range(3)]
    return w
print(walrus_fn())
if (n := len(data)) > 3:
    print("n is", n)
while (chunk := data.pop()) != 5:
    print("chunk", chunk)
class WC:
    out = [k for k in range(2)]
print(WC.out)

log = []
def t(v):
    log.append(v)
    return v
print(t(1) < t(2) < t(0) < t(5), log)
log.clear()
print(t(3) == t(3) != t(4), log)
log.clear()
d = {}
d[t("k")] = t("v")
print(log)
log.clear()
t("a")[0:0] if False else None
lst2 = [0, 0]
i = 0
i, lst2[i] = 1, 9
print(lst2)
print(t("l") or t("r"), t("") and t("x"), log)
print(0x_ff if False else 0xff, 0o17, 0b1010, 1_000_000, 0x_1f, 1e3, 1_0.5e1_0, 0j, 1J, .5, 5.)
print(b"bytes\x00\n", rb"\d", Rb"\x", br"raw", u"uni", R"r\n", "imp" 'licit' """con""" "cat")
print(Ellipsis, ..., type(...).__name__, ... is Ellipsis, __debug__)
print(1 if True else 2, not 1, -(-3), ~5, 2 ** -1, -2 ** 2, (-2) ** 2, 7 // -2, -7 % 3, 7 % -3)
print(1 < 2 == 2, "a" in "abc" in ["abc"], x is not None, [] is not list())
