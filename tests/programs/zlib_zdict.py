# compressobj(zdict=...): the preset dictionary's effect on the bytes, for
# zlib and raw streams, dictionaries longer than the window, empty ones.
import zlib

text = b"".join(b"record %d: name=item%d value=%d status=%s\n" % (i, i * 7 % 13, i * i % 1000, b"ok" if i % 3 else b"fail") for i in range(300))
dicts = [b"", b"record name= value= status=ok status=fail\n", text[:5000], text * 3]
for d in dicts:
    for wbits in (15, -15, 9, -9):
        for level in (0, 1, 6, 9):
            co = zlib.compressobj(level, zlib.DEFLATED, wbits, zdict=d)
            c = co.compress(text[1000:3000]) + co.flush(zlib.Z_SYNC_FLUSH) + co.compress(b"tail") + co.flush()
            do = zlib.decompressobj(wbits, zdict=d)
            ok = do.decompress(c) == text[1000:3000] + b"tail"
            print(len(d), wbits, level, len(c), c[:40].hex(), ok)
for bad in (lambda: zlib.compressobj(wbits=31, zdict=b"abc"), lambda: zlib.compressobj(zdict="abc"),
            lambda: zlib.compressobj(memLevel=10), lambda: zlib.compressobj(wbits=-8), lambda: zlib.compressobj(wbits=24),
            lambda: zlib.compressobj(strategy=5), lambda: zlib.compressobj(method=9), lambda: zlib.compress(b"x", 6, 24)):
    try:
        bad()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
try:
    zlib.compressobj(zdict=None)
except TypeError as e:
    print(type(e).__name__, e)
print(zlib.compress(b"x", 6, 8).hex(), zlib.compressobj(wbits=8).flush().hex())
