import abc
from abc import ABC, ABCMeta, abstractmethod
from collections.abc import Sequence, Mapping, Iterable, Sized, Hashable

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class A(ABC):
    @abstractmethod
    def foo(self): pass
    @property
    @abstractmethod
    def bar(self): pass
    def baz(self): pass

class B(A):
    def foo(self): return 1

class C(B):
    bar = 2

show("abstracts A", lambda: sorted(A.__abstractmethods__))
show("abstracts B", lambda: sorted(B.__abstractmethods__))
show("abstracts C", lambda: sorted(C.__abstractmethods__))
show("inst A", lambda: A())
show("inst B", lambda: B())
show("inst C", lambda: type(C()).__name__)
show("impl type", lambda: type(A._abc_impl).__name__)
show("tpflags gone", lambda: '__abc_tpflags__' in Sequence.__dict__)

class V:
    pass
tok = abc.get_cache_token()
show("before", lambda: (issubclass(V, A), isinstance(V(), A)))
show("register", lambda: A.register(V) is V)
show("token changed", lambda: abc.get_cache_token() != tok)
show("after", lambda: (issubclass(V, A), isinstance(V(), A)))
class W(V):
    pass
show("sub of registered", lambda: (issubclass(W, A), isinstance(W(), A)))
show("register non-class", lambda: A.register(1))
show("register again", lambda: A.register(V) is V)
show("register self", lambda: A.register(A) is A)
show("cycle", lambda: V.register(A) if hasattr(V, 'register') else 'n/a')
class D(ABC):
    pass
class E(D):
    pass
show("cycle2", lambda: E.register(D))
show("issubclass non-class", lambda: issubclass(1, A))
show("issubclass unhashable", lambda: issubclass({}, A))

class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return hasattr(C, 'quack') or NotImplemented
        return NotImplemented
class Duck:
    def quack(self): pass
show("hook", lambda: (issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(int, Hook)))

class BadHook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 42
show("bad hook", lambda: issubclass(int, BadHook))

show("builtins", lambda: (isinstance([], Sequence), isinstance({}, Mapping), isinstance(1, Hashable), isinstance([], Hashable), issubclass(str, Iterable), isinstance(3, Sized)))

class MySeq(Sequence):
    def __getitem__(self, i): return i
    def __len__(self): return 0
show("myseq", lambda: (isinstance(MySeq(), Sequence), isinstance(MySeq(), Iterable), isinstance(MySeq(), Mapping)))
def m(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
    return "other"
show("match", lambda: (m(MySeq()), m({}), m(1)))

class Meta(ABCMeta):
    pass
class F(metaclass=Meta):
    @abstractmethod
    def f(self): pass
show("meta abstracts", lambda: sorted(F.__abstractmethods__))
show("dump", lambda: [len(x) if isinstance(x, set) else type(x).__name__ for x in abc._get_dump(A)])
A._abc_registry_clear()
A._abc_caches_clear()
show("cleared", lambda: issubclass(V, A))

class G(ABC):
    pass
G._abc_impl = 5
show("bad impl", lambda: issubclass(int, G))
class P(ABC):
    x = abstractmethod(lambda self: 0)
show("lambda abstract", lambda: sorted(P.__abstractmethods__))
class Q(ABC):
    @classmethod
    @abstractmethod
    def cm(cls): pass
    @staticmethod
    @abstractmethod
    def sm(): pass
show("cm/sm abstract", lambda: sorted(Q.__abstractmethods__))
