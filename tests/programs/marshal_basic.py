# marshal: dumps/loads of the value types in every version, references,
# dump/load on files, malformed data errors.
import marshal, io
x = 'ab'
vals = [None, True, False, 0, 1, 300, -1, 2**31, 2**31-1, -2**31, 2**100, -2**100, 1.5, 1j, 'abc', 'hello world', 'é', b'xy', (), (1, 2), [1, 2], {'a': 1}, {1, 2}, frozenset(), [x, x], ..., StopIteration, [[1], [1]], [1.5, 1.5], '', 0.0, -0.0, 2**15, -2**31-1, '\udc80', 'a' * 300, ('x',) * 3, {'k': [1, 2, (3, 4)], 'z': {5}}]
for v in vals:
    d = marshal.dumps(v)
    print(repr(v)[:30], d.hex(), marshal.loads(d) == v or repr(marshal.loads(d)))
    for ver in range(4):
        print(' ', ver, marshal.dumps(v, ver).hex(), marshal.loads(marshal.dumps(v, ver)) == v)
l = [1000]
ll = [l, l]
print(marshal.dumps(ll).hex())
r = marshal.loads(marshal.dumps(ll)); print(r, r[0] is r[1])
for f in [lambda: marshal.loads(b''), lambda: marshal.loads(b'\x99'), lambda: marshal.loads(b'i\x01'), lambda: marshal.loads(b'r\x05\x00\x00\x00'), lambda: marshal.dumps(object()), lambda: marshal.dumps(lambda: 1), lambda: marshal.loads('x'), lambda: marshal.loads(b'N extra'), lambda: marshal.version, lambda: marshal.loads(b'l\x02\x00\x00\x00\x01\x00'), lambda: marshal.loads(b'{i\x01\x00\x00\x00'), lambda: marshal.loads(b'[\xff\xff\xff\xff'), lambda: marshal.dumps(bytearray(b'ab')).hex(), lambda: marshal.dumps(range(3))]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
f = io.BytesIO(); marshal.dump([1, 'a'], f); marshal.dump(2.5, f); f.seek(0); print(marshal.load(f), marshal.load(f))
try: marshal.load(f)
except EOFError as e: print('EOF', e)
nested = {'ints': [0, -5, 255, 256, 2**40, -2**62, 2**200], 'floats': (0.1, -2.5e-300, float('inf')), 'cx': [1+2j, -0j],
          'strs': ['', 'a', 'ascii text', 'ünïcödé', '\U0001F600' * 3, 'x' * 1000], 'bytes': [b'', b'\x00\xff' * 200],
          'sets': [{1, 2, 3}, frozenset({'a'}), set()], 'tuples': ((), (1,), ((2, 3), (4, (5,)))), 'none': None, 'bools': [True, False]}
for ver in range(5):
    data = marshal.dumps(nested, ver)
    back = marshal.loads(data)
    print(ver, back == nested, len(data) if ver < 3 else '')
shared = [1, 2]
obj = [shared, shared, (shared,)]
back = marshal.loads(marshal.dumps(obj))
print(back, back[0] is back[1], back[2][0] is back[0])
print(marshal.loads(marshal.dumps(obj, 2))[0] is marshal.loads(marshal.dumps(obj, 2))[1])
cyc = marshal.loads(bytes.fromhex('db01000000' + '7200000000'))
print(cyc[0] is cyc)
for bad in [b'(\x02\x00\x00\x00i', b's\x05\x00\x00\x00ab', b'<\x01\x00\x00\x00[\x00\x00\x00\x00', b'\xe9', b'r\x00\x00\x00\x00', b'{N']:
    try: print(marshal.loads(bad))
    except Exception as e: print(type(e).__name__, e)
