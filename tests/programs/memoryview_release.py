# Released memoryviews, comparisons, weak references.
import weakref, array
def p(f):
    try: r = f()
    except Exception as e: print(type(e).__name__, e); return
    print(repr(r))
for src in (bytearray(b"abcdef"), b"abcdef", array.array('B', b"abcdef")):
    m = memoryview(src)
    m.release()
    p(lambda: bytes(m))
    p(lambda: m.tobytes())
    p(lambda: m.tolist())
    p(lambda: m[0])
    p(lambda: len(m))
    p(lambda: m.format)
    p(lambda: m.shape)
    def w():
        with m:
            pass
    p(w)
    p(lambda: "released memory" in repr(m))
    p(lambda: m == m)
    p(lambda: m != memoryview(src))
    p(lambda: m != src)
    p(lambda: m == "x")
    m = memoryview(src)
    p(lambda: m < m)
    p(lambda: m < b"abcdef")
    p(lambda: b"abcdef" <= m)
    p(lambda: m >= b"abcdef")
    p(lambda: m == "abcdef")
    p(lambda: "abcdef" != m)
    p(lambda: (m == b"abcdef", m == bytearray(b"abcdef"), m[0:5] == m, m == m[:]))
    p(lambda: bytearray(b"ab") < memoryview(b"ac"))
    p(lambda: b"ab" < bytearray(b"ac"))
    r = weakref.ref(m)
    p(lambda: r() is m)
a = array.array('i', [1, 2, 3])
pa = weakref.proxy(a)
p(lambda: (len(pa), pa.tolist()))
# hashing is kept across release; pickling is refused
import pickle, zlib
m = memoryview(b"abcdef")
print(hash(m) == hash(b"abcdef"))
m.release()
print(hash(m) == hash(b"abcdef"))
m = memoryview(b"abcdef")
m.release()
p(lambda: hash(m))
p(lambda: hash(memoryview(bytearray(b"ab"))))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    p(lambda: pickle.dumps(memoryview(b"abc"), proto))
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    p(lambda: pickle.dumps(zlib.compressobj(), proto))
    p(lambda: pickle.dumps(zlib.decompressobj(), proto))
