import abc

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

def f(x):
    "f docstring"
    return x

cm = classmethod(f)
show("cm dict", lambda: sorted(cm.__dict__.items()))
cm.x = 42
show("cm x", lambda: (cm.x, sorted(cm.__dict__)))
del cm.x
show("cm no x", lambda: hasattr(cm, "x"))
show("cm func", lambda: (cm.__func__ is f, cm.__wrapped__ is f))
show("cm name", lambda: (cm.__name__, cm.__qualname__, cm.__doc__, cm.__module__))
def setfunc():
    cm.__func__ = 2
show("cm set func", setfunc)
def setwrapped():
    cm.__wrapped__ = 2
show("cm set wrapped", setwrapped)
def setabs():
    cm.__isabstractmethod__ = 2
show("cm set abs", setabs)
def setdict(v):
    cm.__dict__ = v
show("cm set dict int", lambda: setdict(2))
def setdict2():
    cm.__dict__ = {'a': 1}
    return cm.a
show("cm set dict", setdict2)
show("cm kw", lambda: classmethod(f, kw=1))
show("cm noargs", lambda: classmethod())
show("cm 2args", lambda: classmethod(f, f))
show("cm noncallable", lambda: classmethod(1).__get__(1)())

sm = staticmethod(None)
show("sm dict", lambda: sm.__dict__)
sm.x = 42
show("sm x", lambda: (sm.x, sorted(sm.__dict__)))
show("sm f", lambda: sorted(staticmethod(f).__dict__.items()))
show("sm call", lambda: staticmethod(len)("abc"))
show("sm repr", lambda: repr(staticmethod(len)))
show("cm repr", lambda: repr(classmethod(len)))
show("uninit cm get", lambda: classmethod.__new__(classmethod).__get__(1))
show("uninit cm repr", lambda: repr(classmethod.__new__(classmethod)))
show("uninit func", lambda: classmethod.__new__(classmethod).__func__)

class MyCM(classmethod):
    pass
m = MyCM(f)
show("sub type", lambda: (type(m).__name__, isinstance(m, classmethod), sorted(m.__dict__)))

class Logging(classmethod):
    def __get__(self, obj, owner=None):
        print("get", owner.__name__)
        return super().__get__(obj, owner)
class K:
    @Logging
    def meth(cls):
        return cls.__name__
    @MyCM
    def m2(cls, a):
        return (cls.__name__, a)
show("override get", lambda: K.meth())
show("sub cm call", lambda: K.m2(1))
show("sub cm inst", lambda: K().m2(2))

class Implicit:
    def __init_subclass__(cls):
        pass
show("implicit dict", lambda: Implicit.__dict__['__init_subclass__'].__dict__)

def bar(cls):
    return cls
foo = abc.abstractclassmethod(bar)
show("abstractclassmethod", lambda: (type(foo).__name__, foo.__isabstractmethod__, bar.__isabstractmethod__))
def baz():
    pass
sfoo = abc.abstractstaticmethod(baz)
show("abstractstaticmethod", lambda: (type(sfoo).__name__, sfoo.__isabstractmethod__))
class A(abc.ABC):
    @abc.abstractclassmethod
    def foo(cls):
        return cls.__name__
show("abstract cls", lambda: A.foo())
show("abstract inst", lambda: A())

class C:
    @classmethod
    def __new__(*args):
        return args
class D(C):
    pass
show("cm __new__", lambda: C(1, 2)[1:])
show("cm __new__ sub", lambda: [a.__name__ if isinstance(a, type) else a for a in D(1, 2)])
class E:
    @staticmethod
    def __new__(*args):
        return args[1:]
show("sm __new__", lambda: E(1, 2))

class P:
    @classmethod
    @property
    def name(cls):
        return "P:" + cls.__name__
show("cm property", lambda: P.name)
show("doc", lambda: classmethod.__doc__.splitlines()[0] + " / " + staticmethod.__doc__.splitlines()[0])
show("implicit doc", lambda: Implicit.__dict__['__init_subclass__'].__doc__.splitlines()[0])
