# weakref: proxies' in-place operators return the referent's result, a
# proxy to a non-iterator refuses next(), ref subclasses take keyword
# arguments in __init__, getweakrefs lists the plain ref first, and locks,
# RLocks, thread-locals and SimpleQueues accept weak references.
import _queue
import threading
import weakref


class C:
    def __floordiv__(self, other):
        return 42

    def __ifloordiv__(self, other):
        return 21

    def __matmul__(self, other):
        return 1729

    def __rmatmul__(self, other):
        return -163

    def __imatmul__(self, other):
        return 561

    def __add__(self, other):
        return "add"


o = C()
p = weakref.proxy(o)
print(p // 5, p @ 5, 5 @ p)
p //= 5
print(p)
p = weakref.proxy(o)
p @= 5
print(p)
p = weakref.proxy(o)
p += 1
print(p)

not_an_iterator = lambda: 0


class A:
    def __iter__(self):
        return weakref.proxy(not_an_iterator)


for f in (lambda: list(A()), lambda: next(weakref.proxy(not_an_iterator))):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)



class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n


it = It()
print(next(weakref.proxy(it)), list(weakref.proxy(it)))


class Object:
    def __init__(self, arg):
        self.arg = arg

    def __repr__(self):
        return "<Object %r>" % self.arg


class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, value=42):
        self.value = value
        super().__init__(ob, callback)

    def __call__(self):
        self.called = True
        return super().__call__()


ob = Object("foo")
mr = MyRef(ob, value=24)
print(mr() is ob, mr.called, mr.value)
for f in (lambda: weakref.ref(ob, foo=1), lambda: weakref.ref.__init__(mr, ob, x=1)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)


class PlainRef(weakref.ref):
    pass


ob = Object(42)
r1 = PlainRef(ob)
r2 = weakref.ref(ob)
print(r1 is not r2, weakref.getweakrefs(ob) == [r2, r1], weakref.getweakrefcount(ob))
r3 = PlainRef(ob)
refs = weakref.getweakrefs(ob)
print(len(refs), refs[0] is r2, r1 in refs[1:], r3 in refs[1:])
px = weakref.proxy(ob)
refs = weakref.getweakrefs(ob)
print(len(refs), refs[0] is r2, refs[1] is px)

for obj in (threading.Lock(), threading.RLock(), threading.local(), _queue.SimpleQueue()):
    r = weakref.ref(obj)
    print(type(obj).__name__, r() is obj)
