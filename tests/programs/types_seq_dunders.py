import operator

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class L(list): pass
class T(tuple): pass
class R:
    def __radd__(self, o): return ('radd', type(o).__name__)
    def __rmul__(self, o): return ('rmul', type(o).__name__)
class LR(list):
    def __radd__(self, o): return 'LR.radd'
class TA(tuple):
    def __add__(self, o): return 'TA.add'

for label, f in [
    ('list.__add__ tuple', lambda: [].__add__(())),
    ('list + tuple', lambda: [] + ()),
    ('list.__add__ list', lambda: [1].__add__([2])),
    ('list.__add__ L', lambda: [1].__add__(L([2]))),
    ('list.__add__ int', lambda: [].__add__(1)),
    ('list.__add__ R', lambda: [].__add__(R())),
    ('list + R', lambda: [] + R()),
    ('tuple + R', lambda: () + R()),
    ('list * R', lambda: [] * R()),
    ('L + tuple', lambda: L() + ()),
    ('L + L', lambda: L([1]) + L([2])),
    ('tuple + LR', lambda: () + LR()),
    ('LR + tuple', lambda: LR() + ()),
    ('list + LR', lambda: [1] + LR([2])),
    ('TA + list', lambda: TA() + []),
    ('tuple + TA', lambda: (1,) + TA((2,))),
    ('tuple.__add__ list', lambda: ().__add__([])),
    ('tuple + list', lambda: () + []),
    ('tuple.__add__ T', lambda: (1,).__add__(T((2,)))),
    ('T.__add__ tuple', lambda: T((1,)).__add__((2,))),
    ('tuple.__add__ str', lambda: (1,).__add__('ab')),
    ('str.__add__ int', lambda: ''.__add__(1)),
    ('str + int', lambda: '' + 1),
    ('str.__add__ bytes', lambda: 'a'.__add__(b'b')),
    ('bytes.__add__ str', lambda: b''.__add__('')),
    ('bytes + str', lambda: b'' + ''),
    ('bytes + bytearray', lambda: b'a' + bytearray(b'b')),
    ('bytearray.__add__ int', lambda: bytearray().__add__(1)),
    ('list.__iadd__ tuple', lambda: [].__iadd__((1,))),
    ('list.__iadd__ int', lambda: [].__iadd__(1)),
    ('list * list', lambda: [] * []),
    ('list * str', lambda: [1] * 'a'),
    ('tuple * float', lambda: () * 1.5),
    ('list.__rmul__', lambda: [1].__rmul__(2)),
    ('list.__eq__ tuple', lambda: [1].__eq__((1,))),
    ('tuple.__lt__ list', lambda: (1,).__lt__([1])),
    ('list < tuple', lambda: [1] < (1,)),
]:
    show(label, f)

l = []
try:
    l += 5
except TypeError as e:
    print('l += 5', e)
l += (1, 2)
l += 'ab'
print(l)
t = (1,)
try:
    t += [2]
except TypeError as e:
    print('t += list', e)
try:
    l *= 'x'
except TypeError as e:
    print('l *= x', e)

# length hints
def lh(label, f):
    show(label, f)
lh('list it', lambda: operator.length_hint(iter([1, 2, 3])))
lh('list it dunder', lambda: iter([1, 2, 3]).__length_hint__())
it = iter([1, 2, 3]); next(it)
lh('list it advanced', lambda: (it.__length_hint__(), operator.length_hint(it)))
lh('tuple it', lambda: iter((1, 2)).__length_hint__())
lh('range it', lambda: (iter(range(5)).__length_hint__(), iter(range(0, 10, 3)).__length_hint__()))
lh('dict it', lambda: (iter({1: 2}).__length_hint__(), iter({1: 2}.values()).__length_hint__(), iter({1: 2}.items()).__length_hint__()))
lh('reversed list', lambda: reversed([1, 2, 3]).__length_hint__())
lh('reversed tuple', lambda: reversed((1, 2)).__length_hint__())
lh('reversed range', lambda: operator.length_hint(reversed(range(4))))
lh('set it', lambda: operator.length_hint(iter({1, 2})))
lh('str it', lambda: operator.length_hint(iter('abc')))
lh('bytes it', lambda: operator.length_hint(iter(b'abc')))
lh('bytearray it', lambda: operator.length_hint(iter(bytearray(b'ab'))))
lh('gen', lambda: operator.length_hint(x for x in []))
lh('gen default', lambda: operator.length_hint((x for x in []), 7))
lh('int', lambda: operator.length_hint(5))
lh('list', lambda: operator.length_hint([1, 2]))
lh('exhausted default', lambda: operator.length_hint(iter([]), 7))
lh('bad default', lambda: operator.length_hint([], 'x'))
class H:
    def __length_hint__(self): return 4
class HN:
    def __length_hint__(self): return NotImplemented
class HBad:
    def __length_hint__(self): return -1
class HStr:
    def __length_hint__(self): return 'x'
class HLen:
    def __len__(self): return 9
    def __length_hint__(self): return 4
lh('H', lambda: operator.length_hint(H()))
lh('HN', lambda: operator.length_hint(HN(), 3))
lh('HBad', lambda: operator.length_hint(HBad()))
lh('HStr', lambda: operator.length_hint(HStr()))
lh('HLen', lambda: operator.length_hint(HLen()))
l2 = [1, 2, 3]
it2 = iter(l2)
l2.append(4)
lh('mutated', lambda: it2.__length_hint__())
r = reversed(l2); next(r); l2.clear()
lh('reversed cleared', lambda: r.__length_hint__())
d = {1: 1, 2: 2}
di = iter(d); next(di)
lh('dict advanced', lambda: di.__length_hint__())
lh('map', lambda: operator.length_hint(map(str, [1, 2])))
lh('zip', lambda: operator.length_hint(zip([1], [2])))
lh('enumerate', lambda: operator.length_hint(enumerate([1, 2])))
lh('list_iterator big', lambda: operator.length_hint(iter(range(2**70))))

# direct dunder calls: slot wrapper vs method messages
class LS(list): pass
class TS(tuple): pass
for e in ['[].__len__(x=1)', '[].__add__()', '[].__add__(1,2)', '[].__setitem__(1)', '[].__iter__(1)', '[].__repr__(1)', 'list.__add__()', '[].__getitem__()', '[].__lt__()', '[].__reversed__(1)','().__getnewargs__(1)', '().__len__(1)', '().__contains__()', 'tuple.__add__([], ())', '[].__eq__()', '[].__iadd__()', '[].__delitem__()', '().__hash__(1)', 'list.__iter__(1)', 'list.__repr__(1)', 'list.__ne__(1, 2)', 'tuple.__mul__([], 1)', '().__getitem__()', 'tuple.__getitem__([], 0)', '[].__contains__()', '[].__len__(1)', 'list.__len__(())', 'tuple.__len__([])', 'list.__len__(LS([1]))', 'tuple.__len__(TS((1,)))', 'LS([1]).__add__([2])', 'TS((1,)).__add__((2,))', 'list.append(1, 2)', 'list.__getitem__(1, 2)', '[].__getitem__(x=1)', 'list.__eq__([1], [1])', 'tuple.__lt__((1,), (2,))', 'list.__imul__([1], 2)', 'list.__setitem__([1], 0, 5)', 'tuple.__iter__(TS()).__class__.__name__', '[1].__mul__(x=2)', 'list.__contains__([1], 1)', 'list.__repr__(LS([3]))', 'tuple.__repr__(TS((3,)))', 'tuple.__hash__((1,)) == hash((1,))']:
    try: print(e, eval(e))
    except Exception as ex: print(e, '!!', type(ex).__name__, ex)
