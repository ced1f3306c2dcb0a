# Custom mro() on metaclasses, __mro__ while mro() runs, __bases__ assignment.
class A(object):
    def f(self): return "A"
class B(A): pass
class C(A):
    def f(self): return "C"
class D(B, C): pass
print([k.__name__ for k in D.mro()], D().f())

class Perverse(type):
    def mro(cls):
        L = type.mro(cls)
        L.reverse()
        return L
class X(D, B, C, A, metaclass=Perverse): pass
print([k.__name__ for k in X.__mro__], X().f())

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)

def bad_dict():
    class M(type):
        def mro(self):
            return [self, dict, object]
    class Y(object, metaclass=M): pass
    return Y.__mro__
attempt("dict-layout", bad_dict)

def non_class():
    class M(type):
        def mro(self):
            return [self, 1]
    class Y(metaclass=M): pass
attempt("non-class", non_class)

def not_iterable():
    class M(type):
        def mro(self):
            return 5
    class Y(metaclass=M): pass
attempt("not-iterable", not_iterable)

def foreign_base():
    class Q: pass
    class M(type):
        def mro(cls):
            return (Q,)
    class Y(metaclass=M): pass
attempt("foreign", foreign_base)

seen = []
class Watch(type):
    def mro(cls):
        seen.append((cls.__name__, cls.__mro__))
        if cls.__mro__ is None and cls.__name__ != 'Inner':
            try:
                class Inner(cls): pass
            except TypeError as e:
                seen.append(str(e))
            try:
                super(cls, cls).xxx
            except AttributeError as e:
                seen.append('AttributeError')
        return type.mro(cls)
class W(metaclass=Watch): pass
print(seen[0], seen[1:])

# __bases__ assignment: conflicts propagate, failing mro() rolls back.
class P: pass
class Q: pass
class R(P, Q): pass
class S(P, Q): pass
class T(R, S): pass
attempt("conflict", lambda: setattr(R, '__bases__', (Q, P)))
print([k.__name__ for k in R.__mro__], [k.__name__ for k in T.__mro__])

class WorkOnce(type):
    def __new__(self, name, bases, ns):
        self.flag = 0
        return super(WorkOnce, self).__new__(WorkOnce, name, bases, ns)
    def mro(self):
        if self.flag > 0:
            raise RuntimeError("bozo")
        self.flag += 1
        return type.mro(self)
class C1: pass
class C2: pass
class D1(C1): pass
class E1(D1): pass
class F1(D1, metaclass=WorkOnce): pass
before = (E1.__mro__, D1.__mro__)
attempt("failing", lambda: setattr(D1, '__bases__', (C2,)))
print((E1.__mro__, D1.__mro__) == before, D1.__bases__ == (C1,))

class G1(C1): pass
G1.__bases__ = (C2,)
print([k.__name__ for k in G1.__mro__], C2.__subclasses__() == [G1], G1 in C1.__subclasses__())
attempt("cycle", lambda: setattr(C2, '__bases__', (G1,)))
attempt("empty", lambda: setattr(G1, '__bases__', ()))
attempt("nonclass", lambda: setattr(G1, '__bases__', (1,)))
attempt("nontuple", lambda: setattr(G1, '__bases__', [C1]))
attempt("type.mro", lambda: [k.__name__ for k in type.mro(G1)])
attempt("mro-args", lambda: G1.mro(1))
