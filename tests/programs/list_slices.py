# Slicing lists and tuples: reads, assignment (including size-changing and
# extended slices), deletion, and slice objects.


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)


base = list(range(10))
bounds = [None, -12, -10, -3, -1, 0, 1, 3, 9, 10, 12]
steps = [None, 1, 2, 3, -1, -2, -4]
out = []
for start in bounds:
    for stop in bounds:
        for step in steps:
            out.append(base[start:stop:step] == list(tuple(base)[start:stop:step]))
            s = slice(start, stop, step)
            out.append(len(base[s]))
print(out.count(True), sum(v for v in out if v is not True))
print(base[2:5], base[:3], base[7:], base[::3], base[::-1], base[-3:], base[8:2:-2], base[5:5], base[9:1])
t = tuple(base)
print(t[2:5], t[::-2], t[100:], t[:-100], t[:], t[:] is t, t[::1] is t)

# Assignment with step 1 (size may change).
def assign(start, stop, value, step=None):
    l = list(range(8))
    try:
        l[start:stop:step] = value
        print("l[%s:%s:%s] = %r ->" % (start, stop, step, value), l)
    except Exception as e:
        print("l[%s:%s:%s] = %r !" % (start, stop, step, value), type(e).__name__, e)


assign(2, 4, ["a", "b", "c", "d"])
assign(2, 6, ["x"])
assign(0, 0, [1, 2])
assign(8, 8, [9])
assign(100, 200, [9])
assign(-2, None, [])
assign(5, 2, ["mid"])
assign(None, None, "xyz")
assign(1, 3, range(3))
assign(1, 3, 5)
assign(1, 3, None)
assign(None, None, [], 1)
# Extended slices.
assign(None, None, "abcd", 2)
assign(None, None, "abc", 2)
assign(1, None, [0, 0, 0, 0], 2)
assign(None, None, range(8), -1)
assign(6, 1, ["p", "q", "r"], -2)
assign(6, 1, ["p"], -2)
assign(None, None, 5, 3)
assign(3, 3, [], 2)
assign(3, 3, [1], 2)
assign(5, 2, [], 2)
l = [1, 2, 3, 4]
l[1:3] = l
print(l)
l = [1, 2, 3, 4]
l[::-1] = l
print(l)
l = [1, 2, 3]
l[:] = (x * 2 for x in l)
print(l)

# Deletion.
def delete(start, stop, step=None):
    l = list(range(10))
    del l[start:stop:step]
    print("del [%s:%s:%s] ->" % (start, stop, step), l)


delete(2, 5)
delete(None, None, 2)
delete(1, None, 3)
delete(None, None, -3)
delete(8, 2, -2)
delete(5, 2)
delete(-3, None)
delete(None, None)
l = list(range(5))
del l[1]
del l[-1]
print(l)
attempt("del l[10]", lambda: l.__delitem__(10))
attempt("l[10] = 1", lambda: l.__setitem__(10, 1))
attempt("l['a']", lambda: l["a"])
attempt("l[1.0]", lambda: l[1.0])
attempt("l[::0]", lambda: l[::0])
attempt("l[::0] = []", lambda: l.__setitem__(slice(None, None, 0), []))
attempt("l['a':]", lambda: l["a":])
attempt("t['a']", lambda: t["a"])
attempt("t[20]", lambda: t[20])
attempt("t[0] = 1", lambda: t.__setitem__(0, 1))
attempt("s[1:2]", lambda: "hello"[1:4])


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(base[Idx(2)], base[Idx(1):Idx(-1):Idx(3)], t[Idx(-1)])
l = [0, 1, 2]
l[Idx(0)] = "z"
print(l)

# Slice objects.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), slice("a", [1], None))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-100, 100).indices(7), slice(3, 1, -1).indices(0))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3), slice(1) == 1)
attempt("slice hash", lambda: hash(slice(1)))
attempt("indices neg", lambda: slice(1).indices(-1))
attempt("indices step 0", lambda: slice(None, None, 0).indices(1))
attempt("slice()", lambda: slice())
attempt("slice kw", lambda: slice(1, stop=2))
print(repr(slice(1, 2, 3)), str(slice(None, -1)))
