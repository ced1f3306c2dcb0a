# getattr/setattr/delattr/hasattr accept str subclass instances as names
class S(str):
    pass


class Bag:
    pass


o = Bag()
name, name2 = S("name"), S("name2")
try:
    delattr(o, name)
except AttributeError as e:
    print(type(e).__name__, e)
setattr(o, name, 1)
print(o.name, getattr(o, name), hasattr(o, name), hasattr(o, name2))
o.name = 2
print(list(o.__dict__) == [name], getattr(o, S("name")))
try:
    del o.name2
except AttributeError as e:
    print(type(e).__name__, e)
setattr(o, name2, 3)
print(o.name2, list(o.__dict__) == [name, name2])
print(o.__dict__[S("name2")], getattr(o, S("missing"), "dflt"))
delattr(o, name)
print(sorted(o.__dict__))
for bad in (1, b"name", None):
    for f in (getattr, hasattr, delattr):
        try:
            f(o, bad)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
    try:
        setattr(o, bad, 1)
    except TypeError as e:
        print("setattr", type(e).__name__, e)
print(getattr(str, S("upper"))("abc"), getattr(1, S("real")))
