import types
import typing
import pickle

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

T = typing.TypeVar('T')
K = typing.TypeVar('K')
show("chain", lambda: (list[T] | int)[str])
show("chain2", lambda: (dict[K, T] | list[T])[int, str])
show("typevar", lambda: (T | int)[str])
show("optional", lambda: (T | None)[int])
show("params", lambda: (list[T] | int).__parameters__)
show("not generic", lambda: (int | str)[int])
show("too many", lambda: (list[T] | int)[int, str])
show("too few", lambda: (dict[K, T] | int)[int])
show("module", lambda: (int | str).__module__)
show("type module", lambda: types.UnionType.__module__)
show("dedup", lambda: list[int] | list[int] | int)
show("dedup eq", lambda: repr(list[int] | list[str] | dict[float, str] | list[int]))

class BadType(type):
    def __eq__(self, other):
        return 1 / 0
bt = BadType('bt', (), {})
show("bad eq", lambda: list[int] | list[bt])
show("bad eq id", lambda: repr(list[bt] | int))

class M(type):
    pass
class N(type, metaclass=M):
    pass
show("type1", lambda: type(5))
show("type2", lambda: type(1, 2))
show("type kw", lambda: type(5, x=1))
show("M(5)", lambda: M(5))
show("N(5)", lambda: N(5))
show("M(1,2)", lambda: M(1, 2))
show("type.__new__", lambda: type.__new__(type, 5))
show("type.__new__0", lambda: type.__new__(type))
show("type.__new__4", lambda: type.__new__(type, 'a', (), {}, 5))
show("M3", lambda: M('X', (), {}).__name__)

class BadMeta:
    @classmethod
    def __prepare__(*args):
        return None
def bad():
    class Bar(metaclass=BadMeta()):
        pass
show("prepare", bad)
class BadMeta2(type):
    @classmethod
    def __prepare__(*args):
        return None
def bad2():
    class Bar(metaclass=BadMeta2):
        pass
show("prepare2", bad2)

show("itemsize", lambda: (tuple.__itemsize__, int.__itemsize__, bytes.__itemsize__, str.__itemsize__, object.__itemsize__, type.__itemsize__, bool.__itemsize__))
class I(int):
    pass
show("itemsize sub", lambda: I.__itemsize__)

ns = types.SimpleNamespace(a=1, b='x')
show("ns reduce", lambda: ns.__reduce__())
show("ns reduce_ex", lambda: ns.__reduce_ex__(0))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    show("ns pickle %d" % proto, lambda: pickle.loads(pickle.dumps(ns, proto)))
