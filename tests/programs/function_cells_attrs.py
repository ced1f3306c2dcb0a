import types

C = types.CellType
for a in [(1,), (1, 2)]:
    try:
        print(repr(C(*a).cell_contents))
    except Exception as e:
        print(type(e).__name__, e)
try:
    C().cell_contents
except Exception as e:
    print(type(e).__name__, e)
try:
    C(x=1)
except Exception as e:
    print(type(e).__name__, e)
print(C(1) < C(2), C(1) == C(1), C(2) >= C(1), C() == C(), C() < C(1), C(1) != C(2))
print(C(1) < C(), C() < C(1), C() <= C(), C() == C(1), C(1) != C())
print(C.__eq__(C(1), 1), C.__lt__(C(1), C(2)), C(1) == 1)
for f in (lambda: C(1) < 1, lambda: hash(C(1))):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


def outer():
    x = [1]

    def inner():
        return x
    return inner


cell = outer().__closure__[0]
print(cell == C([1]), cell.cell_contents)


class F:
    def a(self):
        pass


F.a.known_attr = 7
print('known_attr' in dir(F().a), F().a.known_attr)
for f in (lambda: delattr(F().a, '__class__'), lambda: setattr(F().a, 'x', 1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

print(int.__add__.__doc__, "|", (1).__add__.__doc__, "|", iter([]).__next__.__doc__)
print(object.__init__.__doc__)
print(list.__len__.__doc__, "|", [].__iter__.__doc__, "|", (x for x in ()).__next__.__doc__)
print(int.__new__.__doc__)
