class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, [b.__name__ for b in bases], sorted(kw.items()))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        pass
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw.items()))
        return {}
kw = {"metaclass": M, "x": 1}
class A(**kw): pass
print(type(A).__name__)
bases = (A,)
class B(*bases, y=2, **{"z": 3}): pass
print(type(B).__name__, B.__mro__[1].__name__)
class C(*[], **{}): pass
print(C.__bases__)
for bad in [1, [1], {1: 2}]:
    try:
        class D(**bad): pass
    except Exception as e:
        print(type(e).__name__, e)
try:
    class D(*1): pass
except Exception as e:
    print(type(e).__name__, e)
try:
    class D(x=1, **{"x": 2}): pass
except Exception as e:
    print(type(e).__name__, e)
try:
    class D(metaclass=M, **{"metaclass": M}): pass
except Exception as e:
    print(type(e).__name__, e)
class E(A, **{"metaclass": M}, q=5): pass
