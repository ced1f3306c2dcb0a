"""Match statements run through exec(): literals (negative, complex, strings), value,
class, mapping (**rest), sequence (star), or/as patterns and guards."""
import collections

SRC = '''
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Color:
    RED = 1
    GREEN = 2

def classify(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex"
        case -1.5 - 2j:
            return "neg complex"
        case "a" "b":
            return "ab"
        case b"x":
            return "bytes"
        case Color.RED:
            return "red"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, y=0):
            return f"on x axis at {xx}"
        case {"kind": "circle", "r": r, **rest}:
            return f"circle {r} {sorted(rest.items())}"
        case {1: one}:
            return f"key one {one}"
        case [1, *mid, 9]:
            return f"1..9 {mid}"
        case (first, *_, last) if first == last:
            return f"same ends {first}"
        case [int() | float() as n, str(s)]:
            return f"num {n} str {s}"
        case [[a, b], [c, d]]:
            return f"matrix {a}{b}{c}{d}"
        case str() as s if len(s) > 3:
            return f"long {s}"
        case int(n) if n > 100:
            return f"big {n}"
        case {}:
            return "some mapping"
        case []:
            return "empty seq"
        case _:
            return "other"

for v in [None, True, -1, 1+2j, -1.5-2j, "ab", b"x", 1, Point(0, 0), Point(0, 5), Point(3, 0),
          Point(2, 2), {"kind": "circle", "r": 2, "c": 3}, {1: "x", 2: "y"}, [1, 2, 3, 9], (4, 5, 4),
          [2.5, "s"], [[1, 2], [3, 4]], "hello", 1000, {"z": 1}, [], (), 7, 2.5, "ab"]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", classify(v))

def star(v):
    match v:
        case [*_]:
            return "any seq"
    return "no"

print(star([1]), star("abc"), star(range(3)), star(collections.deque([1])))

def capture_order(v):
    match v:
        case [a, b] | [b, a, _]:
            return a, b
    return None

print(capture_order([1, 2]), capture_order([1, 2, 3]))

x = 0
match 5:
    case x if x > 10:
        print("no")
    case _:
        print("x rebound to", x)
'''
exec(compile(SRC, "<match>", "exec"), {"collections": collections})

for bad in [
    "class C:\n    __match_args__ = ('a',)\n    a = 1\nmatch C():\n    case C(1, 2):\n        pass\n",
    "class C:\n    __match_args__ = ['a']\nmatch C():\n    case C(1):\n        pass\n",
    "class C:\n    a = 1\nmatch C():\n    case C(1):\n        pass\n",
    "match 1:\n    case len(1):\n        pass\n",
    "class C:\n    __match_args__ = ('a',)\n    a = 1\nmatch C():\n    case C(1, a=1):\n        pass\n",
]:
    try:
        exec(bad, {})
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
