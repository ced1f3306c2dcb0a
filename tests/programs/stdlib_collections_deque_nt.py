from collections import deque, namedtuple, UserDict, UserList, UserString

d = deque([1, 2, 3], maxlen=5)
d.extend([4, 5, 6])
print(d, d.maxlen)
d.appendleft(0); print(d)
d.extendleft([9, 8]); print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.index(9), d.count(8))
try:
    d.index(42)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    d.index(9, 0, 1)
except ValueError as ex:
    print(type(ex).__name__, ex)
d2 = deque()
for m in ("pop", "popleft"):
    try:
        getattr(d2, m)()
    except IndexError as ex:
        print(type(ex).__name__, ex)
try:
    d2.remove(1)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    d2[0]
except IndexError as ex:
    print(type(ex).__name__, ex)
d3 = deque("abcdef")
d3.insert(2, "X"); print(d3)
d3.remove("X"); del d3[0]; print(d3, d3[-1], d3[1])
d3.reverse(); print(d3)
print(d3 + deque("z"), d3 * 2, deque("ab") == deque("ab"), deque("ab") < deque("b"))
dm = deque([1, 2], maxlen=2)
try:
    dm.insert(0, 5)
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    deque(maxlen=-1)
except ValueError as ex:
    print(type(ex).__name__, ex)
print(repr(deque([], maxlen=0)), repr(deque([1], maxlen=3)))
dz = deque([1, 2, 3], 0); dz.append(4); print(dz)
d4 = deque(range(5)); d4.clear(); print(d4, bool(d4))
dd = deque([1, 2, 3])
try:
    for x in dd:
        dd.append(x)
except RuntimeError as ex:
    print(type(ex).__name__, ex)
print(dd.copy(), 3 in dd, list(reversed(dd)))
try:
    hash(deque())
except TypeError as ex:
    print(type(ex).__name__, ex)

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], Point._fields, p._asdict())
print(p._replace(x=10), Point._make([5, 6]))
try:
    p._replace(z=1)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    Point._make([1])
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    Point(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    Point(1, 2, 3)
except TypeError as ex:
    print(type(ex).__name__, ex)
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(5), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple("R", "abc def abc _x", rename=True)
print(R._fields)
for bad in [("1x", "a"), ("R", "a a"), ("R", "_a"), ("R", "class"), ("def", "a")]:
    try:
        namedtuple(*bad)
    except ValueError as ex:
        print(type(ex).__name__, ex)
try:
    p.x = 5
except AttributeError as ex:
    print(type(ex).__name__, ex)
print(P3.__doc__, Point.x.__doc__)
M = namedtuple("M", "a b", module="mymod")
print(M.__module__, M.__name__, M.__qualname__)
class Sub(namedtuple("Base", "u v")):
    __slots__ = ()
    def norm(self):
        return self.u + self.v
s = Sub(3, 4); print(s, s.norm(), isinstance(s, tuple))
x, y = p; print(x, y, p == (1, 2), hash(p) == hash((1, 2)))
print(Point(*range(2)), p.count(1), p.index(2))

ud = UserDict(a=1)
ud["b"] = 2
print(ud, ud.data, len(ud), "a" in ud, ud.get("c", 3))
class LUD(UserDict):
    def __missing__(self, key):
        return key * 2
print(LUD()["ab"])
try:
    UserDict()["q"]
except KeyError as ex:
    print(type(ex).__name__, ex)
print(ud | {"z": 0}, type(ud.copy()).__name__)
ul = UserList([3, 1, 2])
ul.sort(); ul.append(9); print(ul, ul[1:], type(ul[1:]).__name__, ul + [1], ul * 2)
print(ul.pop(), ul.index(2), ul == [1, 2, 3], ul < [5])
us = UserString("Hello")
print(us.upper(), us + "!", us[1:3], type(us.lower()).__name__, len(us), "ell" in us, us * 2)
print(us.split("l"), us.replace("l", "L"), us == "Hello", repr(us))
