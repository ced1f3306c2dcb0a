import collections.abc
class Keys:
    KEY = "a"
    N = 1
for subj in [{"a": 0, "b": 1}, {}]:
    try:
        match subj:
            case {Keys.KEY: y, "a": z}:
                print("matched")
    except Exception as e:
        print(type(e).__name__, e)
try:
    match {1: 2}:
        case {Keys.N: 1, 1: 2}:
            pass
except Exception as e:
    print(type(e).__name__, e)

class Class:
    __match_args__ = ("a", "a")
    a = None
try:
    match Class():
        case Class(y, z):
            pass
except Exception as e:
    print(type(e).__name__, e)

class LogMap(collections.abc.Mapping):
    def __init__(self, d):
        self.d = d
        self.log = []
    def __getitem__(self, k):
        self.log.append(("getitem", k))
        return self.d[k]
    def __iter__(self):
        self.log.append("iter")
        return iter(self.d)
    def __len__(self):
        self.log.append("len")
        return len(self.d)
    def get(self, k, default=None):
        self.log.append(("get", k))
        return self.d.get(k, default)

for d in [{"a": 1, "b": 2}, {"a": 1}, {"b": 2}, {"a": 5, "b": 6, "c": 7}]:
    m = LogMap(d)
    match m:
        case {"a": 1, "b": bb}:
            r = ("ab", bb)
        case {"a": 5, **rest}:
            r = ("rest", sorted(rest.items()))
        case {}:
            r = "empty pattern"
    print(r, m.log)

def f(x):
    match x:
        case (a, 1) | (1, a):
            pass
        case {"k": b, "j": 2}:
            pass
        case [c, *d, 3]:
            pass
    out = locals()
    del out["x"]
    return sorted(out.items())
for x in [(5, 1), (1, 7), (2, 2), {"k": 1, "j": 3}, {"k": 1, "j": 2}, [1, 2, 4], [1, 2, 3]]:
    print(x, f(x))
