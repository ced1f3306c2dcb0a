# Rich comparisons, fallbacks, __hash__ = None, __bool__/__len__, __index__, __missing__,
# __contains__ fallbacks, __getitem__ iteration, __call__, __format__.
import functools
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("A.eq", end=" ")
        return NotImplemented
    def __lt__(self, o):
        print("A.lt", end=" ")
        return NotImplemented
class B:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        print("B.gt", end=" ")
        return True
    def __eq__(self, o):
        print("B.eq", end=" ")
        return NotImplemented
print(A(1) < B(2))
print(A(1) == B(2))
print(A(1) != A(1))
a = A(1)
print(a == a, a != a)
err(lambda: A(1) < A(2))
err(lambda: A(1) <= A(2))
err(lambda: A(1) > 3)
err(lambda: 3 >= A(1))
err(lambda: [1] < (1,))
err(lambda: {} < {})
err(lambda: 1 < "a")
err(lambda: None > None)
err(lambda: object() < object())
err(lambda: sorted([3, "a", 1]))
err(lambda: max(1, "a"))
err(lambda: [A(1)] < [A(2)])
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", [1] == [1.0])

class Sub(A):
    def __gt__(self, o):
        print("Sub.gt", end=" ")
        return "sub-reflected"
print(A(1) < Sub(2))

@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(T(1) <= T(2), T(3) >= T(2), T(1) > T(2))

class OnlyEq:
    def __eq__(self, o): return True
print(OnlyEq.__hash__)
err(lambda: hash(OnlyEq()))
err(lambda: {OnlyEq()})
err(lambda: {OnlyEq(): 1})
class HashNone:
    __hash__ = None
err(lambda: hash(HashNone()))
class EqHash(OnlyEq):
    def __hash__(self): return 42
print(hash(EqHash()))
class BigHash:
    def __hash__(self): return 2**70
print(hash(BigHash()) == hash(2**70))
class BadHash:
    def __hash__(self): return "x"
err(lambda: hash(BadHash()))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))

class Bl:
    def __init__(self, b, n=None): self.b, self.n = b, n
    def __bool__(self): return self.b
class Ln:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(Bl(True)), bool(Bl(False)), bool(Ln(0)), bool(Ln(3)), not Ln(0))
err(lambda: bool(Bl(1)))
err(lambda: bool(Ln(-1)))
err(lambda: len(Ln(-1)))
err(lambda: len(Ln(2**70)))
err(lambda: len(Ln("x")))
err(lambda: len(5))
class LenBool:
    def __len__(self): return True
print(len(LenBool()))

class Idx:
    def __init__(self, i): self.i = i
    def __index__(self): return self.i
print([10, 20, 30][Idx(1)], "abc"[Idx(-1)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(list(range(Idx(3))), [0, 1, 2, 3, 4][Idx(1):Idx(3)], (1, 2) * Idx(2))
print(int.__index__(7), operator_index := __import__("operator").index(Idx(9)))
err(lambda: [1][Idx("x")])
one_list, x_key, abc_str = [1], "x", "ab"
err(lambda: one_list[x_key])
err(lambda: one_list[1.0 + 0])
err(lambda: abc_str[None])
err(lambda: range(1.5))
err(lambda: bin(1.5))
err(lambda: [1, 2][::0])

class Dm(dict):
    def __missing__(self, k):
        return k * 2
d = Dm(a=1)
print(d["a"], d["bb"], d.get("zz"), "bb" in d)
class Dd(dict):
    pass
err(lambda: Dd()["x"])

class It:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(It()), 10 in It(), 5 in It(), [x for x in It()])
class Cont:
    def __contains__(self, x): return x == "yes"
print("yes" in Cont(), "no" in Cont(), "no" not in Cont())
class ContIter:
    def __iter__(self): return iter([1, 2, 3])
print(2 in ContIter(), 4 in ContIter())
err(lambda: 1 in 5)
err(lambda: iter(5))
err(lambda: 1 in A(1))
class NotIt:
    __iter__ = None
err(lambda: iter(NotIt()))
class ContTruth:
    def __contains__(self, x): return [1]
print(1 in ContTruth())

class Cl:
    def __call__(self, *a, **k): return ("called", a, k)
print(Cl()(1, x=2), callable(Cl()), callable(Cl), callable(1))
err(lambda: A(1)())
five = 5
err(lambda: five())
s_obj = "s"
err(lambda: s_obj())

class F:
    def __format__(self, spec): return f"F<{spec}>"
print(format(F(), "xy"), f"{F():>10}", "{:abc}".format(F()), f"{F()!r:>5}"[:3])
class NF: pass
err(lambda: format(NF(), "x"))
err(lambda: f"{NF():>5}")
print(format(NF(), "")[:4])
class BadF:
    def __format__(self, s): return 1
err(lambda: format(BadF()))
err(lambda: format(1, "q"))
err(lambda: format("s", "d"))
err(lambda: format(1.5, "d"))
