# range objects: construction, len, indexing, slicing, reversed, index,
# count, equality, hashing, bool, repr, membership.


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)


for r in (range(5), range(2, 9), range(10, 0, -3), range(0), range(5, 2), range(-5, 5, 4), range(0, -10, -2), range(3, 4)):
    print(r, repr(r), len(r), list(r), list(reversed(r)), bool(r), r.start, r.stop, r.step)
r = range(1, 20, 3)
print(r[0], r[-1], r[2], r[2:5], r[::-1], r[::2], r[-2:], r[5:1:-1], r[100:], list(r[1::3]))
print(7 in r, 8 in r, 19 in r, 20 in r, -2 in r, 7.0 in r, "a" in r, True in range(2), 1 in range(0))
print(r.index(7), r.count(7), r.count(8), r.count(7.0), range(5).index(True), range(3).count(1.0))
print(range(0) == range(5, 2), range(1, 10, 3) == range(1, 11, 3), range(1, 10, 3) == range(1, 9, 3), range(2) == [0, 1])
print(range(0, 1, 5) == range(0, 1, 7), range(5) != range(6), range(3) == range(0, 3, 1))
print(hash(range(5)) == hash(range(0, 5)), hash(range(1, 2, 5)) == hash(range(1, 3, 7)), hash(range(5)), hash(range(1, 10, 2)))
print({range(3): "x"}[range(0, 3)], range(3) in {range(0, 3, 1)})
print(list(range(-3)), list(range(2, -2, -1)), sum(range(100)), max(range(7)), min(range(3, 9)), sorted(range(5), reverse=True))
print(list(zip(range(3), range(10, 0, -1))), list(enumerate(range(2, 4))), dict.fromkeys(range(3)))
it = iter(range(3))
print(type(it).__name__, next(it), list(it), type(reversed(range(1))).__name__)
total = 0
for i in range(10):
    total += i
for i in range(10, 0, -2):
    total += i
for i in range(3, 6):
    total *= i
print(total)
n = 0
for i in range(5):
    if i == 3:
        break
    n += i
else:
    n = -1
print(n)

attempt("index missing", lambda: range(3).index(5))
attempt("index bool missing", lambda: range(1, 3).index(False))
attempt("index str", lambda: range(3).index("a"))
attempt("getitem out", lambda: range(3)[3])
attempt("getitem str", lambda: range(3)["a"])
attempt("step zero", lambda: range(1, 2, 0))
attempt("float", lambda: range(1.5))
attempt("no args", lambda: range())
attempt("too many", lambda: range(1, 2, 3, 4))
attempt("kw", lambda: range(stop=3))
attempt("lt", lambda: range(3) < range(4))
attempt("slice step zero", lambda: range(3)[::0])


class I:
    def __index__(self):
        return 4


print(range(I()), range(1, I()), range(10)[I()], list(range(0, 10, I())))
