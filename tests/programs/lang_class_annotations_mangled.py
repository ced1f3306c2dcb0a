# Class-body annotations: private names are mangled in __annotations__, and
# an exec'd class body with annotations gets its __annotations__ dict first.
SRC = '''
class A:
    __x: int = 1
    __y: str
    z: float
    def m(self):
        return f(__kw=1, plain=2)
def f(**kw):
    return sorted(kw)
class B:
    y: int
    if True:
        w: "str" = "w"
print(A.__annotations__, A().m(), sorted(k for k in vars(A) if 'x' in k))
print(B.__annotations__, B.w)
'''
exec(SRC, {})
exec(compile(SRC, "<classes>", "exec"), {})
g = {}
exec(SRC, g)
print(sorted(k for k in g if not k.startswith("__")))


class C:
    __x: int = 1
    __y: str

    def m(self):
        return f(__kw=1, plain=2)


def f(**kw):
    return sorted(kw)


print(C.__annotations__, C().m())
