# dict.fromkeys and set() reuse stored hashes (no second __hash__ call);
# dict.update notices a source mutated by a key's __eq__.
class HashCountingInt(int):
    def __init__(self, *args):
        self.hash_count = 0
    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)

n = 10
d = dict.fromkeys(map(HashCountingInt, range(n)))
print(sum(e.hash_count for e in d))
for thetype in (set, frozenset):
    s = thetype(d)
    print("ctor", sum(e.hash_count for e in d))
    s.difference(d)
    print("difference", sum(e.hash_count for e in d))
    if hasattr(s, 'symmetric_difference_update'):
        s.symmetric_difference_update(d)
    print("sdu", sum(e.hash_count for e in d))
d2 = dict.fromkeys(set(d))
print("fromkeys set", sum(e.hash_count for e in d))
d3 = dict.fromkeys(frozenset(d), 123)
print("fromkeys fs", sum(e.hash_count for e in d))
print(d3 == dict.fromkeys(d, 123))

m = {}.keys().mapping
print(type(m).__name__, m == {}, {1: 2}.items().mapping == {1: 2})

class Foo:
    def __init__(self, msg):
        self.msg = msg
f = Foo('123')
class _str(str):
    pass
try:
    print(getattr(f, _str('msg')), f.__dict__[_str('msg')])
except Exception as e:
    print(type(e).__name__, e)

class X:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        other.clear()
        return False
l = [(i, 0) for i in range(1, 1337)]
other = dict(l)
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
    print("no error")
except RuntimeError as e:
    print(type(e).__name__, e)
