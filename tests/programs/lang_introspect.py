from __future__ import annotations
# Introspection: globals/locals/vars/dir, __dict__ of modules/classes/instances,
# sys._getframe, type() building classes, annotations as strings under the future import.
import sys

MODULE_CONST = 1
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

def who(depth=1):
    f = sys._getframe(depth)
    return f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno

def caller():
    x = 1
    return who(), who(2), sys._getframe().f_back.f_code.co_name, sorted(sys._getframe().f_locals)
print(caller())
def frames():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def wrapper(): return frames()
print(wrapper())
print(sys._getframe().f_globals is globals(), sys._getframe().f_code.co_name)
err(lambda: sys._getframe(100))
err(lambda: sys._getframe("x"))
def local_snapshot():
    a = 1
    snap = locals()
    b = 2
    snap2 = locals()
    return sorted(snap), sorted(snap2), snap is snap2
print(local_snapshot())
def locals_not_writeback():
    v = 1
    locals()["v"] = 2
    return v
print(locals_not_writeback())
def closure_locals():
    outer_v = 5
    def inner():
        return sorted(locals()), outer_v
    return inner()
print(closure_locals())
class C:
    cls_attr = 1
    loc = sorted(k for k in locals() if not k.startswith("__"))
    def method(self) -> C:
        return self
    def __init__(self):
        self.inst = 2
print(C.loc, vars(C()) , C().__dict__)
print(sorted(k for k in vars(C) if not k.startswith("__")))
print([n for n in dir(C()) if not n.startswith("__")], "__init__" in dir(C))
print("MODULE_CONST" in globals(), "MODULE_CONST" in dir(), globals()["MODULE_CONST"])
globals()["DYNAMIC"] = 7
print(DYNAMIC)
mod = sys.modules[__name__]
print(mod.__dict__ is globals(), mod.__name__, vars(mod) is globals())
print(sorted(dir(sys.modules["__main__"]))[:3])
def dir_local():
    a = b = 1
    return dir()
print(dir_local())
print(dir(None)[:3], type(dir(int)).__name__, "__add__" in dir(int), sorted(dir(type("E", (), {})))[:2])
class WithDir:
    def __dir__(self): return ["z", "a", "m"]
print(dir(WithDir()))
class BadDir:
    def __dir__(self): return 5
err(lambda: dir(BadDir()))

Point = type("Point", (), {"x": 0, "norm": lambda self: abs(self.x), "__repr__": lambda self: f"Point(x={self.x})"})
p = Point(); p.x = -3
print(p, p.norm(), Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__)
Sub = type("Sub", (Point,), {"__slots__": ()})
print(Sub.__mro__ == (Sub, Point, object), Sub().norm())
print(callable(Point), callable(p), callable(p.norm), callable(len), callable("s"))

def annotated(a: int, b: list[str] = None) -> dict[str, int]:
    x: float = 1.0
    return {}
print(annotated.__annotations__)
class Ann:
    field: int
    other: "Optional[str]" = None
    nested: list[Ann]
print(Ann.__annotations__, "__annotations__" in Ann.__dict__)
v: int = 5
w: undefined_name_is_fine
print(__annotations__)
import typing
print(typing.get_type_hints(annotated))
print(annotated.__code__.co_varnames, annotated.__defaults__)
def star_args(*args: int, **kw: str): pass
print(star_args.__annotations__)
lam = lambda q: q
print(lam.__name__, lam.__qualname__, lam.__annotations__, lam.__code__.co_varnames)
def make_nested():
    def nested(): pass
    class Local: 
        def m(self): pass
    return nested, Local
n, L = make_nested()
print(n.__qualname__, L.__qualname__, L.m.__qualname__, L.__module__)
print(type(sys._getframe()).__name__, type(sys._getframe().f_code).__name__)
print(C.method.__annotations__)
