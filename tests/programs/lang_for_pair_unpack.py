d = {"a": 1, "b": 2, "c": 3}
for k, v in d.items():
    print(k, v)
for i, x in enumerate("xyz", 5):
    print(i, x)
for [a, b] in [(1, 2), [3, 4], "ab", iter((5, 6))]:
    print(a, b)
for a, b in zip(range(3), "pqr"):
    print(a, b)
for k, v in reversed(d.items()):
    print(k, v)
class P:
    def __iter__(self):
        yield from [(1, 2), (3, 4)]
for a, b in P():
    print(a, b)
obj = type("O", (), {})()
for obj.x, obj.y in [(7, 8)]:
    print(obj.x, obj.y)
lst = [0, 0]
for lst[0], lst[1] in enumerate("q"):
    print(lst)
for cases in [[(1, 2, 3)], [(1,)], [5], [None]]:
    try:
        for a, b in cases:
            print(a, b)
    except Exception as e:
        print(type(e).__name__, e)
try:
    for k, v in d.items():
        d["z"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
big = enumerate("ab", 2**63 - 1)
for i, c in big:
    print(i, c)
