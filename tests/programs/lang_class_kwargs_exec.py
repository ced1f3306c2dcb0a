import __future__  # built for the exec below
src = '''
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(kw.items()))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        pass
class A(**{"metaclass": M, "x": 1}): pass
class B(*(A,), **{"y": 2}): pass
print(type(B).__name__)
def f(*args: *[9]): pass
print(f.__annotations__)
try:
    class D(**{1: 2}): pass
except Exception as e:
    print(type(e).__name__, e)
'''
exec(src)
exec('''from __future__ import annotations
def k(*a: *Ts): pass
print(k.__annotations__)
''')
for bad in ["[1, 2]", "[]", "5"]:
    try:
        exec("def h(*args: *%s): pass" % bad)
    except Exception as e:
        print(type(e).__name__, e)
