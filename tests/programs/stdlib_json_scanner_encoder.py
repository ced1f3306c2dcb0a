# json with _json's C scanner and encoder (make_scanner / make_encoder)
import json
import json.decoder
import json.encoder
import json.scanner
from collections import OrderedDict

print(json.scanner.c_make_scanner is not None, json.encoder.c_make_encoder is not None)
print(json.scanner.make_scanner is json.scanner.c_make_scanner, type(json.decoder.JSONDecoder().scan_once).__name__)
for src in ['[' * 100000 + ']' * 100000, '{"a":' * 50000 + '1' + '}' * 50000]:
    try:
        json.loads(src)
    except RecursionError as e:
        print(type(e).__name__, e)
deep = []
cur = deep
for i in range(100000):
    cur.append([])
    cur = cur[0]
try:
    json.dumps(deep)
except RecursionError as e:
    print(type(e).__name__, e)
deepd = {}
cur = deepd
for i in range(100000):
    cur['k'] = {}
    cur = cur['k']
try:
    json.dumps(deepd)
except RecursionError as e:
    print(type(e).__name__, e)
print(json.loads('[' * 500 + ']' * 500) is not None, len(json.dumps([[[[[]]]]] * 3)))
for v in [float('nan'), float('inf'), -float('inf'), [1, float('nan')], {'k': float('inf')}, {float('nan'): 1}]:
    try:
        print(json.dumps(v, allow_nan=False))
    except ValueError as e:
        print(type(e).__name__, e)
print(json.dumps([float('nan'), float('inf'), -float('inf')]), json.dumps({float('inf'): 1, -0.0: 2, 1e300: 3}))
class F(float):
    def __repr__(self): return 'F!'
class I(int):
    def __repr__(self): return 'I!'
class S(str):
    def __repr__(self): return 'S!'
class T(tuple):
    pass
class L(list):
    pass
class Dd(dict):
    def items(self):
        return [('fake', 1), ('b', [2])]
class Bad(dict):
    def items(self):
        return [('a', 1, 2)]
print(json.dumps([F(1.5), I(3), S('s\u00e9'), T((1, 2)), L([3]), Dd(real=2), {F(2.5): 1, I(4): 2, S('k'): 3, True: 4, None: 5}]))
print(json.dumps(Dd(x=1), sort_keys=True), json.dumps({}), json.dumps(Dd()), json.dumps([]), json.dumps(()), json.dumps(T()))
try:
    json.dumps(Bad(a=1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps({1: 1, 'a': 2}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__, e)
for v in [{(1,): 1}, {b'b': 1}, [object()], {'a': {1j: 2}}]:
    try:
        print(json.dumps(v))
    except TypeError as e:
        print(type(e).__name__, e)
print(json.dumps({(1,): 1, 'a': 2, b'x': 3, 'z': [1]}, skipkeys=True), json.dumps({(1,): 1}, skipkeys=True))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 0, 'y': 1}}, sort_keys=True, separators=(';', '=')))
print(json.dumps(OrderedDict([('z', 1), ('a', OrderedDict([('q', None)]))])), json.dumps(10 ** 30), json.dumps(-10 ** 18))
r = [1]
r.append({'r': r})
try:
    json.dumps(r)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps(r, check_circular=False, default=str) if False else 'skip')
d = {'x': 1}
print(json.dumps([d, d, [d]]))
def default(o):
    if isinstance(o, complex):
        return [o.real, o.imag]
    if isinstance(o, set):
        return sorted(o)
    return o
print(json.dumps({'c': 1 + 2j, 's': {3, 1}}, default=default))
try:
    json.dumps(object(), default=default)
except ValueError as e:
    print(type(e).__name__, e)
class E(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o)
    def default(self, o):
        return 'D:' + type(o).__name__
print(E().encode([object(), {'k': object}]), E(ensure_ascii=False).encode('\u00e9\U0001f600'), E().encode('\u00e9'))
enc = json.encoder.c_make_encoder(None, str, json.encoder.encode_basestring_ascii, None, ': ', ', ', True, False, True)
print(enc([1, {'b': 2, 'a': [None, True, 1.5]}, 'x\u00e9'], 0), enc.sort_keys, enc.key_separator, enc.skipkeys, enc.indent)
enc2 = json.encoder.c_make_encoder({}, repr, lambda s: '<' + s + '>', None, ':', ',', False, False, False)
print(enc2({'a': ['b', object.__name__, 1]}, 0))
enc3 = json.encoder.c_make_encoder(None, repr, lambda s: 5, None, ':', ',', False, False, False)
try:
    enc3(['x'], 0)
except TypeError as e:
    print(type(e).__name__, e)
for args in [({1: 2},), (None, None, None, None, 1, ',', 0, 0, 0), ([], None, None, None, ':', ',', 0, 0, 0)]:
    try:
        json.encoder.c_make_encoder(*args)
    except TypeError as e:
        print(type(e).__name__, str(e).replace('make_encoder', 'Encoder'))

dec = json.JSONDecoder()
sc = dec.scan_once
print(sc('[1, "a", {"b": null}] tail', 0), sc('  7', 2), sc('true', 0), sc('-Infinity', 0), sc('NaN', 0), sc('"x"', 0))
for s, i in [('', 0), ('x', 0), ('-', 0), ('-x', 0), (']', 0), ('abc', 5)]:
    try:
        print(sc(s, i))
    except StopIteration as e:
        print('StopIteration', e.value)
try:
    sc('1', -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sc(b'1', 0)
except TypeError as e:
    print(type(e).__name__, e)
print(sc.strict, sc.object_hook, sc.parse_float is float, sc.parse_int is int, sc.object_pairs_hook)
for text in ['1.5', '1e5', '1E+2', '-0', '-0.0', '0e0', '12.', '1.e5', '1e', '1e+', '00', '01.5', '-01', '2.5e-3x', '1' * 30, '-' + '9' * 25,
             '1.7976931348623157e309', '4.9e-325', '123456789012345678', '1234567890123456789', '[0.1,0.2]', '{"a":1.0}']:
    try:
        print(text[:12], repr(json.loads(text)))
    except json.JSONDecodeError as e:
        print(text[:12], type(e).__name__, e)
print(json.loads('[1.5, 2, 3e2]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('{"a": {"b": [1, {"c": 2}]}}', object_hook=lambda d: ('H', sorted(d.items()))))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_pairs_hook=lambda p: ('P', p), object_hook=lambda d: 'ignored'))
print(json.loads('{}', object_pairs_hook=lambda p: p), json.loads('[]'), json.loads(' { } '), json.loads('[ ]'), json.loads('{"": ""}'))
print(json.loads('[NaN, -Infinity, Infinity]', parse_constant=lambda c: c.lower()), json.loads(' [ 1 , 2 ] '), json.loads('\t\n\r 5'))
for bad in ['{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a" 1}', '{a:1}', "{'a':1}", '{"a":1,}', '[', '[1', '[1,', '[1,]', '[,1]',
            '[1 2]', '{"a":1 "b":2}', ' ', '[tru]', '[nulll]', '[-]', '[.5]', '{"a":[}', '{"a":{"b":}}', '["a\\qb"]', '["\\u00"]',
            '[1]]', '"\x01"', '{"k\nk": 1}', '[Infinit]', '{"":1}x', '[1,\n 2,\n 3\n x]']:
    try:
        print(repr(bad), repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), type(e).__name__, e, e.pos, e.lineno, e.colno)
print(json.loads('"a\x01b"', strict=False), json.JSONDecoder(strict=False).scan_once('["\t"]', 0))
print(json.dumps(json.loads('{"\\ud83d\\ude00": "\\u00e9"}')), json.loads('{"a": 1, "a": 2}'))
a = [object()] * 10
def crasher(obj):
    del a[-1]
print(json.dumps(a, default=crasher))
keys = json.loads('[{"a_key": 1, "b": 2}, {"a_key": 3}]')
print(list(keys[0])[0] is list(keys[1])[0])
