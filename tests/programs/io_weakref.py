import io, weakref, gc
for make in (io.StringIO, io.BytesIO, lambda: open(__file__), lambda: open(__file__, "rb"), lambda: open(__file__, "rb", buffering=0)):
    f = make()
    r = weakref.ref(f)
    print(type(f).__name__, r() is f)
    f.close()
class MyIO(io.StringIO): pass
m = MyIO(); print(weakref.ref(m)() is m)
try:
    weakref.ref(io.IOBase())
    print("ok iobase")
except TypeError as e:
    print(e)
