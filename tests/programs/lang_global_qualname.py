# A def or class declared `global` in a function, or in a class body, is
# qualified as a module-level one; lambdas and comprehensions are not.
import pickle


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

    def local_fn():
        pass

    global lam
    lam = lambda: 0
    return Local, local_fn


Local, local_fn = make()
print(Point.__qualname__, Point.norm.__qualname__, helper.__qualname__)
print(__private.__qualname__)
print(Local.__qualname__, local_fn.__qualname__, lam.__qualname__)
print(pickle.loads(pickle.dumps(Point())).__class__.__qualname__)


class Outer:
    global Inner2

    class Inner2:
        pass

    class Inner:
        pass

    def meth(self):
        global from_method

        def from_method():
            pass
        return from_method


Outer().meth()
print(Inner2.__qualname__, Outer.Inner.__qualname__, from_method.__qualname__)

