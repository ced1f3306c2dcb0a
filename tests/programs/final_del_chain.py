# A chain of objects with __del__ is finalized outermost first, by one
# gc.collect() or at the drop of its head; builtin subclasses too.
import gc

deleted = []


class D(dict):
    def __del__(self):
        deleted.append(self.i)


obj = None
for i in range(30):
    obj = D(x=obj)
    obj.i = i
del obj
gc.collect()
print(deleted)

deleted.clear()


class L(list):
    def __del__(self):
        deleted.append(self.i)


def build():
    head = None
    for i in range(10):
        head = L([head])
        head.i = i
    return head


h = build()
h = None
print(deleted)

deleted.clear()


class O:
    def __init__(self, i, nxt):
        self.i = i
        self.nxt = nxt

    def __del__(self):
        deleted.append(self.i)


o = None
for i in range(50):
    o = O(i, o)
del o
gc.collect()
print(deleted == list(range(49, -1, -1)), len(deleted))
