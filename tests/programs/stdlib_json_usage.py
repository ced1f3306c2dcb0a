import json
from collections import OrderedDict
from decimal import Decimal

doc = {'name': 'Widget', 'price': 9.99, 'tags': ['a', 'b'], 'stock': None, 'active': True,
       'dims': {'w': 1, 'h': 2.5}, 'unicode': 'café ☃ \U0001f600', 'ctrl': 'tab\there\n"q"\\', 'empty': {}, 'el': []}
print(json.dumps(doc))
print(json.dumps(doc, indent=2, sort_keys=True))
print(json.dumps(doc, indent='\t', ensure_ascii=False))
print(json.dumps(doc, separators=(',', ':'), sort_keys=True))
print(json.dumps([1, [2, [3, {}]], []], indent=0))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none'}))
print(json.dumps({'b': 1, 'a': {'d': 1, 'c': 2}}, sort_keys=True, indent=1))
print(json.dumps([float('inf'), float('-inf'), float('nan'), 1e100, 1.0, -0.0, 10 ** 20, 0.1]))
print(json.dumps('\u2028\ud800'), json.dumps('\x00\x1f\x7f'), json.dumps("é", ensure_ascii=False))
print(json.dumps((1, 2)), json.dumps(OrderedDict([('z', 1), ('a', 2)])), json.dumps({'k': (1,)}))
for bad, kw in [({(1, 2): 1}, {}), (object(), {}), ({b'x': 1}, {}),
                ({1j: 1}, {}), ([set()], {})]:
    try:
        print(json.dumps(bad, **kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 1, 'ok': 2}, skipkeys=True))
r = []
r.append(r)
try:
    json.dumps(r)
except ValueError as e:
    print(type(e).__name__, e)

def default(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, Decimal):
        return str(o)
    raise TypeError(f'cannot serialize {type(o).__name__}')
print(json.dumps({'s': {3, 1, 2}, 'd': Decimal('1.10')}, default=default))
try:
    json.dumps(object(), default=default)
except TypeError as e:
    print(type(e).__name__, e)

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {'re': o.real, 'im': o.imag}
        return super().default(o)
print(Enc(indent=1).encode([1j, 2]), json.dumps(2 + 3j, cls=Enc))
print(list(Enc().iterencode({'a': [1, 2]})))
try:
    Enc().encode(object())
except TypeError as e:
    print(type(e).__name__, e)

text = '{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e3}, "u": "\\u00e9\\ud83d\\ude00", "big": 123456789012345678901234567890}'
v = json.loads(text)
print(v, type(v['b']['c']).__name__)
print(json.loads(text, parse_float=Decimal)['a'][1], json.loads('[1, 2]', parse_int=float))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('[NaN]', parse_constant=lambda s: 'C:' + s))
print(json.loads(text, object_hook=lambda d: sorted(d)))
print(json.loads('{"x": 1, "x": 2, "y": 3}', object_pairs_hook=list), json.loads('{"b":1,"a":2}', object_pairs_hook=OrderedDict))
print(json.loads(b'{"bytes": "\xc3\xa9"}'), json.loads('  "s"  '), json.loads('\ufeff1'.encode('utf-8-sig')) if False else 0)
print(json.JSONDecoder().raw_decode('{"a": 1} trailing'), json.loads('"\\/\\b\\f\\n\\r\\t"'))
for bad in ['', '{', '[1,]', '{"a" 1}', '{"a": 1,}', '[1 2]', 'nul', '"abc', '"\\x"', '{1: 2}', '[1]x', '01',
            '"\\ud800"x', '\n\n  [1,\n  oops]', '"a\nb"', '-', '1e', '[', '{"a":', '"\\u12"', '\ufeff[]', 'True']:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno)
print(json.loads('"\\ud800"') == '\ud800', json.loads('"a\nb"', strict=False))
for bad in [1, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print(type(e).__name__, e)
import io
buf = io.StringIO()
json.dump({'x': [1, 2]}, buf, indent=1)
print(buf.getvalue())
print(json.load(io.StringIO('{"r": 1}')))
print(issubclass(json.JSONDecodeError, ValueError))
