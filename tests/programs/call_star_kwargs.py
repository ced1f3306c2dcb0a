def g(*args, **kwargs):
    return args, sorted(kwargs.items())


class BrokenSequence:
    def __getitem__(self, idx):
        raise TypeError('myerror')


class Seq:
    def __getitem__(self, idx):
        if idx < 3:
            return idx * 10
        raise IndexError(idx)


for f in (lambda: g(*BrokenSequence()), lambda: g(*range(1), *BrokenSequence()),
          lambda: g(*range(1), *Seq()), lambda: g(*Seq(), *Seq()),
          lambda: g(*range(1), *1), lambda: g(*1), lambda: [*range(2), *Seq()],
          lambda: [*range(2), *None], lambda: abs(-1, *{}), lambda: len(*[], *[[1]])):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Name(str):
    def __eq__(self, other):
        try:
            del x[self]
        except KeyError:
            pass
        return str.__eq__(self, other)

    def __hash__(self):
        return str.__hash__(self)


x = {Name("a"): 1, Name("b"): 2}


def f(a, b):
    print(a, b)


f(**x)
print(g(**{Name("k"): 3}))
try:
    g(**{1: 2})
except Exception as e:
    print(type(e).__name__, e)
