# bytearray.__reduce_ex__ carries the object's state as __getstate__ gives
# it (the dict and the __slots__ values), so copy and pickle of a bytearray
# subclass with slots keep them.
import copy
import pickle


class B(bytearray):
    __slots__ = ("x", "y", "__dict__")


class C(bytearray):
    pass


class D(bytearray):
    def __getstate__(self):
        return "ST"

    def __setstate__(self, st):
        self.restored = st


a = B(b"abcd")
a.x = 10
a.z = B(b"efgh")
print(a.__reduce_ex__(2)[2], a.__reduce_ex__(4)[2])
for m in (copy.copy, copy.deepcopy):
    b = m(a)
    print(type(b).__name__, b, b.x, b.z, type(b.z).__name__, hasattr(b, "y"))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    b = pickle.loads(pickle.dumps(a, proto))
    print(proto, b == a, b.x, b.z, hasattr(b, "y"))
print(bytearray(b"ab").__reduce_ex__(2), C(b"x").__reduce_ex__(2))
c = C(b"x")
c.q = 1
print(c.__reduce_ex__(3), D(b"x").__reduce_ex__(4), copy.copy(D(b"y")).restored)
print(B().__reduce_ex__(2))
