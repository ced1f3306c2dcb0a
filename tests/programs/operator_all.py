import operator as op
from _operator import _compare_digest


def tr(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 1), op.ge(1, 2), op.gt(3, 2))
print(op.add(1, 2), op.sub(5, 2), op.mul(3, 4), op.truediv(1, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.lshift(1, 3), op.rshift(8, 1), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3))
print(op.neg(3), op.pos(-3), op.inv(5), op.invert(5), op.abs(-2), op.index(True), op.not_(0), op.truth([1]))
print(op.is_(None, None), op.is_not(1, None), op.concat([1], [2]), op.contains("abc", "b"))
print(op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.getitem({1: 2}, 1), op.length_hint([1, 2]))
print(op.length_hint(object(), 7), op.call(len, "abc"), op.matmul.__name__)
l = [1, 2, 3]
op.setitem(l, 0, 9)
op.delitem(l, 1)
print(l, op.iadd(l, [4]), l, op.iconcat([1], (2,)), op.imul([0], 2), op.isub(5, 1), op.ipow(2, 3))
x = 5
x = op.iand(x, 3)
print(x, op.ior(1, 2), op.ixor(3, 1), op.ilshift(1, 2), op.irshift(8, 2), op.imod(9, 4), op.itruediv(1, 4), op.ifloordiv(9, 2))
print(op.__add__(1, 2), op.__not__(1), op.__getitem__("ab", 1))

g = op.itemgetter(1)
g2 = op.itemgetter(0, 2)
print(g("abc"), g2("abc"), g, g2, g.__reduce__())
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=op.itemgetter(1)))


class Rec:
    def __init__(self):
        self.name = "rec"
        self.sub = self

    def greet(self, who, punct="!"):
        return "hi " + who + punct


r = Rec()
a = op.attrgetter("name")
a2 = op.attrgetter("name", "sub.sub.name")
print(a(r), a2(r), a, a2, a2.__reduce__())
m = op.methodcaller("greet", "bob", punct="?")
print(m(r), m, op.methodcaller("upper")("x"), op.methodcaller("split", ",")("a,b"))
print(op.methodcaller("greet", "z").__reduce__())
tr("itemgetter0", lambda: op.itemgetter())
tr("itemgetter call", lambda: g())
tr("attrgetter", lambda: op.attrgetter(1))
tr("attrgetter miss", lambda: op.attrgetter("nope")(r))
tr("methodcaller", lambda: op.methodcaller())
tr("methodcaller name", lambda: op.methodcaller(1))
tr("add args", lambda: op.add(1))
tr("abs args", lambda: op.abs())
tr("not args", lambda: op.not_(1, 2))
tr("concat", lambda: op.concat(1, 2))
tr("indexOf", lambda: op.indexOf([1], 2))
tr("index", lambda: op.index(1.5))
tr("length_hint", lambda: op.length_hint(1, "a"))
tr("setitem", lambda: op.setitem([1], 0))
tr("call", lambda: op.call())
tr("add types", lambda: op.add(1, "a"))
tr("lt types", lambda: op.lt(1, "a"))


class H:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        return self.v


print(op.length_hint(H(3)), op.length_hint(H(NotImplemented), 9))
tr("hint neg", lambda: op.length_hint(H(-1)))
tr("hint type", lambda: op.length_hint(H("x")))
print(_compare_digest("abc", "abc"), _compare_digest(b"ab", b"ac"))
tr("digest", lambda: _compare_digest("a", b"a"))
tr("digest2", lambda: _compare_digest(1, 1))
tr("digest3", lambda: _compare_digest("\xe9", "\xe9"))
print(type(g).__name__, type(g).__module__)
