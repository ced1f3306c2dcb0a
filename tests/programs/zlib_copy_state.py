# Decompress.copy() after flush() reached the end of the stream.
import zlib, copy

def p(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(repr(r))

data = zlib.compress(b'hello world' * 10)
d = zlib.decompressobj()
print(d.decompress(data)[:11], d.eof)
c = d.copy()
print(type(c).__name__, c.eof, c.flush())
print(d.flush())
p(lambda: d.copy())
p(lambda: copy.copy(d))
p(lambda: copy.deepcopy(d))
e = zlib.decompressobj()
print(e.flush())
print(type(e.copy()).__name__)
half = zlib.decompressobj()
first = half.decompress(data[:10])
h2 = half.copy()
print((first + half.decompress(data[10:]))[:16], (first + h2.decompress(data[10:]))[:16])
