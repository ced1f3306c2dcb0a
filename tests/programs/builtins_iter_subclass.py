import copy, pickle
class E(enumerate): pass
class Z(zip): pass
class M(map): pass
class F(filter): pass
class R(reversed): pass
e = E('abc', 5)
print(type(e).__name__, list(e))
print(list(Z([1,2],[3,4])), list(M(str, [1,2])), list(F(None, [0,1,2])), list(R((1,2,3))), type(R((1,2))).__name__, type(R([1,2])).__name__)
class R2(reversed):
    def __init__(self, seq, extra=None): self.extra = extra
r = R2((1,2), extra=3); print(r.extra, list(r))
try: R((1,2), x=1)
except Exception as e: print(type(e).__name__, e)
try: reversed((1,2), x=1)
except Exception as e: print(type(e).__name__, e)
e = E('abcd'); next(e)
c = copy.copy(e); print(type(c).__name__, list(c))
e = E('abcd'); next(e)
p = pickle.loads(pickle.dumps(e)); print(type(p).__name__, list(p))
try: enumerate.__new__(int, [])
except Exception as e: print(type(e).__name__, e)
try: enumerate.__next__(3)
except Exception as e: print(type(e).__name__, e)
print(E.__mro__)
for it in [iter(range(5)), reversed(range(10, 0, -3)), iter(range(0)), enumerate(range(3), 2)]:
    next(it, None)
    for proto in range(6):
        p = pickle.loads(pickle.dumps(it, proto))
        print(type(p).__name__, list(p))
    c = copy.copy(it); print(list(c)); print(list(it))
it = iter(range(10)); it.__setstate__(3); print(list(it))
it = iter(range(10)); it.__setstate__(30); print(list(it))
it = iter(range(10)); it.__setstate__(-3); print(list(it))
print(pickle.loads(pickle.dumps(range(2, 20, 3))), copy.deepcopy(range(5)), range(1, 10**20).__reduce__())
class Z2(zip):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a, **k)
z = Z2('ab', 'cd', strict=True); print(type(z).__name__, list(z))
try: list(Z2('ab', 'c', strict=True))
except Exception as e: print(type(e).__name__, e)
class M2(map):
    def __init__(self, *a, **k): pass
print(list(M2(abs, [-1, -2], foo=1)))
try: M(abs, [1], foo=1)
except Exception as e: print(type(e).__name__, e)
try: F(None, [1], foo=1)
except Exception as e: print(type(e).__name__, e)
e = E([1, 2]); print(isinstance(e, enumerate), iter(e) is e, next(e), e.__reduce__()[0].__name__)
