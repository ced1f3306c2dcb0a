"""Functions made by exec(): recycled frames, fixed-arity calls, attribute
sites, `is` tests and tuple-display comparisons (package interp)."""
import sys
import traceback
from dataclasses import dataclass, field

ns = {}
exec('''
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def unbound(first):
    if first:
        x = 1
        return x
    return x

def mk(v):
    def get():
        return v
    return get

def pair(a, b):
    return (a, b) == (b, a), (a, b) != (b, a)

def same(a, b):
    if a.__class__ is b.__class__:
        return 'same'
    return 'differ'

def div(a, b):
    q = a // b
    return q

def outer(a, b):
    return div(a, b) + 1

class C:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def bad(self):
        self.z = w
        w = 1

def gen(n):
    for i in range(n):
        yield i * i
''', ns)

print([ns['fib'](i) for i in range(15)])
print(ns['unbound'](True))
try:
    ns['unbound'](False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(ns['unbound'](True))
print([g() for g in [ns['mk'](i) for i in range(5)]])
print(ns['pair'](1, 1), ns['pair'](1, 2), ns['pair']('a', 'a'))
nan = float('nan')
print(ns['pair'](nan, nan))
print(ns['same'](1, 2), ns['same'](1, 'x'), ns['same'](ns['C'](1, 2), ns['C'](3, 4)))

c = ns['C'](1, 2)
print(c.x, c.y)
try:
    c.bad()
except UnboundLocalError as e:
    print(type(e).__name__, e, hasattr(c, 'z'))

# Tracebacks through exec'd frames, with the frames recycled between calls.
for args in [(7, 2), (1, 0), (9, 3), (2, 0)]:
    try:
        print('outer', ns['outer'](*args))
    except ZeroDivisionError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(type(e).__name__, e, [(f.name, f.lineno) for f in tb])

print(list(ns['gen'](4)), list(ns['gen'](2)))
g1, g2 = ns['gen'](3), ns['gen'](3)
print(next(g1), next(g2), next(g1), list(g2), list(g1))

# Argument errors through the fixed-arity and generic entries.
for call in [lambda: ns['pair'](1), lambda: ns['pair'](1, 2, 3), lambda: ns['C'](1),
             lambda: ns['C'](1, 2, z=3), lambda: ns['div'](b=1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(ns['div'](b=3, a=10), ns['C'](y=5, x=6).y)

# Comparisons whose items raise or return odd values.
class Bad:
    def __eq__(self, o):
        raise ValueError('no eq')

class Odd:
    def __eq__(self, o):
        return []

try:
    ns['pair'](Bad(), 1)
except ValueError as e:
    print(type(e).__name__, e)
b = Bad()
print(ns['pair'](b, b), ns['pair'](Odd(), Odd()))

# Classes that change how __class__ or attribute stores behave.
class FakeClass:
    @property
    def __class__(self):
        return int

class Logged:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __setattr__(self, k, v):
        self.log.append(k)
        object.__setattr__(self, k, v)

print(ns['same'](FakeClass(), 3), ns['same'](FakeClass(), 'x'))
exec('''
def setter(o, a, b):
    o.a = a
    o.b = b
    return o
''', ns)
lg = ns['setter'](Logged(), 1, 2)
print(lg.log, lg.a, lg.b)
print(ns['setter'](c, 5, 6).a, c.b)


@dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = 'b'


ps = [Point(i % 3, i % 2) for i in range(6)]
print(ps[0], ps[0] == Point(0, 0), ps[0] == Point(0, 0, ['t']), ps[1] != ps[4])
print(sorted(ps)[:3], ps[0] < ps[1], ps[2] >= ps[5])
print(ps[0] == (0, 0), Point(1) == Point(1, 0))
f = Frozen(1)
print(f, f == Frozen(1, 'b'), hash(f) == hash(Frozen(1)))
try:
    f.a = 2
except Exception as e:
    print(type(e).__name__, e)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
same = 0
ref = Point(1, 2)
for i in range(2000):
    if Point(i & 1, 2) == ref:
        same += 1
print(same)
sys.stdout.flush()

# Global and builtin reads in exec'd functions see every rebinding.
import builtins
gl = {}
exec('''
def read():
    try:
        return zz_probe
    except NameError as e:
        return str(e)
def count():
    return counter
''', gl)
print(gl['read']())
builtins.zz_probe = 'builtin'
print(gl['read']())
gl['zz_probe'] = 'global'
print(gl['read']())
del gl['zz_probe']
builtins.zz_probe = 'builtin2'
print(gl['read']())
del builtins.zz_probe
print(gl['read']())
for i in range(3):
    gl['counter'] = i
    print(gl['count'](), end=' ')
print()

# Calls with up to three positional arguments (fixed-arity entries and
# method inline caches).
exec('''
class K:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def add(self, a):
        return self.v + a
    def add2(self, a, b):
        return self.v + a + b
    @classmethod
    def make(cls, v):
        return cls(v * 10)
    @staticmethod
    def st(a, b):
        return a - b
    def __getattr__(self, name):
        return lambda *a: (name, a)

def calls(k):
    out = [k.get(), k.add(1), k.add2(1, 2), k.make(2).get(), k.st(5, 3), k.missing(), k.other(1, 2)]
    lst = []
    lst.append(3)
    lst.insert(0, 1)
    out.append(lst)
    out.append(max(3, 9, 4))
    out.append(divmod(17, 5))
    out.append(len(lst))
    out.append(K(7).get())
    out.append("-".join(["a", "b"]))
    return out

def shadow(k):
    k.get = lambda: 'instance'
    r = k.get()
    del k.get
    return r, k.get()

def bad(k):
    return k.add()

def bad2(f):
    return f(1, 2, 3)
''', ns)
K = ns['K']
print(ns['calls'](K(1)))
print(ns['shadow'](K(2)))
for f, a in [(ns['bad'], K(1)), (ns['bad2'], lambda: 0), (ns['bad2'], len)]:
    try:
        f(a)
    except TypeError as e:
        print(type(e).__name__, e)
