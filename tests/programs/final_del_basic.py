# __del__ runs when the last reference is dropped (del / = None) or at
# gc.collect() once unreachable; once per object (PEP 442).
import gc


class C:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


c = C("global del")
del c
print("after del global")
c = C("global none")
c = None
print("after none global")


def f():
    x = C("local del")
    del x
    print("after del local")
    y = C("local none")
    y = None
    print("after none local")
    z = C("kept")
    keep = [z]
    del z
    print("still referenced")
    keep = None
    gc.collect()
    print("after collect")


f()

# A subclass inherits __del__; super().__del__ chains.
class Base:
    def __del__(self):
        print("Base.__del__", type(self).__name__)


class Sub(Base):
    def __del__(self):
        print("Sub.__del__")
        super().__del__()


s = Sub()
del s
gc.collect()

# Resurrection: __del__ runs only once.
saved = []


class R:
    def __del__(self):
        print("R.__del__, finalized yet:", gc.is_finalized(self))
        saved.append(self)


r = R()
print("is_finalized before:", gc.is_finalized(r))
del r
gc.collect()
print("saved", len(saved), "finalized:", gc.is_finalized(saved[0]))
saved.clear()
gc.collect()
print("no second __del__")

# A class that gains __del__ after creation.
class G:
    pass


G.__del__ = lambda self: print("late __del__")
g = G()
del g
gc.collect()

# Objects only reachable from a cycle are finalized.
class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("Node.__del__", self.name)


a = [None]
b = [a, Node("in cycle")]
a[0] = b
del a, b
gc.collect()
print("gc.garbage:", gc.garbage)
print("end")
