import collections.abc

class Seq(collections.abc.Sequence):
    def __init__(self, n):
        self.n = n
        self.log = []
    def __getitem__(self, i):
        self.log.append(("getitem", i))
        if isinstance(i, int) and not 0 <= i < self.n:
            raise IndexError(i)
        return i * 10
    def __len__(self):
        self.log.append("len")
        return self.n

def run(pat_name, subj):
    match subj:
        case [x, *_, y] if pat_name == "ends":
            r = ("ends", x, y)
        case [a, b, c] if pat_name == "three":
            r = ("three", a, b, c)
        case [_, _] if pat_name == "wild":
            r = "two wild"
        case [first, *rest] if pat_name == "rest":
            r = ("rest", first, rest, type(rest).__name__)
        case [*_] if pat_name == "any":
            r = "any"
        case [_, *_, 20, _] if pat_name == "mid":
            r = "mid"
        case _:
            r = "no match"
    return r

for name in ["ends", "three", "wild", "rest", "any", "mid"]:
    for n in [0, 2, 3, 4]:
        s = Seq(n)
        print(name, n, run(name, s), s.log)

class Infinite(collections.abc.Sequence):
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 42
match Infinite():
    case [x, *_, y]:
        print("infinite", x, y)

class Liar(collections.abc.Sequence):
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i
    def __len__(self):
        return 3
for pat in range(2):
    try:
        match Liar():
            case [a, b, c] if pat == 0:
                print("liar3", a, b, c)
            case [a, *b] if pat == 1:
                print("liar star", a, b)
    except Exception as e:
        print(type(e).__name__, e)

class NoLen:
    def __getitem__(self, i):
        return i
collections.abc.Sequence.register(NoLen)
try:
    match NoLen():
        case [a]:
            print("nolen", a)
except Exception as e:
    print(type(e).__name__, e)

for subj in ["ab", b"ab", bytearray(b"ab"), (1, 2), [1, 2], range(2), {1: 2}, iter([1, 2])]:
    match subj:
        case [p, q]:
            print(type(subj).__name__, "seq", p, q)
        case _:
            print(type(subj).__name__, "not a sequence")

match [1, 2, 3, 4]:
    case [1, *mid, 4]:
        print("mid", mid)
match (1,):
    case (*all,):
        print("all", all, type(all).__name__)
