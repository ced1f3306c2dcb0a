# An exhausted iterator releases its container, which is then finalized
# (test.support.check_free_after_iterating).
import array
import collections
import gc


def check(name, make_iter, cls, args=()):
    done = False

    class A(cls):
        def __del__(self):
            nonlocal done
            done = True
            try:
                next(it)
            except StopIteration:
                pass

    it = make_iter(A(*args))
    try:
        next(it)
        print(name, "not exhausted")
    except StopIteration:
        pass
    gc.collect()
    gc.collect()
    gc.collect()
    print(name, done)


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if 0 <= i < self.n:
            return i
        raise IndexError


check("list", iter, list)
check("list reversed", reversed, list)
check("tuple", iter, tuple)
check("str", iter, str)
check("bytes", iter, bytes)
check("bytearray", iter, bytearray)
check("dict", iter, dict)
check("dict keys", lambda d: iter(d.keys()), dict)
check("dict values", lambda d: iter(d.values()), dict)
check("dict items", lambda d: iter(d.items()), dict)
check("set", iter, set)
check("frozenset", iter, frozenset)
check("seq class", iter, Seq, (0,))
check("array", iter, array.array, ("b",))
check("OrderedDict", iter, collections.OrderedDict)
check("OrderedDict keys", lambda d: iter(d.keys()), collections.OrderedDict)
check("OrderedDict reversed", reversed, collections.OrderedDict)
check("UserList", iter, collections.UserList)
