# list(iterable) asks a user iterable for its size first
# (PyObject_LengthHint): __len__, else __length_hint__, through the
# descriptor protocol, and their errors propagate (TypeError is ignored).
import operator


class It:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


log = []


class Hinted(It):
    def __length_hint__(self):
        log.append("hint")
        return 3


class Sized(It):
    def __len__(self):
        log.append("len")
        return 3

    def __length_hint__(self):
        log.append("hint")
        return 3


print(list(Hinted(3)), list(Sized(2)), log)


class SpecialDescr:
    def __init__(self, impl):
        self.impl = impl

    def __get__(self, obj, owner):
        log.append("get")
        return self.impl.__get__(obj, owner)


class ViaDescr(It):
    __length_hint__ = SpecialDescr(lambda self: 5)


log.clear()
print(list(ViaDescr(2)), log)


class BadHint(It):
    def __length_hint__(self):
        raise ZeroDivisionError("hint failed")


class TypeErrHint(It):
    def __length_hint__(self):
        raise TypeError("ignored")


class StrHint(It):
    def __length_hint__(self):
        return "3"


class NegHint(It):
    def __length_hint__(self):
        return -1


class NotImpl(It):
    def __length_hint__(self):
        return NotImplemented


class BadLen(It):
    def __len__(self):
        raise KeyError("len failed")


for cls in (BadHint, TypeErrHint, StrHint, NegHint, NotImpl, BadLen):
    try:
        print(cls.__name__, list(cls(2)))
    except Exception as e:
        print(cls.__name__, type(e).__name__, e)
    try:
        print(cls.__name__, operator.length_hint(cls(2), 7))
    except Exception as e:
        print(cls.__name__, type(e).__name__, e)
