import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from types import SimpleNamespace
import dataclasses

data = {'name': 'widget', 'tags': ['a', 'b', 'c'] * 5, 'nested': {'z': 1, 'a': [1, 2, {'deep': (3, 4)}]},
        'numbers': list(range(30)), 'text': 'lorem ipsum dolor sit amet ' * 4, 'bytes': b'x' * 90,
        'set': {3, 1, 2}, 'frozen': frozenset({5, 4}), 'tuple1': (1,), 'empty': [], 'ed': {}}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, compact=True)
pprint.pprint(data, sort_dicts=False, width=100)
pprint.pprint(data['numbers'], compact=True, width=30)
pprint.pprint(data['numbers'], indent=4, width=30)
print(pprint.pformat(data['nested'], width=1))
pprint.pp({'b': 1, 'a': 2})
print(pprint.saferepr(data['nested']), pprint.isreadable(data), pprint.isrecursive(data))
r = [1, 2]
r.append(r)
d = {'self': None}
d['self'] = d
import re
def noid(s):
    return re.sub(r'id=\d+', 'id=N', s)
print(noid(pprint.pformat(r)))
print(noid(pprint.pformat(d)))
print(pprint.isrecursive(r), pprint.isreadable(r), noid(pprint.saferepr(r)))
print(pprint.pformat(OrderedDict([('x', 1), ('y', [1] * 30)])))
print(pprint.pformat(OrderedDict()))
dd = defaultdict(list, {'k': list(range(25)), 'j': 'v'})
print(pprint.pformat(dd, width=40))
print(pprint.pformat(Counter('abracadabra'), width=30))
print(pprint.pformat(deque(range(40), maxlen=50), width=40))
print(pprint.pformat(ChainMap({'a': 1}, {'b': list(range(20))}), width=40))
print(pprint.pformat(SimpleNamespace(x=1, y='long string ' * 6), width=40))

@dataclasses.dataclass
class Point:
    x: int
    y: list
    z: str = 'zed'
print(pprint.pformat(Point(1, list(range(20))), width=40))
print(pprint.pformat([Point(1, [])] * 3, width=30))
print(pprint.pformat('a long string that must be broken into several pieces for width', width=20))
print(pprint.pformat(b'bytes that are long enough to be wrapped by pprint here', width=20))
print(pprint.pformat(bytearray(b'bytearray wrapped over lines by pprint'), width=20))
print(pprint.pformat({'key': 'value ' * 10}, width=30))
print(pprint.pformat([[1, 2, [3, [4, [5, [6]]]]]], depth=3))
print(pprint.pformat({(1, 2): 'x', (0, 5): 'y', 'str': 1, 3: 4}.items()))
print(pprint.pformat({'b': 2, 'a': 1}.keys()), pprint.pformat({'b': 2}.values()))
print(pprint.pformat(sorted({'zeta', 'alpha', 'mid'})))
print(pprint.pformat({-1: 'a', 1.5: 'b', 0: 'c'}))
print(pprint.pformat(set(range(25)), width=30))

class MyPP(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, int):
            return hex(obj), True, False
        return super().format(obj, context, maxlevels, level)
MyPP(width=20).pprint([10, 255, {'k': 4096}])
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3, compact=True, sort_dicts=True, underscore_numbers=True)
pp.pprint({'n': 1234567, 'l': [10000000] * 5, 'd': {'e': {'f': {'g': 1}}}})
print(pp.isreadable([1]), pp.isrecursive([1]))
for kw in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print(type(e).__name__, e)
import io
buf = io.StringIO()
pprint.pprint({'to': 'stream'}, stream=buf)
print(repr(buf.getvalue()))
class R:
    def __repr__(self):
        return 'R()'
pprint.pprint([R(), R()])
