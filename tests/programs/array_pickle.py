# array pickling (__reduce_ex__, _array_reconstructor), iterator pickling,
# BufferError while a memoryview is exported, weak references.
import array, pickle, weakref, struct

def p(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(repr(r))

for tc in 'bBhHiIlLqQfdu':
    ex = 'abc' if tc == 'u' else [1, 2, 3]
    a = array.array(tc, ex)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        r = a.__reduce_ex__(proto)
        print(tc, proto, r[0].__name__, r[1][1:] if proto >= 3 else r[1], r[2])
        b = pickle.loads(pickle.dumps(a, proto))
        assert b == a and b.typecode == a.typecode, (a, b)
    it = iter(a)
    next(it)
    it2, a2 = pickle.loads(pickle.dumps((it, a)))
    a2.append(a2[0])
    print(tc, type(it2).__name__, list(it2))
    for _ in it:
        pass
    it3 = pickle.loads(pickle.dumps(it))
    print(list(it3))

rec = array._array_reconstructor
p(lambda: rec(array.array, 'H', 0, bytes([128, 127, 0, 255])))
p(lambda: rec(array.array, 'l', 5, struct.pack('>hhh', -0x8000, 0x7fff, 0)))
p(lambda: rec(array.array, 'L', 11, struct.pack('>QQ', 1 << 63, 5)))
p(lambda: rec(array.array, 'd', 15, struct.pack('>ff', 1.5, -0.0)))
p(lambda: rec(array.array, 'f', 17, struct.pack('>d', 2.25)))
p(lambda: rec(array.array, 'u', 19, 'Bonne Journ\xe9e \U0002030a'.encode('utf-16-be')))
p(lambda: rec(array.array, 'u', 21, 'xyz'.encode('utf-32-be')))
p(lambda: rec("", "b", 0, b""))
p(lambda: rec(str, "b", 0, b""))
p(lambda: rec(array.array, "b", '', b""))
p(lambda: rec(array.array, "b", 0, ""))
p(lambda: rec(array.array, "?", 0, b""))
p(lambda: rec(array.array, "b", -1, b""))
p(lambda: rec(array.array, "b", 22, b""))
p(lambda: rec(array.array, "d", 16, b"a"))

class A(array.array):
    pass
s = A('i', [4, 5])
s.x = 1
r = s.__reduce_ex__(3)
print(r[0].__name__, r[1][0].__name__, r[1][1:], r[2])
t = pickle.loads(pickle.dumps(s))
print(type(t).__name__, t, t.x)

a = array.array('i', [1, 2, 3])
m = memoryview(a)
for name, f in [('append', lambda: a.append(4)), ('extend', lambda: a.extend([4])),
                ('pop', lambda: a.pop()), ('remove', lambda: a.remove(1)),
                ('frombytes', lambda: a.frombytes(b'\0' * 4)), ('fromlist', lambda: a.fromlist([1])),
                ('imul', lambda: a.__imul__(2)), ('delitem', lambda: a.__delitem__(0)),
                ('setslice', lambda: a.__setitem__(slice(0, 0), a))]:
    print(name, end=' ')
    p(f)
a[0] = 9
print(m.tolist(), a)
m.release()
a.append(4)
print(a)

w = weakref.ref(a)
print(w() is a)
px = weakref.proxy(a)
print(len(px), px.tolist())

import collections.abc
print(isinstance(array.array('B'), collections.abc.MutableSequence), issubclass(array.array, collections.abc.Sequence))
