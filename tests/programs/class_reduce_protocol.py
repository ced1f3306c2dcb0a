# object.__reduce_ex__ / __reduce__ / __getstate__ and the copyreg protocol.
import copy, copyreg, pickle

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)

def show(r):
    f = r[0]
    return (f.__name__,) + tuple(r[1:])

o = object()
print(show(o.__reduce__()), show(o.__reduce_ex__(0)), show(o.__reduce_ex__(2)))
attempt("reduce-arg", lambda: o.__reduce__(0))
attempt("reduce_ex-noarg", lambda: o.__reduce_ex__())
attempt("reduce_ex-none", lambda: o.__reduce_ex__(None))
print(o.__getstate__(), object.__getstate__(o))

args = (-101, "spam")
kwargs = {'bacon': -201, 'fish': -301}
class C1:
    def __getnewargs__(self):
        return args
    def __repr__(self): return "C1"
c = C1()
for proto in range(6):
    print(proto, show(c.__reduce_ex__(proto)))
c.cheese = -401
for proto in range(6):
    print(proto, show(c.__reduce_ex__(proto)))

class C2:
    def __getnewargs__(self):
        return "bad"
attempt("bad-newargs", lambda: C2().__reduce_ex__(2))

class C3:
    def __getnewargs_ex__(self):
        return (args, kwargs)
for proto in (2, 4):
    print(proto, show(C3().__reduce_ex__(proto)))
class C4:
    def __getnewargs_ex__(self):
        return (args, {})
print(show(C4().__reduce_ex__(2)))
for bad in ("x", (1,), (1, {}), ((), 1)):
    class C5:
        def __getnewargs_ex__(self, bad=bad):
            return bad
    attempt("bad-ex", lambda: C5().__reduce_ex__(2))

class Picky:
    def __getstate__(self):
        return {}
    def __getattr__(self, attr):
        if attr in ("__getnewargs__", "__getnewargs_ex__"):
            raise AssertionError(attr)
        return None
for proto in range(6):
    print(proto, show(Picky().__reduce_ex__(proto)))

class S(str): pass
class A:
    __slotnames__ = [S('spam')]
    def __getattr__(self, attr):
        if attr == 'spam':
            A.__slotnames__[:] = [S('spam')]
            return 42
        raise AttributeError
print(show(A().__reduce_ex__(2)))

class Sl:
    __slots__ = ('a', 'b')
s = Sl(); s.a = 1
print(show(s.__reduce_ex__(2)), s.__getstate__(), Sl.__slotnames__)
attempt("slots-proto1", lambda: s.__reduce_ex__(1))

class WithNew:
    def __new__(cls, *args, **kw):
        self = super().__new__(cls)
        self.args, self.kw = args, kw
        return self
    def __getnewargs_ex__(self):
        return (self.args, self.kw)
w = WithNew(1, 2, z=3)
w2 = copy.copy(w)
w3 = copy.deepcopy(w)
print(w2.args, w2.kw, w3.args, w3.kw)
w4 = pickle.loads(pickle.dumps(w, 4))
print(w4.args, w4.kw)

class L(list): pass
l = L([1, 2]); l.x = 1
r = l.__reduce_ex__(2)
print(r[0].__name__, r[1][0].__name__, r[2], list(r[3]), r[4])
class D(dict): pass
d = D(a=1)
r = d.__reduce_ex__(2)
print(r[0].__name__, r[2], r[3], list(r[4]))

print(int.__flags__ & (1 << 9), C1.__flags__ & (1 << 9) != 0, bool(int.__flags__ & (1 << 24)), bool(C1.__flags__ & (1 << 10)))
