from collections import deque
import copy


def tr(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend([4, 5])
d.extendleft([0, -1])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.reverse()
print(d, d.count(2), d.index(2))
d.insert(2, "x")
d.remove("x")
print(d)
del d[0]
d[0] = 99
print(d, list(reversed(d)))
d.clear()
print(d, bool(d))

# maxlen
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
b.appendleft(-1)
print(b)
b.extend("ab")
print(b)
b.extendleft("cd")
print(b)
print(deque([1, 2], 3) * 3, deque([1, 2]) * 2, 2 * deque([7]))
z = deque([1, 2, 3], 0)
z.append(5)
print(z)
m = deque([1, 2, 3], 4)
m *= 3
print(m)
m += [7, 8]
print(m)
print(deque("abc") + deque("de"))

# comparisons and copies
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) < deque([1, 0]))
print(deque([3]) > deque([2, 9]), deque() <= deque(), deque([1]) != deque([2]))
c = deque([[1], [2]], 5)
c2 = c.copy()
c3 = copy.copy(c)
c4 = copy.deepcopy(c)
c[0].append(9)
print(c2, c3, c4, c2.maxlen)

# rotation of a full ring and big rotations
r = deque(range(8))
for k in (1, 3, -2, 8, 17, -100, 0):
    r.rotate(k)
    print(k, list(r))

# self-reference and subclass
s = deque([1])
s.append(s)
print(s)


class MyDeque(deque):
    def total(self):
        return sum(self)


md = MyDeque([1, 2, 3], maxlen=4)
md.extra = "attr"
print(md, md.total(), md.extra, type(md.copy()).__name__, md.copy())
print(isinstance(md, deque), MyDeque.__mro__[1].__name__)

# iteration and mutation
it = iter(deque([1, 2, 3]))
print(next(it), it.__length_hint__())
e = deque([1, 2, 3])


def mutate():
    for x in e:
        e.append(x)


tr("mutate", mutate)
rv = reversed(deque("xyz"))
print(list(rv))

# errors
tr("pop", lambda: deque().pop())
tr("popleft", lambda: deque().popleft())
tr("index", lambda: deque([1])[5])
tr("setitem", lambda: deque([1]).__setitem__(3, 0))
tr("remove", lambda: deque([1]).remove(2))
tr("indexof", lambda: deque([1, 2, 3]).index(3, 0, 2))
tr("full", lambda: deque([1], 1).insert(0, 2))
tr("maxlen", lambda: deque(maxlen=-1))
tr("maxlen type", lambda: deque([], "x"))
tr("args", lambda: deque([], 1, 2))
tr("kw", lambda: deque(foo=1))
tr("concat", lambda: deque() + [1])
tr("mul", lambda: deque() * "a")
tr("key", lambda: deque([1])["a"])
tr("slice", lambda: deque([1])[0:1])
tr("noiter", lambda: deque(5))
tr("append", lambda: deque().append())
tr("insert", lambda: deque().insert(1))
tr("rotate", lambda: deque().rotate(1, 2))
tr("rotate type", lambda: deque([1]).rotate("a"))
tr("setmaxlen", lambda: setattr(deque(), "maxlen", 3))
tr("count", lambda: deque().count())
tr("hash", lambda: hash(deque()))
print(deque.__name__, deque.__module__, deque.__hash__, type(iter(deque())).__name__)
print(deque([1, 2], 5).__reduce__()[:3], MyDeque([3]).__reduce__()[:3])
