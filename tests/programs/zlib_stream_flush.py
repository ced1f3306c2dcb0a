# compressobj streaming: chunked input, every flush mode (also repeated and
# on an empty stream), copy() mid-stream; the bytes of every call.
import zlib, hashlib


def lcg_text(n, seed):
    ws = b"alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()
    x = seed
    out = []
    size = 0
    while size < n:
        x = (x * 1103515245 + 12345) & 0x7fffffff
        w = ws[(x >> 16) % len(ws)]
        out.append(w)
        size += len(w) + 1
    return b" ".join(out)[:n]


def show(b):
    return b.hex() if len(b) <= 48 else "%d:%s" % (len(b), hashlib.sha256(b).hexdigest()[:16])


data = lcg_text(120000, 3)
modes = [zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_BLOCK]
for level in (0, 1, 6, 9):
    for wbits in (15, -15, 31, -10):
        co = zlib.compressobj(level, zlib.DEFLATED, wbits)
        outs = []
        pos = 0
        step = 0
        x = level * 7 + wbits
        while pos < len(data):
            x = (x * 1103515245 + 12345) & 0x7fffffff
            n = (1, 17, 500, 4096, 20000, 70000)[(x >> 16) % 6]
            outs.append(co.compress(data[pos:pos + n]))
            pos += n
            if (x >> 8) % 3 == 0:
                outs.append(co.flush(modes[(x >> 4) % 5]))
            step += 1
        outs.append(co.flush())
        whole = b"".join(outs)
        print(level, wbits, step, show(whole), [len(o) for o in outs][:12], zlib.decompress(whole, wbits) == data)

for mode in modes:
    for level in (0, 6):
        co = zlib.compressobj(level)
        print(mode, level, co.flush(mode).hex(), co.flush(mode).hex(), co.compress(b"abc").hex(), co.flush(mode).hex(), co.flush(mode).hex(), co.flush().hex())

co = zlib.compressobj(6)
print(co.flush(zlib.Z_FINISH).hex())
co = zlib.compressobj(9, zlib.DEFLATED, -15, 8, zlib.Z_FILTERED)
head = co.compress(data[:50000])
cp = co.copy()
print(show(head + co.compress(data[50000:]) + co.flush()))
print(show(head + cp.compress(data[60000:]) + cp.flush(zlib.Z_SYNC_FLUSH) + cp.flush()))

# level 0 through the output buffer's growth
co = zlib.compressobj(0)
print(show(co.compress(data) + co.compress(data[:100]) + co.flush()))
print(show(zlib.compress(data * 3, 0)))
for bad in (6, -1, 7):
    co = zlib.compressobj()
    try:
        co.flush(bad)
    except zlib.error as e:
        print(bad, e)
co = zlib.compressobj()
co.flush()
for f in (lambda: co.compress(b"x"), lambda: co.flush(zlib.Z_SYNC_FLUSH), lambda: co.flush(), co.copy):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
