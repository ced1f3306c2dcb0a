# Call-argument unpacking errors (f(*x), f(**x), duplicate keywords) and
# errors assigning/deleting read-only attributes, exec'd and compiled.
import re
def S(e):
    return re.sub(r' at 0x[0-9a-f]+', ' at ADDR', str(e))
def f(*a, **k):
    return a, k
def g(x, y=2):
    return x, y
tests = [
    "f(*5)", "print(*5)", "f(**5)", "print(**5)", "f(*None)", "f(**[])", "f(**{'x': 1}, **{'x': 2})",
    "f(x=1, **{'x': 2})", "g(1, **{'x': 2})", "g(*5)", "g(**5)", "len(*5)", "len(**5)",
    "f(1, *5)", "f(*[1], *5)", "f(**{}, **5)", "f(a=1, **5)", "f(**{1: 2})", "g(**{1: 2})",
    "int(*5)", "int(**5)", "dict(**5)", "dict(*5)", "sorted(*5)", "max(**5)",
    "(lambda: 0)(*5)", "(lambda: 0)(**5)", "[].append(*5)", "[].append(**5)", "str.join(*5)",
    "type(*5)", "object(**5)", "f(*5, **5)", "f(**{'a': 1}, a=2)", "print(**{'sep': 1}, sep=2)",
    "(1).real = 5", "del (1).real", "len.x = 5", "del len.x", "None.x = 1", "del None.x",
    "(1).foo = 2", "'s'.upper = 1", "[].append = 1", "del [].append", "(1).__class__ = bool",
    "f.__code__ = 1", "object().x = 1", "len.__name__ = 'x'", "(1.5).real = 1", "True.real = 1",
    "(1j).imag = 2", "print.__self__ = 1", "type.__name__ = 'x'", "int.x = 1", "del int.x", "int.__name__ = 'q'",
    "(1,).count = 1", "range(3).start = 1", "del range(3).start", "slice(1).start = 2",
    "(x for x in []).gi_running = 1", "f.__globals__ = {}", "del f.__name__", "f.__name__ = 1",
]
class C:
    def m(self, *a, **k): pass
    @staticmethod
    def s(*a): pass
    @classmethod
    def c(cls, *a): pass
tests += ["C().m(*5)", "C.m(**5)", "C().s(*5)", "C.c(**5)", "C.m(C(), **{'a':1}, **{'a':2})", 
          "C(*5)", "C(**5)"]
class M:
    def keys(self): return ['a']
    def __getitem__(self, k): return 1
class BadKeys:
    def keys(self): return 5
tests += ["f(**M())", "f(**M(), **M())", "f(**BadKeys())"]
class BadIter:
    def __iter__(self): raise ValueError('boom')
tests += ["f(*BadIter())", "f(**{'a': 1}, **M())", "f(*BadIter(), **5)", "f(*5, a=1, **{'a': 2})",
          "f(**{1: 2}, **{1: 3})", "f(**{'a': 1}, **{1: 3})"]
class NoGetitem:
    def keys(self): return ['a']
tests += ["f(**NoGetitem())"]
class Slotted:
    __slots__ = ('v',)
    def m(self): pass
tests += ["Slotted().m = 1", "del Slotted().m", "Slotted().w = 1", "del Slotted().v", "Slotted().v = 1"]
import functools
p = functools.partial(f, 1)
tests += ["p(*5)", "p(**5)"]
for src in tests:
    try:
        exec(src)
        print(src, '-> ok')
    except Exception as e:
        print(src, '->', type(e).__name__, S(e))

# compiled (not eval'd) forms
def run(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, S(e))
run(lambda: f(*5))
run(lambda: print(*5))
run(lambda: f(**5))
run(lambda: g(1, **{'x': 2}))
run(lambda: f(**{'x': 1}, **{'x': 2}))
run(lambda: f(x=1, **{'x': 2}))
run(lambda: len(*5))
run(lambda: C().m(*5))
run(lambda: C().m(**5))
run(lambda: C(*5))
run(lambda: f(1, 2, *5))
run(lambda: f(*[1], *5))
run(lambda: f(**{}, **5))
run(lambda: f(**M(), **M()))
run(lambda: f(**BadKeys()))
run(lambda: f(**{1: 2}))
run(lambda: p(*5))
def setreal():
    (1).real = 5
def delreal():
    del (1).real
def setlen():
    len.x = 5
def delnone():
    del None.x
def setnone():
    None.x = 1
for fn in (setreal, delreal, setlen, delnone, setnone):
    run(fn)
def setslots():
    Slotted().m = 1
def delslots():
    del Slotted().m
def delappend():
    del [].append
def setfloat():
    (1.5).real = 2
def setcomplex():
    (1j).imag = 2
def setrange():
    range(3).stop = 1
def setglobals():
    f.__closure__ = None
for fn in (setslots, delslots, delappend, setfloat, setcomplex, setrange, setglobals):
    run(fn)
run(lambda: print(*5, **5))
run(lambda: print(*None))
run(lambda: f(*BadIter(), **5))
run(lambda: f(*BadIter()))
run(lambda: f(*(1, 2), **{'a': 1}))
run(lambda: f(*[3], a=1, **{'b': 2}))
run(lambda: f(**{'a': 1}, **NoGetitem()))
run(lambda: C().m(*(), **{'a': 1}, **{'a': 1}))
run(lambda: sorted(**{'key': None}, **{'key': None}))
run(lambda: [].append(**5))
