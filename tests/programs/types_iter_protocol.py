import operator
exprs = """next(iter([]), 5)
next(5)
next(iter([]))
iter(5)
iter(5, 1)
iter(len, 1, 2)
reversed(5)
type(reversed({})).__name__
type(reversed({1: 2}.keys())).__name__
list(reversed({1: 2, 3: 4}.items()))
reversed(iter([]))
list(zip([1, 2], [3], strict=True))
list(zip([1], [3, 4], strict=True))
list(zip([1], [3], [5, 6], strict=True))
zip(1)
list(zip())
list(map(None, []))
map(len)
list(map(lambda a, b: a + b, [1, 2], [3]))
filter(None)
list(filter(None, [0, 1, '', 'a']))
enumerate([], start='a')
list(enumerate('ab', start=2**70))
list(enumerate('ab', -1))
enumerate()
sum([[1], [2]], [])
sum(['a'], '')
sum([1.5, 2], start=1)
sum(x for x in range(5))
min([])
min([], default=3)
min(1)
max(1, 2, key=lambda x: -x)
max([1, 2], default=0, key=None)
max(1, 2, default=0)
min((x for x in []), default=None)
sorted([3, 1], reverse=1)
sorted()
sorted([1], key=1)
all([])
any(5)
iter([]).__reduce__()
type(iter(range(3))).__name__
type(reversed([])).__name__
type(reversed(range(3))).__name__
type(iter({}.items())).__name__
type(zip()).__name__
type(iter('')).__name__
type(iter(())).__name__
iter([1, 2]).__setstate__(1)
operator.length_hint(zip([1, 2], [3]))
list(reversed(range(10, 0, -3)))
next(reversed([]))
callable(iter([]))
iter(object())
len(iter([]))
it = iter([1]); it is iter(it)
""".strip().splitlines()
for e in exprs:
    try:
        print(e, '->', eval(e) if not e.startswith('it =') else exec(e))
    except Exception as ex:
        print(e, '!!', type(ex).__name__, ex)
it = iter([1, 2, 3]); next(it)
print(it.__reduce__()[1:], list(it), it.__reduce__()[1:])
r = reversed([1, 2, 3]); next(r)
print(r.__reduce__()[1:])
import copy, pickle
e = enumerate('abc'); next(e)
red = e.__reduce__(); print(red[0] is enumerate, type(red[1][0]).__name__, red[1][1], list(red[0](*red[1])))
z = zip([1, 2], 'ab', strict=True); red = z.__reduce__(); print(red[0] is zip, len(red[1]), red[2:])
z2 = zip(*red[1]); z2.__setstate__(True); print(list(z2))
m = map(abs, [-1, -2]); red = m.__reduce__(); print(red[0] is map, red[1][0] is abs, list(red[0](*red[1])))
f = filter(None, [0, 1]); red = f.__reduce__(); print(red[0] is filter, red[1][0], list(red[0](*red[1])))
f = filter(bool, [0, 1]); red = f.__reduce__(); print(red[1][0])
class S:
    def __len__(self): return 3
    def __getitem__(self, i): return 'xyz'[i]
r = reversed(S()); next(r); red = r.__reduce__(); print(red[0] is reversed, type(red[1][0]).__name__, red[2:])
r.__setstate__(5); print(list(r), r.__reduce__()[1:])
print(copy.copy(enumerate('ab')).__class__.__name__ if False else '')
for s in ['a', 1.5, 2**70, -5, 99, True]:
    try:
        it = iter([1, 2, 3]); it.__setstate__(s); print(list(it))
    except Exception as e:
        print(type(e).__name__, e)
for seq in [(1, 2, 3), 'abc', 'äbc', [1, 2, 3]]:
    it = iter(seq); next(it)
    red = it.__reduce__()
    print(type(it).__name__, red[0] is iter, red[1:])
    it2 = red[0](*red[1]); it2.__setstate__(red[2]); print(list(it2))
    list(it); print(it.__reduce__()[1:])
    it3 = iter(seq); it3.__setstate__(-3); print(list(it3))
r = reversed([1, 2, 3])
r.__setstate__(1); print(list(r), r.__reduce__()[0] is iter, r.__reduce__()[1:])
r = reversed([1, 2, 3]); r.__setstate__(10); print(list(r))
r = reversed([1, 2, 3]); r.__setstate__(-10); print(list(r))

it = iter([1, 2, 3]); next(it)
print(list(copy.copy(it)), list(it))
