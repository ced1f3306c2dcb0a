# __doc__ of builtin functions and types (what functools.wraps copies and
# help() shows), and of property/type, whose dicts hold a __doc__ getset.
import builtins, functools

skip = {"exit", "quit", "help", "copyright", "credits", "license", "open", "ExceptionGroup"}
for n in sorted(dir(builtins)):
    o = getattr(builtins, n)
    if callable(o) and not n.startswith("_") and n not in skip:
        d = o.__doc__
        print(n, type(d).__name__, len(d) if d else 0, repr(d.splitlines()[0]) if d else "")

def g(self):
    "getter doc"
p = property(g)
print(p.__doc__, property(doc="x").__doc__, property().__doc__)
class P(property):
    "sub doc"
print(P.__doc__, P(g).__doc__)
class A:
    "A doc"
class B:
    pass
class M(type):
    pass
print(A.__doc__, B.__doc__, A().__doc__, M.__doc__, type(A).__doc__ == type.__doc__)
print([].__doc__ == list.__doc__, ZeroDivisionError().__doc__, BlockingIOError.__doc__)

@functools.wraps(len)
def mylen(x):
    return 0
print(mylen.__name__, mylen.__doc__, mylen.__wrapped__ is len)
def w(): pass
functools.update_wrapper(w, sorted)
print(w.__name__, w.__qualname__, w.__module__, w.__doc__.splitlines()[0])
