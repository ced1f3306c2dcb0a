# Classes nothing references any more are collected (their base classes
# hold them weakly, as CPython's tp_subclasses): weak references to them
# die, their callbacks run, and __subclasses__() forgets them.
import gc
import weakref
from collections import OrderedDict

events = []


class Base:
    pass


def make(name):
    return type(name, (Base,), {"x": 1})


A = make("A")
B = make("B")
ra = weakref.ref(A, lambda r: events.append("A went away"))
print([c.__name__ for c in Base.__subclasses__()])
A = None
gc.collect()
print(ra() is None, events)
print([c.__name__ for c in Base.__subclasses__()])

# A class statement in a function.
def local_class():
    class C(Base):
        def method(self):
            return 42
    return weakref.ref(C)


r = local_class()
gc.collect()
print(r())
print([c.__name__ for c in Base.__subclasses__()])


# A class in a cycle with its own attribute (issue 25935's shape).
class D:
    od = OrderedDict()


vars(D)["od"][D] = None
rd = weakref.ref(D)
del D
gc.collect()
print(rd())

# Still referenced: kept.
keep = [make("Kept%d" % i) for i in range(3)]
gc.collect()
print([c.__name__ for c in Base.__subclasses__()])
del keep[1]
gc.collect()
print([c.__name__ for c in Base.__subclasses__()])
print(B.x, issubclass(B, Base), B.__mro__[1] is Base)

# Classes created and dropped in a loop do not pile up.
for i in range(200):
    make("T%d" % i)
gc.collect()
print(len(Base.__subclasses__()))
print(int in object.__subclasses__(), dict in object.__subclasses__())
