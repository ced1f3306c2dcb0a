l = []
for i in range(5):
    l.append(i * i)
print(l, l.pop(), l.pop(), l)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    l.append()
except TypeError as e:
    print("TypeError", e)
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 5), list(d.keys()), list(d.values()), list(d.items()))
try:
    d.get([])
except TypeError as e:
    print("TypeError", e)
print("-".join(["x", "y"]), ",".join(map(str, range(3))))
try:
    "-".join([1])
except TypeError as e:
    print("TypeError", e)
s = set()
s.add(3); s.add(3)
print(s)
class L(list):
    def append(self, x):
        print("my append", x)
        super().append(x)
ll = L()
ll.append(1)
print(ll)
class D(dict):
    def get(self, k):
        return "mine"
print(D().get(1))
import math
print(math.floor(2.5))
print(len([1, 2]), len("héllo"), abs(-3), abs(-2.5), isinstance(1, int), isinstance(1, (str, float)))
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
for bad in [lambda: len(5), lambda: abs("x"), lambda: isinstance(1, 2), lambda: next(it), lambda: iter(3), lambda: next([1])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __len__(self): return -1
try:
    len(C())
except ValueError as e:
    print("ValueError", e)
print(sorted([3, 1, 2]), sorted(["b", "a"]), sorted([2.5, 1.0]), sorted([1, 2.5, 0]), sorted([1, True, 0.5]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
