import types
from collections import ChainMap, OrderedDict

MP = types.MappingProxyType

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

d = {'x': 1, 'y': 2}
p = MP(d)
show("eq", lambda: p == d)
show("ne", lambda: p != {'x': 1})
show("lt", lambda: p < d)
show("repr", lambda: repr(p))
show("str", lambda: str(p))
show("len", lambda: len(p))
show("get", lambda: (p.get('x'), p.get('z'), p.get('z', 5)))
show("keys", lambda: list(p.keys()))
show("values", lambda: list(p.values()))
show("items", lambda: list(p.items()))
show("reversed", lambda: list(reversed(p)))
show("copy type", lambda: type(p.copy()).__name__)
d['z'] = 3
show("live", lambda: (len(p), p['z'], 'z' in p))
show("or", lambda: p | {'w': 4})
show("ror", lambda: {'w': 4} | p)
show("or proxy", lambda: p | MP({'q': 0}))
show("or int", lambda: p | 1)
def ior():
    q = p
    q |= {'a': 1}
    return q
show("ior", ior)
show("hash", lambda: hash(p))
show("setitem", lambda: p.__setitem__('a', 1))
show("int", lambda: MP(10))
show("tuple", lambda: MP(("a", "tuple")))
show("list", lambda: MP(["a", "list"]))
show("generic", lambda: MP[int])

class CustomDict(dict):
    def __getitem__(self, k):
        return 500
    def __contains__(self, k):
        return True
    def get(self, k, default=None):
        return 'got'
    def keys(self):
        return ['k1', 'k2']
    def copy(self):
        return 'copied'
c = MP(CustomDict(a=1))
show("custom getitem", lambda: c['anything'])
show("custom contains", lambda: 'nope' in c)
show("custom get", lambda: c.get('q'))
show("custom keys", lambda: c.keys())
show("custom copy", lambda: c.copy())

cm = ChainMap({'x': 1}, {'y': 2})
pc = MP(cm)
show("chainmap copy", lambda: type(pc.copy()).__name__)
show("chainmap items", lambda: sorted(pc.items()))
od = OrderedDict(a=1, b=2)
show("od reversed", lambda: list(reversed(MP(od))))
show("str mapping", lambda: MP("abc")[1])
class K:
    a = 1
show("class dict", lambda: (type(K.__dict__).__name__, K.__dict__['a'], 'a' in K.__dict__))
show("class dict set", lambda: K.__dict__.__setitem__('b', 2))
