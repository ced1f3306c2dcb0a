import io, array, os, tempfile

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

b = io.BytesIO(b"0123456789abcdef")
a = array.array('i', [0, 0])
show("bytesio array", lambda: (b.readinto(a), a.tobytes()))
a = array.array('b', [0] * 5)
show("bytesio array b", lambda: (b.readinto(a), a.tolist()))
ba = bytearray(4)
show("bytesio bytearray", lambda: (b.readinto(ba), ba))
mv = memoryview(bytearray(6))
show("bytesio memoryview", lambda: (b.readinto(mv), bytes(mv)))
show("bytesio bytes", lambda: b.readinto(b"xx"))
show("bytesio ro mv", lambda: b.readinto(memoryview(b"xx")))

d = tempfile.mkdtemp()
fn = os.path.join(d, "data")
with open(fn, "wb") as f:
    f.write(bytes(range(40)))
for buffering in (0, 8, -1):
    with open(fn, "rb", buffering=buffering) as f:
        a = array.array('h', [0] * 3)
        show("file %d readinto" % buffering, lambda: (f.readinto(a), a.tolist()))
        a = array.array('d', [0.0])
        show("file %d readinto d" % buffering, lambda: (f.readinto(a), a.tobytes()))
        if buffering:
            a = array.array('H', [0] * 4)
            show("file %d readinto1" % buffering, lambda: (f.readinto1(a), a.tolist()))
        mv = memoryview(array.array('i', [0, 0]))
        show("file %d readinto mv" % buffering, lambda: (f.readinto(mv), mv.tolist()))
        show("file %d readinto bytes" % buffering, lambda: f.readinto(b"abc"))
        show("file %d readinto int" % buffering, lambda: f.readinto(3))
os.remove(fn)
os.rmdir(d)
