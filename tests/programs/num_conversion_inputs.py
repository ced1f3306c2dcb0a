# int()/float() of buffer objects, float subclasses taking keywords,
# int.from_bytes/to_bytes argument handling.
from array import array


def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


show("int array", lambda: int(array("B", b"100")))
show("int array bad", lambda: int(array("B", b"A" * 16)))
show("int array base", lambda: int(array("B", b"100"), 2))
show("int memoryview", lambda: int(memoryview(b"1234")[1:3]))
show("int mv base", lambda: int(memoryview(b"101"), 2))
show("float array", lambda: float(array("B", b" 3.14  ")))
show("float array bad", lambda: float(array("B", b"AAA")))
show("float memoryview", lambda: float(memoryview(b"12.5")[1:4]))
show("float bytes bad", lambda: float(b"x1"))
show("float bytearray bad", lambda: float(bytearray(b"x1")))


class Plain(float):
    pass


class WithInit(float):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg


class WithNew(float):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self


show("float kw", lambda: float(x=1))
show("Plain kw", lambda: Plain(x=0))
show("Plain", lambda: Plain(2.5))
u = WithInit(2.5, newarg=3)
print(type(u).__name__, float(u), u.newarg)
u = WithNew(2.5, newarg=4)
print(type(u).__name__, float(u), u.newarg)
show("WithInit too many", lambda: WithInit(1, 2, 3))


class SubStr(str):
    pass


class ValidBytes:
    def __bytes__(self):
        return b"\x01\x02"


class InvalidBytes:
    def __bytes__(self):
        return "abc"


class RaisingBytes:
    def __bytes__(self):
        1 / 0


class BytesSub(bytes):
    def __bytes__(self):
        return b"\x05"


show("to_bytes substr", lambda: (258).to_bytes(2, SubStr("little")))
show("to_bytes 0", lambda: (0).to_bytes(0, SubStr("big")))
show("to_bytes bad order", lambda: (1).to_bytes(1, 1))
show("to_bytes bad order str", lambda: (1).to_bytes(1, "middle"))
show("from_bytes substr", lambda: int.from_bytes(b"\x01\x00", SubStr("little")))
show("from_bytes bad order", lambda: int.from_bytes(b"", 1))
show("from_bytes __bytes__", lambda: int.from_bytes(ValidBytes()))
show("from_bytes bad __bytes__", lambda: int.from_bytes(InvalidBytes()))
show("from_bytes raising", lambda: int.from_bytes(RaisingBytes()))
show("from_bytes sub __bytes__", lambda: int.from_bytes(BytesSub(b"\x01")))
show("from_bytes str", lambda: int.from_bytes("ab"))
show("from_bytes int", lambda: int.from_bytes(3))
show("from_bytes list", lambda: int.from_bytes([1, 2], "little"))
show("from_bytes array", lambda: int.from_bytes(array("B", [1, 2])))
