import pickle
class Subclass(tuple):
    class Nested(str):
        pass
c_methods = (
    ("abcd".index, ("c",)),
    (str.index, ("abcd", "c")),
    ([1, 2, 3].__len__, ()),
    (list.__len__, ([1, 2, 3],)),
    ({1, 2}.__contains__, (2,)),
    (set.__contains__, ({1, 2}, 2)),
    (dict.fromkeys, (("a", 1), ("b", 2))),
    (bytearray.maketrans, (b"abc", b"xyz")),
    (Subclass([1,2,2]).count, (2,)),
    (Subclass.count, (Subclass([1,2,2]), 2)),
    (Subclass.Nested("sweet").count, ("e",)),
    (Subclass.Nested.count, (Subclass.Nested("sweet"), "e")),
    (int.__new__, (int, 5)),
    (len, ([1],)),
)
for method, args in c_methods:
    print(type(method).__name__)
    try:
        print('  ', method.__reduce_ex__(2))
    except Exception as e:
        print('  ', type(e).__name__, e)
    for proto in range(6):
        try:
            unpickled = pickle.loads(pickle._dumps(method, proto))
            r = (method(*args) == unpickled(*args))
            if not r: print('  ', proto, 'DIFF')
        except Exception as e:
            print('  ', proto, type(e).__name__, e)
print(str.maketrans.__qualname__, bytes.maketrans.__qualname__, bytearray.maketrans.__self__)
for descr in (bytearray.__dict__['maketrans'], dict.__dict__['fromkeys']):
    for proto in range(6):
        try:
            pickle._dumps(descr, proto)
            print('no error')
        except Exception as e:
            print('  ', proto, type(e).__name__)

import copy, _thread
def gen():
    yield 1
for obj in (staticmethod(len), gen(), copy):
    for proto in (0, 2, 4):
        try:
            pickle._dumps(obj, proto)
            print('no error')
        except Exception as e:
            print(proto, type(e).__name__, e)
    try:
        copy.copy(obj)
        print('copied')
    except Exception as e:
        print(type(e).__name__, e)
