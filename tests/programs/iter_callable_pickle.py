# Pickling of callable_iterator (iter(f, sentinel)) and the __getitem__ iterator; reentrant exhaustion.
import copy
import pickle


def tr(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class CallableIterClass:
    def __init__(self):
        self.i = 0

    def __call__(self):
        i = self.i
        self.i = i + 1
        if i > 100:
            raise IndexError
        return i


class SequenceClass:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if 0 <= i < self.n:
            return i * 10
        raise IndexError


it = iter(CallableIterClass(), 10)
print(type(it).__name__, next(it), next(it))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    it2 = pickle.loads(pickle.dumps(it, proto))
    print(proto, list(it2))
r = it.__reduce__()
print(r[0] is iter, type(r[1][0]).__name__, r[1][1])
list(it)
print("exhausted", it.__reduce__() == (iter, ((),)))
c = copy.deepcopy(iter(CallableIterClass(), 3))
print("deepcopy", list(c))

s = iter(SequenceClass(5))
print(type(s).__name__, next(s))
r = s.__reduce__()
print(r[0] is iter, type(r[1][0]).__name__, r[2:])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, list(pickle.loads(pickle.dumps(s, proto))))
s.__setstate__(-5)
print("neg setstate", list(s))
print("exhausted", s.__reduce__() == (iter, ((),)))
s = iter(SequenceClass(5))
s.__setstate__(3)
print("setstate 3", list(s))
s.__setstate__(0)
print("after end", list(s))
tr("bad state", lambda: iter(SequenceClass(2)).__setstate__('x'))

# the callable exhausts its own iterator without returning the sentinel
HAS_MORE, NO_MORE = 1, 2


def spam():
    if spam.is_recursive_call:
        return NO_MORE
    spam.is_recursive_call = True
    list(spam.iterator)
    return HAS_MORE


spam.is_recursive_call = False
spam.iterator = iter(spam, NO_MORE)
tr("reentrant", lambda: next(spam.iterator))


# the sentinel is compared first: sentinel == value
class Sentinel:
    def __eq__(self, other):
        return other == 3


print("sentinel eq", list(iter(CallableIterClass(), Sentinel())))
