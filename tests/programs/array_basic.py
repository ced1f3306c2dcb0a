# array: construction for every typecode, item conversions and overflow
# messages, sequence methods, slicing, buffer methods, subclassing.
from array import array
import array as arraymod
a = array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], a[::-1], a.tolist(), a.itemsize, a.typecode)
a.append(4); a.extend([5, 6]); a.insert(0, 0); print(a, a.pop(), a.pop(0), a)
a.remove(3); a.reverse(); print(a, a.index(2), a.count(2), 2 in a, 9 in a)
print(a.tobytes(), array('b', b'\x01\xff'), array('u', 'hello'), array('u', 'hi').tounicode())
print(array('d', [1.5, 2.5]) + array('d', [3.0]), array('h', [1, 2]) * 3, 2 * array('B', [9]))
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) < array('i', [1, 3]), array('f', [0.1]))
b = array('H', [1, 2, 3, 4, 5, 6]); b[1:3] = array('H', [9]); print(b); del b[::2]; print(b)
b.byteswap(); print(b, bytes(b), list(b))
for tc in 'bBhHiIlLqQ':
    for v in [2**7, -2**7-1, 2**8, -1, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, 1.5, 'a']:
        try: array(tc, [v]); r = 'ok'
        except Exception as e: r = type(e).__name__ + ' ' + str(e)
        print(tc, repr(v), r)
for f in [lambda: a[10], lambda: a.__setitem__(10,1), lambda: a['x'], lambda: array('i').pop(), lambda: a.pop(10), lambda: a.remove(9), lambda: a.index(9), lambda: a+[1], lambda: a+array('d'), lambda: a.extend(array('d')), lambda: a.extend(5), lambda: a.__setitem__(slice(1,2),[1]), lambda: a.frombytes('x'), lambda: a.fromlist((1,)), lambda: a.tounicode(), lambda: a.fromunicode('x'), lambda: a<[1], lambda: a==[1,2,3], lambda: hash(a), lambda: a*-1, lambda: array('x'), lambda: array(1), lambda: array('i', 'abc'), lambda: array('i', b'abc'), lambda: array('q', [2**63-1, -2**63]), lambda: array('Q', [2**64-1]), lambda: type(iter(a)).__name__, lambda: arraymod.typecodes]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
import copy, hashlib
print(copy.copy(a), copy.deepcopy(a), hashlib.md5(array('i', [1, 2])).hexdigest())
class MyArr(array):
    pass
m = MyArr('i', [1, 2]); m.x = 5; print(m, m.x, m + array('i', [3]), isinstance(m, array))
import io
f = io.BytesIO(); array('i', [7, 8]).tofile(f); f.seek(0); c = array('i'); c.fromfile(f, 2); print(c)
for tc in 'bBuhHiIlLqQfd':
    a = array(tc, 'xyz' if tc == 'u' else [1, 2, 3])
    print(tc, a.itemsize, len(a.tobytes()), a, a[::-1], a * 2, a.buffer_info()[1], repr(a[1]))
    b = array(tc, a.tobytes()); print(b == a, b.tolist() == a.tolist())
    a.byteswap(); a.byteswap(); print(a)
d = array('d', [1.5, float('inf'), -0.0])
print(d, d.index(-0.0), d.count(0.0), float('nan') in array('d', [float('nan')]))
e = array('i', range(10)); e[2:5] = array('i'); del e[::3]; print(e, e[-2:], e[100:])
e[1:1] = array('i', [7, 7]); print(e); e[::-2] = array('i', [0] * len(e[::-2])); print(e)
try: e[::2] = array('i', [1])
except ValueError as x: print(x)
e += array('i', [5]); e *= 2; print(e, len(e))
try: e += [1]
except TypeError as x: print(x)
print(array('u', 'ab') < array('u', 'b'), array('B', [1, 2]) >= array('B', [1]), array('i') == array('d'))
print(list(reversed(array('h', [1, 2, 3]))), sorted(array('f', [3, 1, 2])), sum(array('Q', [2**63, 2**63 - 1])))
