x = float('nan')
print(x in [x], [x].count(x), [x].index(x))
print({x: 1}[x], x in {x}, (x,) == (x,), [x] == [x])
print(x in (x,), (x,).count(x), (x,).index(x))
print(x in {x: 2}, x in frozenset([x]), {x: 1}.get(x), {x: 1} == {x: 1}, {x} == {x})
d = {x: 1}; d[x] = 2; print(len(d), d[x]); del d[x]; print(d)
import collections
dq = collections.deque([x]); print(x in dq, dq.count(x))
l = [1, x]; l.remove(x); print(l)
print(x == x, x != x, x is x, [x] < [x], (x,) <= (x,), [x] != [x])
import operator, math
print(operator.contains([x], x), operator.countOf([x], x), operator.indexOf([x], x))
print(math.nan in [math.nan], math.nan is math.nan, [math.nan] == [math.nan])
print(x in iter([x]), x in (y for y in [x]), x in range(0) )
print({'a': x} == {'a': x}, [[x]] == [[x]], ((x, 1),) == ((x, 1),))
y = float('nan')
print(y == x, y != x)  # distinct NaNs: see float_identity.go (needs Is to use floatIs)
print(sorted([x, 1.0]) , max([x]))
class E:
    def __eq__(self, o):
        print("eq called")
        return False
e = E()
print(e in [e], [e].count(e), [e] == [e], e == e)
it = iter([1, x, 3].pop, x)
print(list(iter([3, x, 1].pop, x)))

# Identity of NaN objects (`is`): one object is itself, two NaNs are two objects.
n = float("nan")
m = float("nan")
print("is:", n is n, n is m, n is not m, [n][0] is n, (lambda v: v)(n) is n)
print("in:", n in [n], n in [m], n in (n,), n in {n: 1}, m in {n: 1})
