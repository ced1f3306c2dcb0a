from collections import namedtuple


def tr(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p))
print(p._replace(x=5), p._asdict(), Point._fields, Point._make([3, 4]))
print(Point.x, Point.x.__doc__, type(Point.x).__name__)
x, y = p
print(x + y, p == (1, 2), hash(p) == hash((1, 2)))
tr("set", lambda: setattr(p, "x", 3))
tr("del", lambda: delattr(p, "x"))
tr("new", lambda: Point(1))
tr("rename", lambda: namedtuple("T", "a a")) 
T = namedtuple("T", "a def class", rename=True)
print(T._fields)
D = namedtuple("D", ["a", "b", "c"], defaults=[10, 20])
print(D(1), D(1, 2, 3), D._field_defaults)


class P3(namedtuple("P3", "x y z")):
    __slots__ = ()

    def norm(self):
        return abs(self.x) + abs(self.y) + abs(self.z)


q = P3(1, -2, 3)
print(q, q.norm(), q._replace(z=0))
Point.x.__doc__ = "the x"
print(Point.x.__doc__)
tr("getter", lambda: Point.x.__get__(5))
print(Point.x.__get__(None, Point) is Point.x)
