# zlib.Compress.copy(): two compressors continuing from one state
import copy
import zlib

data0 = b'abcdefghij' * 50 + bytes(range(256)) * 3
data1 = b'the second part ' * 40
data2 = b'and a different third part ' * 30
for wbits in (15, -15, 31):
    c0 = zlib.compressobj(6, zlib.DEFLATED, wbits)
    head = c0.compress(data0)
    head += c0.flush(zlib.Z_SYNC_FLUSH)
    c1 = c0.copy()
    c2 = copy.copy(c0)
    c3 = copy.deepcopy(c0)
    a = head + c0.compress(data1) + c0.flush()
    b = head + c1.compress(data2) + c1.flush()
    c = head + c2.compress(data1) + c2.flush()
    d = head + c3.compress(b'') + c3.flush()
    print(wbits, zlib.decompress(a, wbits) == data0 + data1, zlib.decompress(b, wbits) == data0 + data2,
          a == c, zlib.decompress(d, wbits) == data0)
c = zlib.compressobj()
c.compress(b'x' * 100)
c.flush()
for f in (c.copy, lambda: copy.copy(c)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
c = zlib.compressobj(zdict=b'abcdefghij')
out = c.compress(b'abcdefghij' * 3)
c2 = c.copy()
out += c2.flush()
d = zlib.decompressobj(zdict=b'abcdefghij')
print(d.decompress(out))
