# zlib.compress / compressobj output bytes: every level, wbits form,
# memLevel and strategy, on inputs from tiny to > 1 MB (hashes for large ones).
import zlib, hashlib


def lcg_bytes(n, seed, alphabet=256):
    x = seed
    out = bytearray(n)
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out[i] = (x >> 16) % alphabet
    return bytes(out)


def words(n, seed):
    ws = b"the quick brown fox jumps over lazy dog zlib deflate window hash chain match literal".split()
    x = seed
    parts = []
    size = 0
    while size < n:
        x = (x * 1103515245 + 12345) & 0x7fffffff
        w = ws[(x >> 16) % len(ws)]
        parts.append(w)
        size += len(w) + 1
    return b" ".join(parts)[:n]


def show(b):
    if len(b) <= 64:
        return b.hex()
    return "%d:%s" % (len(b), hashlib.sha256(b).hexdigest()[:20])


text = words(30000, 1)
inputs = {
    "empty": b"",
    "a": b"a",
    "tiny": b"hello hello hello world",
    "text": text,
    "rep": b"abcabcabd" * 3000,
    "zeros": bytes(50000),
    "rand": lcg_bytes(20000, 5),
    "small_alpha": lcg_bytes(40000, 9, 3),
}
for name, data in inputs.items():
    for level in (-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9):
        row = [show(zlib.compress(data, level, wbits)) for wbits in (15, -15, 31, 9, 8, 12, -9, 25)]
        print(name, level, " ".join(row))

for name in ("tiny", "text", "small_alpha", "zeros"):
    data = inputs[name]
    for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
        row = []
        for level in (1, 5, 9):
            for mem in (1, 5, 9):
                c = zlib.compressobj(level, zlib.DEFLATED, 15, mem, strategy)
                row.append(show(c.compress(data) + c.flush()))
        print(name, strategy, " ".join(row))

big = b"".join(words(3000, i) + lcg_bytes(200, i) + bytes([i % 256]) * (i % 500) for i in range(400))
print(len(big) > 1000000)
for level in (0, 1, 6, 9):
    c = zlib.compress(big, level)
    print("big", level, show(c), zlib.decompress(c) == big)
print(show(zlib.compress(big, 6, 31)))
co = zlib.compressobj(6, zlib.DEFLATED, -15, 9, zlib.Z_RLE)
print(show(co.compress(big) + co.flush()))
