# Compressed archive bytes made through zlib: gzip.compress(mtime=0),
# GzipFile, zipfile (deflated members, fixed dates), tarfile w:gz and
# base64 of compressed data.
import base64, gzip, hashlib, io, tarfile, zipfile, zlib


def h(b):
    return "%d:%s" % (len(b), hashlib.sha256(b).hexdigest()[:20])


lines = b"".join(b"line %05d: %s\n" % (i, b"xyz" * (i % 7)) for i in range(4000))
print(gzip.compress(b"hello world", mtime=0).hex())
for level in (0, 1, 5, 9):
    print(level, h(gzip.compress(lines, compresslevel=level, mtime=0)))
print(base64.b64encode(zlib.compress(b"The quick brown fox jumps over the lazy dog" * 3)).decode())
print(base64.b85encode(zlib.compress(lines[:300], 9)).decode())

buf = io.BytesIO()
with gzip.GzipFile(filename="data.txt", mode="wb", fileobj=buf, mtime=0, compresslevel=6) as f:
    for i in range(0, len(lines), 3333):
        f.write(lines[i:i + 3333])
    f.flush()
    f.write(b"after flush\n")
print(h(buf.getvalue()), gzip.decompress(buf.getvalue()) == lines + b"after flush\n")

for method in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
    for level in (None, 1, 9):
        zb = io.BytesIO()
        with zipfile.ZipFile(zb, "w", compression=method, compresslevel=level) as z:
            z.writestr(zipfile.ZipInfo("a.txt", date_time=(2020, 1, 2, 3, 4, 6)), lines, compress_type=method, compresslevel=level)
            zi = zipfile.ZipInfo("dir/b.bin", date_time=(2021, 5, 6, 7, 8, 10))
            zi.compress_type = method
            z.writestr(zi, bytes(range(256)) * 40)
            zi = zipfile.ZipInfo("c.txt", date_time=(2022, 1, 1, 0, 0, 0))
            zi.compress_type = method
            with z.open(zi, "w") as w:
                w.write(lines[:5000])
                w.write(lines[5000:9000])
        data = zb.getvalue()
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = [(i.filename, i.compress_size, i.file_size) for i in z.infolist()]
            ok = z.read("a.txt") == lines
        print(method, level, h(data), infos, ok)

tb = io.BytesIO()
with tarfile.open(fileobj=tb, mode="w:gz", compresslevel=6) as t:
    for name, payload in (("x/one.txt", lines[:20000]), ("x/two.bin", bytes(5000))):
        ti = tarfile.TarInfo(name)
        ti.size = len(payload)
        ti.mtime = 1600000000
        ti.mode = 0o644
        ti.uname = ti.gname = "user"
        t.addfile(ti, io.BytesIO(payload))
raw = tb.getvalue()
# the gzip header holds the time the archive was written: compare the rest
print(raw[:4].hex(), raw[8:10].hex(), h(raw[10:]))
with tarfile.open(fileobj=io.BytesIO(raw), mode="r:gz") as t:
    print([(m.name, m.size) for m in t.getmembers()], t.extractfile("x/one.txt").read() == lines[:20000])
