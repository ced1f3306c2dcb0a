# zlib (compress/decompress/crc32/adler32/compressobj/decompressobj, wbits) and gzip.
import zlib, gzip, io, os, tempfile

data = b"The quick brown fox jumps over the lazy dog. " * 20
print(zlib.crc32(b""), zlib.crc32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.crc32(b"hello world"))
print(zlib.adler32(b""), zlib.adler32(b"hello"), zlib.adler32(b"world", 12345), zlib.crc32(bytearray(b"ab")), zlib.crc32(memoryview(b"ab")))
for level in [0, 1, 6, 9, -1]:
    c = zlib.compress(data, level)
    print(level, len(c) < len(data) or level == 0, zlib.decompress(c) == data, c[:2].hex())
# Compressed bytes themselves are not compared: Grumpy deflates with Go's
# compress/flate, whose output differs from zlib's (see the report).
print(zlib.compress(b"abc")[:2].hex(), zlib.decompress(zlib.compress(b"", 9)))
for wbits in [15, -15, 31, 9 + 16, 8]:
    co = zlib.compressobj(6, zlib.DEFLATED, wbits)
    c = co.compress(data) + co.flush()
    d = zlib.decompress(c, wbits if wbits != 8 else 9)
    auto = zlib.decompress(c, 47) if wbits > 0 else b"n/a"
    print(wbits, d == data, auto == data or auto == b"n/a", c[:2].hex() if wbits > 0 else len(c) > 0)
co = zlib.compressobj()
parts = [co.compress(data[i:i + 100]) for i in range(0, len(data), 100)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
parts.append(co.compress(b"tail"))
parts.append(co.flush())
stream = b"".join(parts)
do = zlib.decompressobj()
out = b""
for i in range(0, len(stream), 7):
    out += do.decompress(stream[i:i + 7])
out += do.flush()
print(out == data + b"tail", do.eof, do.unused_data, do.unconsumed_tail)
do = zlib.decompressobj()
print(len(do.decompress(zlib.compress(data), 10)), len(do.unconsumed_tail) > 0)
do = zlib.decompressobj()
print(do.decompress(zlib.compress(b"xyz") + b"EXTRA"), do.eof, do.unused_data)
co = zlib.compressobj(9)
c1 = co.copy()
print(co.compress(b"aaa") + co.flush() == c1.compress(b"aaa") + c1.flush())
zd = b"hello hello hello"
co = zlib.compressobj(zdict=zd)
c = co.compress(b"hello hello world") + co.flush()
do = zlib.decompressobj(zdict=zd)
print(do.decompress(c))
for bad in [lambda: zlib.decompress(b"not compressed"), lambda: zlib.decompress(zlib.compress(data)[:20]),
            lambda: zlib.compress(b"x", 10), lambda: zlib.compress("str"), lambda: zlib.decompressobj(wbits=99),
            lambda: zlib.decompress(zlib.compress(b"x"), -15), lambda: zlib.crc32("s"), lambda: zlib.decompressobj().decompress(b"x", -1),
            lambda: zlib.decompress(zlib.compress(b"x"), 9)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.DEF_BUF_SIZE, isinstance(zlib.ZLIB_VERSION, str))
print(issubclass(zlib.error, Exception), zlib.error.__module__ if hasattr(zlib.error, "__module__") else "")

g = gzip.compress(data, mtime=0)
print(g[:4].hex(), g[4:8], len(g) < len(data), gzip.decompress(g) == data)
print(gzip.compress(b"abc", compresslevel=9, mtime=0)[:10].hex())
print(gzip.decompress(gzip.compress(b"one", mtime=0) + gzip.compress(b"two", mtime=0)))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as gf:
    gf.write(b"line1\nline2\n")
    gf.write(b"line3")
raw = buf.getvalue()
print(raw.hex()[:20], len(raw))
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as gf:
    print(gf.readline(), gf.read(3), gf.tell(), gf.readlines())
    gf.seek(0)
    print(gf.read(), gf.mode == gzip.READ if hasattr(gzip, "READ") else "")
d = tempfile.mkdtemp()
try:
    p = os.path.join(d, "f.txt.gz")
    with gzip.open(p, "wt", encoding="utf-8") as f:
        f.write("caf\u00e9\nsecond\n")
    with gzip.open(p, "rt", encoding="utf-8") as f:
        print([ascii(l) for l in f])
    with gzip.open(p, "rb") as f:
        print(f.read(), f.name == p)
    with gzip.open(p, "ab") as f:
        f.write(b"appended")
    with gzip.open(p) as f:
        print(f.read())
    with open(p, "wb") as f:
        f.write(b"plain text")
    try:
        with gzip.open(p) as f:
            f.read()
    except gzip.BadGzipFile as e:
        print(type(e).__name__, e, issubclass(gzip.BadGzipFile, OSError))
    try:
        gzip.open(p, "rz")
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        gzip.decompress(g[:-5])
    except EOFError as e:
        print(type(e).__name__, e)
finally:
    import shutil
    shutil.rmtree(d)
