# Binary operator dispatch (CPython's binary_op1 and the generic number slot).


class Base:
    def __init__(self, name):
        self.name = name

    def __add__(self, other):
        print("  " + self.name + ".__add__")
        return NotImplemented

    def __radd__(self, other):
        print("  " + self.name + ".__radd__")
        return "radd by " + self.name


class Left(Base):
    pass


class Right(Base):
    pass


class Sub(Left):
    def __radd__(self, other):
        print("  Sub.__radd__")
        return "Sub wins"


class Plain(Left):
    pass


def show(label, f):
    print(label)
    try:
        print("  ->", f())
    except TypeError as e:
        print("  TypeError", e)


show("siblings", lambda: Left("L") + Right("R"))
show("same type", lambda: Left("a") + Left("b"))
show("subclass overrides radd", lambda: Left("L") + Sub("S"))
show("subclass inherits radd", lambda: Left("L") + Plain("P"))
show("int + obj", lambda: 1 + Left("L"))
show("obj + int", lambda: Left("L") + 1)


class OnlyR:
    def __rmul__(self, other):
        return ("rmul", other)

    def __rsub__(self, other):
        return ("rsub", other)


show("list * OnlyR", lambda: [1, 2] * OnlyR())
show("str * OnlyR", lambda: "ab" * OnlyR())
show("3 - OnlyR", lambda: 3 - OnlyR())
show("2.5 * OnlyR", lambda: 2.5 * OnlyR())
show("OnlyR * 2", lambda: OnlyR() * 2)
show("list * str", lambda: [1] * "a")
show("str * list", lambda: "a" * [1])
show("tuple * float", lambda: (1,) * 1.5)
show("2 * list", lambda: 2 * [7])
show("True * str", lambda: True * "ab")
show("list + tuple", lambda: [1] + (2,))
show("str + int", lambda: "a" + 1)
show("int + str", lambda: 1 + "a")


class Money(int):
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(int(self) + int(other))
        return NotImplemented

    def __repr__(self):
        return "Money(%d)" % int(self) if False else "Money(" + str(int(self)) + ")"


show("Money + int", lambda: Money(2) + 3)
show("int + Money", lambda: 3 + Money(2))
show("Money + Money", lambda: Money(2) + Money(5))
show("Money + float", lambda: Money(2) + 0.5)
show("float + Money", lambda: 0.5 + Money(2))


class F(float):
    def __radd__(self, other):
        return "F.__radd__"

    def __rsub__(self, other):
        return NotImplemented


show("float + F", lambda: 1.5 + F(2))
show("int + F", lambda: 1 + F(2))
show("float - F", lambda: 1.5 - F(2))
show("F + float", lambda: F(2) + 1.5)


class B(int):
    def __rand__(self, other):
        return "B.__rand__"


show("True & B", lambda: True & B(1))
show("B & True", lambda: B(1) & True)
show("True & 1", lambda: True & 1)
show("divmod obj", lambda: divmod(Left("L"), 2))


class DM:
    def __divmod__(self, other):
        return ("divmod", other)

    def __rdivmod__(self, other):
        return ("rdivmod", other)


show("divmod DM", lambda: divmod(DM(), 5))
show("divmod rDM", lambda: divmod(5, DM()))
x = Left("x")
try:
    x += 1
except TypeError as e:
    print("iadd TypeError", e)
y = [1]
y *= 2
print(y)
for code in ["x += 'a'", "x -= 'a'", "x **= 'a'", "x @= 1", "x //= None", "x <<= 1.5", "s += 1", "t += [1]", "l *= 'a'", "f %= 's'"]:
    x, s, t, l, f = 1, "a", (1,), [1], 2.5
    try:
        exec(code) if False else None
        if code == "x += 'a'":
            x += "a"
        elif code == "x -= 'a'":
            x -= "a"
        elif code == "x **= 'a'":
            x **= "a"
        elif code == "x @= 1":
            x @= 1
        elif code == "x //= None":
            x //= None
        elif code == "x <<= 1.5":
            x <<= 1.5
        elif code == "s += 1":
            s += 1
        elif code == "t += [1]":
            t += [1]
        elif code == "l *= 'a'":
            l *= "a"
        else:
            f %= "s"
    except TypeError as e:
        print(code, "->", e)
