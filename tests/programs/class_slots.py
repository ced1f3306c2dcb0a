# __slots__.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, Point.__slots__, type(Point.x).__name__, repr(Point.x))
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "y"), hasattr(p, "x"))


class Point3(Point):
    __slots__ = ("z",)


q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z)


class WithDict(Point):
    pass


w = WithDict(1, 2)
w.extra = 5
print(w.extra, w.__dict__)


class SlotDict:
    __slots__ = ("a", "__dict__")


s = SlotDict()
s.a = 1
s.b = 2
print(s.a, s.b, s.__dict__)


class Single:
    __slots__ = "only"


o = Single()
o.only = "yes"
print(o.only, Single.__slots__)

try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)

try:
    class Bad2:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)


class Empty:
    __slots__ = ()


try:
    Empty().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)

# member descriptors work through the class
Point.x.__set__(p, 99)
print(Point.x.__get__(p, Point), Point.x.__name__, Point.x.__objclass__.__name__)
