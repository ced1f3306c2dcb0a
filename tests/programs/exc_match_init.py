# except-clause tuples are validated whole; ImportError.__init__ resets
# msg/name/path; UnicodeDecodeError keeps a bytes copy of its object.


def catch(spec):
    try:
        try:
            raise ValueError("v")
        except spec:
            return "caught"
    except TypeError as e:
        return "%s: %s" % (type(e).__name__, e)


for spec in (ValueError, (ValueError, 42), (KeyError, ValueError), (ValueError, (KeyError,)), 42, (ValueError, int)):
    print(catch(spec))

exc = ImportError("test", name="name", path="path")
print(exc.args, exc.msg, exc.name, exc.path)
exc.__init__()
print(exc.args, exc.msg, exc.name, exc.path)
exc.__init__("a", "b")
print(exc.args, exc.msg, exc.name, exc.path)
try:
    ImportError("x", bad=1)
except TypeError as e:
    print(type(e).__name__, e)

for obj in (b"\xff", bytearray(b"\xff"), memoryview(b"\xfe\xff")):
    e = UnicodeDecodeError("ascii", obj, 0, 1, "ordinal not in range(128)")
    print(repr(e.object), type(e.object).__name__, str(e))
try:
    UnicodeDecodeError("ascii", "str", 0, 1, "r")
except TypeError as e:
    print(type(e).__name__, e)
