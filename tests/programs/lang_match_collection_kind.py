"""A class matches sequence or mapping patterns by the collection kind of the
first class in its MRO that has one (CPython's Py_TPFLAGS_SEQUENCE/MAPPING,
inherited in MRO order; ABC.register() overrides it)."""
import collections, collections.abc, array
def seq_then_map(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
    return "none"
def map_then_seq(x):
    match x:
        case {}:
            return "map"
        case [*_]:
            return "seq"
    return "none"
class C:
    pass
class M1(collections.UserDict, collections.abc.Sequence): pass
class M2(C, collections.UserDict, collections.abc.Sequence): pass
class M3(collections.UserDict, C, list): pass
class M4(dict, collections.abc.Sequence, C): pass
class S1(collections.UserList, collections.abc.Mapping): pass
class S2(C, collections.UserList, collections.abc.Mapping): pass
class S3(list, C, collections.abc.Mapping): pass
class S4(collections.UserList, dict, C): pass
class X(str, collections.abc.Sequence): pass
class Y(str): pass
class R: pass
collections.abc.Sequence.register(R)
class R2(list): pass
collections.abc.Mapping.register(R2)
for cls in [M1, M2, M3, M4, S1, S2, S3, S4, X, Y, R, R2]:
    o = cls() if cls not in (X, Y) else cls("ab")
    print(cls.__name__, seq_then_map(o), map_then_seq(o))
for o in ["s", b"b", bytearray(b"x"), array.array("i"), collections.deque(), memoryview(b"ab"), range(2), {}.keys(), collections.OrderedDict(), collections.defaultdict(int), type.__dict__]:
    print(type(o).__name__, seq_then_map(o), map_then_seq(o))

class MyABCSeq(collections.abc.Sequence):
    def __getitem__(self, i):
        raise IndexError
    def __len__(self):
        return 0
class Late: pass
class LateSub(Late): pass
print("before", seq_then_map(Late()), seq_then_map(LateSub()))
collections.abc.Mapping.register(Late)
print("after", seq_then_map(Late()), seq_then_map(LateSub()), map_then_seq(MyABCSeq()))
class L2(list): pass
collections.abc.MutableMapping.register(L2)
print("override", seq_then_map(L2()))
