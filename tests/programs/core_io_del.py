# io's IOBase.__del__ closes an object that is not closed yet (flushing it),
# as CPython's iobase_finalize; subclasses call it through super().__del__().
import gc
import io

record = []


def make(base):
    class MyIO(base):
        def __init__(self, *args):
            super().__init__(*args)
            self.on_del = 1
            self.on_close = 2
            self.on_flush = 3

        def __del__(self):
            record.append(self.on_del)
            try:
                f = super().__del__
            except AttributeError:
                pass
            else:
                f()

        def close(self):
            record.append(self.on_close)
            super().close()

        def flush(self):
            record.append(self.on_flush)
            super().flush()
    return MyIO


for base in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase):
    record.clear()
    f = make(base)()
    del f
    gc.collect()
    print(base.__name__, record)

for base, args in ((io.BytesIO, (b"abc",)), (io.StringIO, ("abc",))):
    record.clear()
    f = make(base)(*args)
    del f
    gc.collect()
    print(base.__name__, record)

raw = io.BytesIO()
record.clear()
f = make(io.BufferedWriter)(raw)
f.write(b"xyz")
del f
gc.collect()
print("BufferedWriter", record, raw.closed)


# Called explicitly: closes once, marks _finalizing, ignores errors.
class Plain(io.IOBase):
    def close(self):
        print("close called, finalizing =", getattr(self, "_finalizing", None))
        super().close()


p = Plain()
io.IOBase.__del__(p)
print(p.closed)
io.IOBase.__del__(p)  # already closed: nothing happens


class Failing(io.IOBase):
    def close(self):
        raise OSError("cannot close")


io.IOBase.__del__(Failing())
print("error silenced")


class NoClosed(io.IOBase):
    @property
    def closed(self):
        raise ValueError("broken")


io.IOBase.__del__(NoClosed())
print("unusable object left alone")

try:
    io.IOBase.__del__(p, 1)
except TypeError as e:
    print(type(e).__name__)

buf = io.BytesIO(b"data")
io.IOBase.__del__(buf)
print(buf.closed)
