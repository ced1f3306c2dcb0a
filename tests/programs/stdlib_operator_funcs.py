import operator as op
from operator import itemgetter, attrgetter, methodcaller

class NS:
    pass
o = NS(); o.a = NS(); o.a.b = 5; o.c = "cc"
print(attrgetter("a.b")(o), attrgetter("c", "a.b")(o))
print(repr(attrgetter("a.b")), repr(attrgetter("x", "y")))
print(repr(itemgetter(1)), repr(itemgetter(1, "k")), repr(itemgetter(slice(1, 2))))
print(repr(methodcaller("split", ",", maxsplit=1)), repr(methodcaller("upper")))
print(methodcaller("split", ",", maxsplit=1)("a,b,c"))
print(itemgetter(0, 2)("abc"), itemgetter("k")({"k": 1}), itemgetter(slice(None, None, -1))([1, 2]))
try:
    attrgetter("zz")(o)
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    attrgetter(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    itemgetter(5)([1])
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    methodcaller()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    methodcaller(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    itemgetter()
except TypeError as ex:
    print(type(ex).__name__, ex)
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=itemgetter(1, 0)))
names = ["lt", "le", "eq", "ne", "ge", "gt", "add", "sub", "mul", "truediv", "floordiv", "mod", "pow",
         "lshift", "rshift", "and_", "or_", "xor", "concat", "contains", "countOf", "indexOf", "is_", "is_not"]
for n in names:
    f = getattr(op, n)
    a, b = (7, 2)
    if n in ("concat",):
        a, b = [1], [2]
    if n in ("contains", "countOf", "indexOf"):
        a, b = [1, 2, 2], 2
    print(n, f(a, b), getattr(op, "__%s__" % n.rstrip("_"), None) is f if n not in ("countOf", "indexOf", "is_", "is_not") else "")
for n in ["neg", "pos", "abs", "inv", "invert", "not_", "truth", "index"]:
    print(n, getattr(op, n)(-5))
print(op.matmul.__name__, op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(object(), 7))
try:
    op.index(1.5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    op.length_hint(object(), "x")
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    op.indexOf([1], 5)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    op.concat(1, 2)
except TypeError as ex:
    print(type(ex).__name__, ex)
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.getitem(l, -1))
x = [1]; y = op.iadd(x, [2]); print(x, y is x)
print(op.iadd(1, 2), op.isub(5, 1), op.imul("a", 3), op.ior({1}, {2}), op.ipow(2, 10), op.iconcat([1], (2,)))
class LH:
    def __length_hint__(self): return 42
class BadLH:
    def __length_hint__(self): return -1
print(op.length_hint(LH()))
try:
    op.length_hint(BadLH())
except ValueError as ex:
    print(type(ex).__name__, ex)
class Idx:
    def __index__(self): return 3
print(op.index(Idx()), [0, 1, 2, 3, 4][Idx()])
print(op.call(pow, 2, 5) if hasattr(op, "call") else 32)
print(op.attrgetter("real")(3), op.methodcaller("count", 1)([1, 1, 2]))
import pickle
print(pickle.loads(pickle.dumps(itemgetter(1)))([5, 6]), pickle.loads(pickle.dumps(attrgetter("a.b")))(o))
print(pickle.loads(pickle.dumps(methodcaller("upper")))("x"))
