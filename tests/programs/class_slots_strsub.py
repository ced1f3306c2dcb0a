def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class SubStr(str):
    pass
class X(object):
    __slots__ = (SubStr('x'),)
x = X()
x.x = 1
show("slot value", lambda: x.x)
show("missing", lambda: X().a)
show("unset", lambda: X().x)
show("descr", lambda: type(X.__dict__['x']).__name__)
def bad():
    class Y:
        __slots__ = (1,)
show("int slot", bad)
def bad2():
    class Y:
        __slots__ = (SubStr('1x'),)
show("bad ident", bad2)
class Z:
    __slots__ = SubStr('z')
z = Z()
z.z = 5
show("single", lambda: (z.z, Z.__slots__))
