# `del name` / `name = None` run __del__ and close suspended generators
# before the next statement when that was the last reference, also after
# other drop sites of the same class kept dropping objects still referenced
# elsewhere (asyncio's Task.__step does `self = None` on every step).
import gc


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        if not self.name.startswith("kept"):
            print("del", self.name)


keep = []


def drop_referenced(n):
    # A site whose drops never free: the object stays in `keep`.
    for i in range(n):
        r = Res("kept%d" % i)
        keep.append(r)
        r = None


drop_referenced(200)
print("referenced drops done", len(keep))

# Another site, same class: the last reference goes, __del__ runs at once.
for i in range(3):
    x = Res("free%d" % i)
    x = None
    print("after x = None", i)

y = Res("deleted")
del y
print("after del y")


def method_drop():
    class Holder:
        def __init__(self):
            self.r = Res("attr")

        def release(self):
            r = self.r
            self.r = None
            del r
            print("after del r in method")

    Holder().release()


method_drop()


# Suspended generators with try/finally: closed at `del`, at `= None`, and
# when a for loop over the call breaks.
def gen(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print("finally", tag)


for k in range(3):
    g = gen("del%d" % k)
    print(next(g), next(g))
    del g
    print("after del g", k)

g = gen("none")
next(g)
g = None
print("after g = None")

for v in gen("loop"):
    if v == 2:
        break
print("after break")

# Many suspended generators made and finished, then one abandoned.
total = 0
for k in range(600):
    h = gen(None) if False else iter([k])
    total += next(h)
print("total", total)


def quiet():
    try:
        yield 1
        yield 2
    finally:
        pass


for k in range(600):
    q = quiet()
    next(q)
    next(q)
    q.close()
print("closed 600")


def abandon():
    a = gen("abandoned")
    next(a)
    return "returned"


# Abandoned when its function returns: CPython closes it at the return,
# Grumpy when the collector finds it; gc.collect() is the latest point.
r = abandon()
gc.collect()
print(r, "after gc.collect")

# A generator still referenced elsewhere is not closed by the drop.
shared = []
s = gen("shared")
next(s)
shared.append(s)
s = None
print("still shared", len(shared))
shared.clear()
gc.collect()
print("end")
keep.clear()
gc.collect()
print("done")
