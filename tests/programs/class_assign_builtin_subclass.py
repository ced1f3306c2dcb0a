# __class__ assignment between subclasses of the same mutable builtin
# (list, dict, set), and the errors for builtins and other layouts.
class WackyComparator(int):
    def __lt__(self, other):
        elem.__class__ = WackyList2
        return int.__lt__(self, other)

class WackyList1(list):
    pass

class WackyList2(list):
    def __lt__(self, other):
        raise ValueError

L = [WackyList1([WackyComparator(i), i]) for i in range(10)]
elem = L[-1]
try:
    L.sort()
except ValueError:
    print("ValueError 1")
L = [WackyList1([WackyComparator(i), i]) for i in range(10)]
elem = L[-1]
try:
    [(x,) for x in L].sort()
except ValueError:
    print("ValueError 2")

class D1(dict): pass
class D2(dict):
    def hello(self): return "D2 " + str(len(self))
class S1(set): pass
class L3(list):
    __slots__ = ('a',)
d = D1(a=1)
d.__class__ = D2
print(type(d).__name__, d.hello(), d)
for obj, cls in (([], WackyList1), (D1(), list), (WackyList1(), L3), (WackyList1(), D2), (S1(), frozenset), (WackyList1(), dict)):
    try:
        obj.__class__ = cls
        print("ok", type(obj).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
s = S1([1])
class S2(set): pass
s.__class__ = S2
print(type(s).__name__, s)
