import pickle
import copy


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


M = 2**63
cases = [(13,), (0, 11), (-22, 10), (20, 3, -1), (13, 21, 3), (-2, 2, 2)]
for m in (2**31, M):
    cases += [(m - 3, m - 1), (4 * m, 4 * m + 2), (m - 2, m - 1, 2), (-m + 1, -m, -2),
              (1, 2, m - 1), (-1, -2, -m), (1, m - 1, m - 1), (-1, -m, -m)]
for t in cases:
    r = range(*t)
    it = iter(r)
    print(t, len(r), list(r)[:3], type(it).__name__, it.__reduce__()[1:])
    for proto in (0, 2, 4):
        it = pickle.loads(pickle.dumps(iter(r), proto))
        first = list(it)
        it = pickle.loads(pickle.dumps(iter(r), proto))
        nxt = next(it, None)
        it2 = pickle.loads(pickle.dumps(it, proto))
        rest = list(it2)
        assert first == list(r) and rest == list(r)[1:], (t, proto)
    print("  reversed", list(reversed(r))[:3], r == pickle.loads(pickle.dumps(r)), hash(r) == hash(range(*t)))

big = range(10**20)
show("count", lambda: big.count(1))
show("index", lambda: big.index(10**19))
show("index miss", lambda: big.index(-1))
show("contains", lambda: 10**19 in big)
show("len", lambda: len(big))
show("bool", lambda: bool(big))
show("getitem", lambda: big[-1])
show("getitem big", lambda: big[10**25])
show("getitem neg", lambda: range(10)[-2**100])
show("slice", lambda: big[::-3])
show("slice2", lambda: big[10**19:-5:7])
show("slice3", lambda: range(10)[2**100:-2**100:-1])
show("slice4", lambda: list(range(0, 20, 3)[1:-1:2]))
show("reversed big", lambda: next(reversed(big)))
show("reversed minstep", lambda: list(reversed(range(0, -2**64, -M))))
show("eq", lambda: range(0, 10**20, 2)[::2] == range(0, 10**20, 4))
show("ne", lambda: range(5) != range(6))
show("lt", lambda: range(5) < range(6))
show("hash eq", lambda: hash(range(0, 10**20)) == hash(range(0, 10**20, 1)))
show("repr", lambda: repr(range(-M, M, 3)))
show("attrs", lambda: (range(-M, M, 3).start, range(-M, M, 3).stop, range(-M, M, 3).step))
show("reduce", lambda: range(1, 2, 3).__reduce__())
show("long len", lambda: len(range(-M, M)))
show("count float", lambda: range(5).count(3.0))
show("index float", lambda: range(5).index(3.0))
show("index float miss", lambda: range(5).index(7.0))
show("float key", lambda: range(5)[1.5])
show("str key", lambda: range(5)['a'])
show("zero step", lambda: range(1, 2, 0))
show("no args", lambda: range())
show("four args", lambda: range(1, 2, 3, 4))

it = iter(range(2**32 + 2))
print(it.__reduce__()[2])
it.__setstate__(2**32 + 1)
print(it.__reduce__()[2], next(pickle.loads(pickle.dumps(it))))
it = iter(range(3))
it.__setstate__(-5)
print(list(it))
it = iter(range(3))
it.__setstate__(10)
print(list(it), it.__reduce__())
it = iter(range(2**65, 2**65 + 2))
print(next(it), it.__reduce__()[1:], list(it), it.__reduce__()[1:])
import operator
print(operator.length_hint(iter(range(2**65, 2**65 + 5))), operator.length_hint(iter(range(7))))

# slices
for s in (slice(10, 20, 3), slice(None), slice(-2**70, 2**70, -5), slice(1, None, None)):
    print(s, s.indices(15), s.indices(10**30), s.__reduce__())
    t = pickle.loads(pickle.dumps(s))
    print(t == s, copy.copy(s) == s, copy.deepcopy(s) == s)
show("indices neg", lambda: slice(1).indices(-1))
show("indices float", lambda: slice(1).indices(1.5))
show("indices step0", lambda: slice(1, 2, 0).indices(5))
show("indices bad", lambda: slice('a').indices(5))
