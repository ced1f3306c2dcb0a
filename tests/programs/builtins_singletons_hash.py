# Calling NoneType/ellipsis/NotImplementedType; hash() of __hash__ results
# that are int subclasses; NaN float subclass instances hash by identity.
def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


for const in None, Ellipsis, NotImplemented:
    tp = type(const)
    t(tp.__name__ + "()", lambda: tp() is const)
    t(tp.__name__ + "(1, 2)", lambda: tp(1, 2))
    t(tp.__name__ + "(a=1)", lambda: tp(a=1, b=2))
    t(tp.__name__ + ".__new__", lambda: tp.__new__(tp) is const)
    t(tp.__name__ + ".__new__(int)", lambda: tp.__new__(int))
    t(tp.__name__ + ".__new__()", lambda: tp.__new__())


class X:
    def __hash__(self):
        return 2**100


class Z(int):
    def __hash__(self):
        return self


class Zbig(int):
    def __hash__(self):
        return Zbig(2**70)


class Zneg(int):
    def __hash__(self):
        return Zneg(-1)


class B:
    def __hash__(self):
        return True


class Bad:
    def __hash__(self):
        return 1.5


t("big", lambda: (hash(X()), type(hash(X())).__name__))
t("Z", lambda: hash(Z(42)) == hash(42))
t("Zbig", lambda: hash(Zbig(1)))
t("Zneg", lambda: hash(Zneg(1)))
t("bool", lambda: hash(B()))
t("bad", lambda: hash(Bad()))
t("2**62", lambda: hash(type("H", (), {"__hash__": lambda self: 2**62})()))


class F(float):
    pass


v = F("nan")
print(hash(v) == object.__hash__(v), hash(v) == hash(v))
w = F(1.5)
print(hash(w) == hash(1.5), hash(F("inf")), hash(float("nan")) == object.__hash__(float("nan")))
