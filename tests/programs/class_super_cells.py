# super objects: unbound super as a descriptor, subclasses of super,
# argument errors; the __class__ cell (__classcell__) rules of class creation.
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)

class A(object):
    def meth(self, a):
        return "A(%r)" % a
class B(A):
    def __init__(self):
        self.__super = super(B, self)
    def meth(self, a):
        return "B(%r)" % a + self.__super.meth(a)
print(B().meth(2))
class C(A):
    def meth(self, a):
        return "C(%r)" % a + self.__super.meth(a)
C._C__super = super(C)
print(C().meth(3))
class D(C, B):
    def meth(self, a):
        return "D(%r)" % a + super(D, self).meth(a)
print(D().meth(4))

class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)
class E(D):
    def meth(self, a):
        return "E(%r)" % a + mysuper(E, self).meth(a)
print(E().meth(5))
class F(E):
    def meth(self, a):
        s = self.__super
        return "F(%r)[%s]" % (a, s.__class__.__name__) + s.meth(a)
F._F__super = mysuper(F)
print(F().meth(6))
print(type(mysuper(F)).__name__, isinstance(mysuper(F), super))

attempt("int", lambda: super(D, 42))
attempt("wrong", lambda: super(D, C()))
attempt("get-int", lambda: super(D).__get__(12))
attempt("get-wrong", lambda: super(D).__get__(C()))
attempt("kw", lambda: super(A, kw=1))
attempt("argc", lambda: super(int, int, int))
attempt("argtype", lambda: super(1, int))
print(super(D).__self__, super(D, D()).__thisclass__.__name__)

class DDbase(object):
    def getx(self): return 42
    x = property(getx)
class DDsub(DDbase):
    def getx(self): return "hello"
    x = property(getx)
dd = DDsub()
print(dd.x, super(DDsub, dd).x)

class Base(object):
    aProp = property(lambda self: "foo")
class Sub(Base):
    @classmethod
    def test(klass):
        return super(Sub, klass).aProp
print(Sub.test() is Base.aProp)

# __classcell__
class Meta(type):
    def __new__(cls, name, bases, namespace):
        namespace.pop('__classcell__', None)
        return super().__new__(cls, name, bases, namespace)
class WithoutClassRef(metaclass=Meta):
    pass
def missing():
    class WithClassRef(metaclass=Meta):
        def f(self):
            return __class__
attempt("missing", missing)

class Meta2(type):
    def __new__(cls, name, bases, namespace, cell):
        namespace['__classcell__'] = cell
        return super().__new__(cls, name, bases, namespace)
for bad in (None, 0, ""):
    def overwrite():
        class Q(metaclass=Meta2, cell=bad):
            pass
    attempt("overwrite", overwrite)

class Meta3(type):
    def __new__(cls, name, bases, namespace):
        cls = super().__new__(cls, name, bases, namespace)
        B = type("B", (), namespace)
        return cls
def wrong_cell():
    class A3(metaclass=Meta3):
        def f(self):
            return __class__
attempt("wrong-cell", wrong_cell)

seen = []
class Meta4(type):
    def mro(self):
        self.__dict__["f"]()
        return super().mro()
class A4(metaclass=Meta4):
    def f():
        seen.append(__class__)
print(seen == [A4])
