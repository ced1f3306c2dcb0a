import traceback
src = '''
def init(self, a, b, c):
    self.a = a
    self.b = b
    self.c = c
    if c == 3:
        del b
    self.b2 = b
    self.z = c
'''
ns = {}
exec(src, ns)
class P: pass
p = P()
ns["init"](p, 1, 2, 4)
print(sorted(vars(p).items()))
try:
    ns["init"](P(), 1, 2, 3)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.lineno, f.name) for f in tb])
class Slot:
    __slots__ = ("a", "b")
try:
    ns["init"](Slot(), 1, 2, 4)
except AttributeError as e:
    print("AttributeError", e)
    print([(f.lineno, f.name) for f in traceback.extract_tb(e.__traceback__)])
class Hook:
    def __setattr__(self, k, v):
        print("set", k, v)
        if k == "c": raise KeyError(k)
try:
    ns["init"](Hook(), 1, 2, 4)
except KeyError as e:
    print("KeyError", e, [(f.lineno, f.name) for f in traceback.extract_tb(e.__traceback__)])
from dataclasses import dataclass, field
@dataclass
class D:
    x: int
    y: int = 2
    z: list = field(default_factory=list)
print(D(1), D(1, 3, [4]))
