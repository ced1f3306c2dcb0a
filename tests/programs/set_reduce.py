import copy, pickle
s = {1, 2, 3}; f = frozenset({4, 5})
print(sorted(copy.deepcopy(s)), sorted(copy.copy(f)), type(copy.deepcopy(f)).__name__)
for p in range(6):
    print(sorted(pickle.loads(pickle.dumps(s, p))), sorted(pickle.loads(pickle.dumps(f, p))), type(pickle.loads(pickle.dumps(f, p))).__name__)
class S(set): pass
class FS(frozenset): pass
x = S([1]); x.a = 5
y = copy.deepcopy(x); print(type(y).__name__, sorted(y), y.a)
y = pickle.loads(pickle.dumps(x)); print(type(y).__name__, sorted(y), y.a)
y = pickle.loads(pickle.dumps(FS([2]))); print(type(y).__name__, sorted(y))
r = s.__reduce__(); print(r[0].__name__, sorted(r[1][0]), r[2])
r = f.__reduce__(); print(r[0].__name__, sorted(r[1][0]), r[2])
r = x.__reduce__(); print(r[0].__name__, sorted(r[1][0]), r[2])
class SS(set):
    __slots__ = ('q',)
print(SS([1]).__reduce__()[2])
try: set.__reduce__(1)
except Exception as e: print(type(e).__name__, e)
try: set().__reduce__(1)
except Exception as e: print(type(e).__name__, e)
print(copy.deepcopy({(1, 2), (3, 4)}) == {(1, 2), (3, 4)})
