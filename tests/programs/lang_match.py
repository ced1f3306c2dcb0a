def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case "hello":
            return "greeting"
        case str() as s:
            return "string of %d" % len(s)
        case []:
            return "empty list"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a} {b}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"k": v, **others}:
            return f"k={v} others={sorted(others)}"
        case None:
            return "none"
        case True:
            return "unreachable: True == 1"
        case _:
            return "other"

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point():
            return "somewhere"
        case (a, b):
            return f"tuple {a} {b}"
    return "not a point"

for v in [0, 2, -5, 7, 2.5, "hello", "abc", [], [1], [1, 2], [1, 2, 3, 4], (9, 8, 7),
          {"type": "point", "x": 1, "y": 2}, {"k": 1, "z": 2, "a": 3}, None, {"other": 1}, b"x"]:
    print(repr(v), "->", describe(v))
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), (1, 2), "xy"]:
    print(where(p))
match (1, [2, 3]):
    case (x, [y, z]) if x + y + z == 6:
        print("nested", x, y, z)
color = "red"
match color:
    case "blue" | "green":
        print("cool")
    case other:
        print("captured", other)
