# Comparisons of self-referential and deeply nested containers raise
# RecursionError "... in comparison" instead of recursing without end.
import sys


def show(name, f):
    try:
        r = f()
    except Exception as e:
        print(name, type(e).__name__, e)
    else:
        print(name, "->", r)


x = {}
x["foo"] = x
y = {}
y["foo"] = y
show("dict ==", lambda: x == y)
show("dict !=", lambda: x != y)
show("dict == self", lambda: x == x)
show("dict <", lambda: x < y)
a = []
a.append(a)
b = []
b.append(b)
show("list ==", lambda: a == b)
show("list !=", lambda: a != b)
show("list <", lambda: a < b)
show("list >=", lambda: a >= b)
show("list == self", lambda: a == a)
show("list in", lambda: a in [b])
show("list in self", lambda: a in [a])
show("list index", lambda: [b].index(a))
show("list count", lambda: [b, b].count(a))
show("dict values", lambda: {1: x} == {1: y})
show("set of tuples", lambda: {(1, 2)} == {(1, 2)})

limit = sys.getrecursionlimit()
p = q = None
p, q = [], []
for i in range(limit + 50):
    p, q = [p], [q]
show("deep lists ==", lambda: p == q)
show("deep lists <", lambda: p < q)
show("deep lists identical", lambda: p == p)
tp, tq = (), ()
for i in range(limit + 50):
    tp, tq = (tp, i), (tq, i)
show("deep tuples ==", lambda: tp == tq)
show("deep tuples <=", lambda: tp <= tq)
show("deep tuple hash equal", lambda: hash(tp) == hash(tq))
dp, dq = {}, {}
for i in range(limit + 50):
    dp, dq = {"k": dp}, {"k": dq}
show("deep dicts ==", lambda: dp == dq)

# Shallow nesting is fine, and the depth is unwound after each error.
sp, sq = [], []
for i in range(limit // 4):
    sp, sq = [sp], [sq]
show("shallow ==", lambda: sp == sq)
show("shallow <", lambda: sp < sq)
show("sort", lambda: sorted([[3, [1]], [1, [2]], [2, [0]]]))
