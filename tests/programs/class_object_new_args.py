# object.__new__ / object.__init__ excess-argument rules (bpo-31506), and
# exceptions raised by property-valued special methods are not masked.
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

class C:
    pass
attempt("C(42)", lambda: C(42))
attempt("C.__new__", lambda: C.__new__(C, 42))
attempt("C().__init__", lambda: C().__init__(42))
attempt("object.__new__(C)", lambda: object.__new__(C, 42))
attempt("object.__init__(C())", lambda: object.__init__(C(), 42))
attempt("C(kw)", lambda: C(a=1))

class D:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls, *args, **kwargs)
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
attempt("D(42)", lambda: D(42))
attempt("D.__new__", lambda: D.__new__(D, 42))
attempt("object.__new__(D)", lambda: object.__new__(D, 42))
attempt("D()", lambda: D())

class E:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
attempt("E().__init__", lambda: E().__init__(42))
attempt("object.__init__(E())", lambda: object.__init__(E(), 42))
attempt("object.__new__(E)", lambda: object.__new__(E, 42))

class F:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)
attempt("F(1)", lambda: F(1))
attempt("F().__init__", lambda: F().__init__(1))
attempt("object.__init__(F())", lambda: object.__init__(F(), 42))

class A1(object):
    def __init__(self, foo):
        self.foo = foo
attempt("object.__new__(A1, 5)", lambda: object.__new__(A1, 5))
attempt("object.__init__(A1(3), 5)", lambda: object.__init__(A1(3), 5))

def booh(self):
    raise AttributeError("booh")
class A:
    a = property(booh)
attempt("prop", lambda: A().a)
class I:
    __init__ = property(booh)
attempt("init-prop", lambda: I())
