# Pickling / copying of the itertools iterators (__reduce__/__setstate__ of CPython 3.11).
import copy
import pickle
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress,
                       count, cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations,
                       product, repeat, starmap, takewhile, tee, zip_longest)


def none_at_2(x, y):
    return None if y == 2 else y


def lt3(x):
    return x < 3


def tr(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def expand(it, i=0):
    if i > 10:
        raise RuntimeError("deep")
    if isinstance(it, str):
        return it
    try:
        l = list(islice(it, 8))
    except TypeError:
        return it
    return [expand(e, i + 1) for e in l]


def check(name, mk, take=1):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it = mk()
        i2 = pickle.loads(pickle.dumps(it, proto))
        same = type(i2) is type(it)
        a, b = expand(it), expand(i2)
        i3 = mk()
        for _ in range(take):
            try:
                next(i3)
            except StopIteration:
                break
        i4 = pickle.loads(pickle.dumps(i3, proto))
        c, d = expand(i3), expand(i4)
        if proto == 0:
            print(name, same, a == b, c == d, a, c)
        elif not (same and a == b and c == d):
            print(name, "proto", proto, "differs", a, b, c, d)
    for cp in (copy.copy, copy.deepcopy):
        it = mk()
        try:
            next(it)
        except StopIteration:
            pass
        c2 = cp(it)
        print(name, cp.__name__, expand(c2) == expand(it))


check("cycle", lambda: cycle('abc'), take=4)
check("accumulate", lambda: accumulate([1, 2, 3, 4]), take=2)
check("accumulate_init", lambda: accumulate([1, 2], initial=10), take=1)
check("accumulate_none", lambda: accumulate([None, 2, 3], none_at_2), take=2)
check("chain", lambda: chain('ab', 'cd', 'e'), take=3)
check("from_iterable", lambda: chain.from_iterable(['ab', 'cd']), take=1)
check("compress", lambda: compress('abcdef', [1, 0, 1, 0, 1, 1]))
check("dropwhile", lambda: dropwhile(lt3, range(6)), take=1)
check("takewhile", lambda: takewhile(lt3, range(6)), take=3)
check("filterfalse", lambda: filterfalse(None, [0, 1, 0, 2]))
check("starmap", lambda: starmap(pow, [(2, 3), (3, 2), (4, 1)]))
check("islice", lambda: islice(range(20), 2, 15, 3), take=2)
check("islice_stop", lambda: islice('abcdefg', 3), take=5)
check("zip_longest", lambda: zip_longest('abc', 'de', fillvalue='-'), take=2)
check("product", lambda: product('ab', 'xyz'), take=2)
check("product_rep", lambda: product(range(2), repeat=3), take=9)
check("permutations", lambda: permutations('abcd', 2), take=3)
check("permutations_r", lambda: permutations('abc', 5))
check("combinations", lambda: combinations('abcde', 3), take=4)
check("cwr", lambda: combinations_with_replacement('abc', 2), take=2)
check("count", lambda: count(3, 2), take=2)
check("repeat", lambda: repeat('x', 4), take=2)
check("groupby", lambda: groupby('aabbbc'), take=1)

# reduce shapes (type names only: iterators print their addresses)
def shape(it):
    r = it.__reduce__()
    return (r[0].__name__, [type(x).__name__ for x in r[1]], r[2:])

tr("cycle0", lambda: shape(cycle('ab')))
c = cycle('ab'); [next(c) for _ in range(3)]
tr("cycle3", lambda: shape(c))
tr("acc", lambda: shape(accumulate([1, 2])))
a = accumulate([1, 2]); next(a)
tr("acc1", lambda: shape(a))
tr("compress", lambda: shape(compress('a', [1])))
d = dropwhile(bool, [1, 0, 1]); next(d)
tr("dropwhile", lambda: shape(d))
g = groupby('aab'); k, grp = next(g)
tr("groupby", lambda: shape(g))
tr("grouper", lambda: shape(grp))
next(g)
tr("grouper_old", lambda: shape(grp))
tr("islice", lambda: shape(islice('abc', 1, None)))
e = islice('ab', 5); list(e)
tr("islice_done", lambda: shape(e))
tr("product0", lambda: shape(product('ab', 'c')))
p = product('ab', 'c'); next(p)
tr("product1", lambda: shape(p))
p = permutations('abc', 2); next(p)
tr("perm1", lambda: shape(p))
list(p)
tr("perm_done", lambda: shape(p))
cb = combinations('abc', 2); next(cb)
tr("comb1", lambda: shape(cb))
z = zip_longest('a', 'bc', fillvalue=1); next(z); next(z)
tr("zipl", lambda: shape(z))
t1, t2 = tee('abc'); next(t1)
tr("tee", lambda: (shape(t1)[0], shape(t1)[1], shape(t1)[2][0][1]))
td = t1.__reduce__()[2][0]
tr("teedata", lambda: shape(td))

# tee: long buffers span several links
t1, t2 = tee(range(200))
for _ in range(130):
    next(t1)
t3 = pickle.loads(pickle.dumps(t1))
t4 = pickle.loads(pickle.dumps(t2))
print("tee_long", list(t3)[:5], len(list(t4)), next(t1))
t5 = copy.deepcopy(t2)
print("tee_deep", list(islice(t5, 3)))

# __setstate__ errors and effects
cy = cycle('defg')
cy.__setstate__((list('abc'), 0))
print("cycle_state0", list(islice(cy, 12)))
cy = cycle('defg')
cy.__setstate__((list('abc'), 1))
print("cycle_state1", list(islice(cy, 12)))
tr("cyc_e1", lambda: cy.__setstate__([1]))
tr("cyc_e2", lambda: cy.__setstate__(([1],)))
tr("cyc_e3", lambda: cy.__setstate__(('ab', 1)))
tr("cyc_e4", lambda: cy.__setstate__(([1], 'x')))
ch = chain()
tr("ch_e1", lambda: ch.__setstate__(()))
tr("ch_e2", lambda: ch.__setstate__((1, 2, 3)))
tr("ch_e3", lambda: ch.__setstate__(([],)))
ch.__setstate__((iter(['xy', 'z']), iter('ab')))
print("chain_state", list(ch))
g = groupby('a')
tr("gb_e1", lambda: g.__setstate__((1, 2)))
tr("gb_e2", lambda: g.__setstate__(1))
t = tee('ab')[0]
tr("tee_e1", lambda: t.__setstate__((1, 2)))
tr("tee_e2", lambda: t.__setstate__((t.__reduce__()[2][0], 99)))
TD = type(t.__reduce__()[2][0])
tr("td_e1", lambda: TD(iter('a'), 'x', None))
tr("td_e2", lambda: TD(iter('a'), [1] * 58, None))
tr("td_e3", lambda: TD(iter('a'), [1], TD(iter(''), [], None)))
tr("td_e4", lambda: TD(iter('a'), [1] * 57, 5))
pm = permutations('abc')
tr("pm_e1", lambda: pm.__setstate__(1))
tr("pm_e2", lambda: pm.__setstate__((1,)))
tr("pm_e3", lambda: pm.__setstate__(([], ())))
tr("pm_e4", lambda: pm.__setstate__(((), ())))
tr("pm_e5", lambda: pm.__setstate__(((0, 1, 'x'), (1, 1, 1))))
pm.__setstate__(((2, 1, 0), (1, 1, 1)))
print("perm_state", list(pm))
pr = product('ab', 'c')
tr("pr_e1", lambda: pr.__setstate__((1,)))
tr("pr_e2", lambda: pr.__setstate__(('x', 'y')))
pr.__setstate__((1, 5))
print("product_state", list(pr))
pr = product('ab', 'cd')
pr.__setstate__((-3, 0))
print("product_state2", list(pr))
cb = combinations('abc', 2)
tr("cb_e1", lambda: cb.__setstate__((1,)))
cb.__setstate__((0, -1))
print("comb_state", list(cb))
cw = combinations_with_replacement('abc', 2)
cw.__setstate__((1, 9))
print("cwr_state", list(cw))
i = islice('abcdef', 1, None, 2)
tr("is_e1", lambda: i.__setstate__('x'))
i.__setstate__(3)
print("islice_state", list(i))
tw = takewhile(bool, [1, 2, 0, 3])
tw.__setstate__(1)
print("takewhile_state", list(tw))
dw = dropwhile(bool, [1, 2, 0, 3])
dw.__setstate__([1])
print("dropwhile_state", list(dw))
ac = accumulate([1, 2, 3])
ac.__setstate__(100)
print("accumulate_state", list(ac))

# old pickles of cycle (saved list shared with the iterator)
for data in [b'citertools\ncycle\n(c__builtin__\niter\n((lI1\naI2\naI3\natRI1\nbtR((lI1\naI0\ntb.',
             b'\x80\x02citertools\ncycle\nc__builtin__\niter\n]q\x00(K\x01K\x02K\x03e\x85RK\x01b\x85Rh\x00K\x01\x86b.']:
    print("cycle_compat", list(islice(pickle.loads(data), 10)))

# keyword arguments: refused unless a subclass overrides __init__
for cls, args in [(filterfalse, (None, [0, 1])), (chain, ([1], [2])), (islice, ([1, 2, 3], 1, 3)),
                  (takewhile, (bool, [1, 0])), (dropwhile, (bool, [1, 0])), (cycle, ([1, 2],)),
                  (starmap, (pow, [(2, 2)]))]:
    class Sub(cls):
        pass

    class SubInit(cls):
        def __init__(self, *a, newarg=None):
            self.newarg = newarg
    tr(cls.__name__, lambda: cls(*args, newarg=3))
    tr(cls.__name__ + "_sub", lambda: Sub(*args, newarg=3))
    u = SubInit(*args, newarg=3)
    print(cls.__name__ + "_init", type(u).__name__, list(islice(u, 3)), u.newarg)
