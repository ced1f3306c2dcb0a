# exec'd code: a def or class declared `global` is qualified as a
# module-level one, as in compiled code (lang_global_qualname.py).
SRC = '''
def make():
    global Point, helper, __private

    class Point:
        def norm(self):
            return 0

    def helper():
        return 1

    def __private():
        return 2

    class Local:
        pass

    global lam
    lam = lambda: 0
    return Local


Local = make()
print(Point.__qualname__, Point.norm.__qualname__, helper.__qualname__)
print(__private.__qualname__, Local.__qualname__, lam.__qualname__)


class Outer:
    global Inner2

    class Inner2:
        pass

    def meth(self):
        global from_method

        def from_method():
            pass

        def __hidden():
            global __g

            def __g():
                pass
            return __g
        return __hidden()


print(Outer().meth().__qualname__)
print(Inner2.__qualname__, from_method.__qualname__)
'''
exec(compile(SRC, "gen.py", "exec"), {"__name__": "gen"})
