# Decompressing corrupt, truncated and mismatched streams: zlib's error
# codes and messages, one-shot and streaming.
import zlib

good = zlib.compress(b"".join(b"row %d %s\n" % (i, b"ab" * (i % 9)) for i in range(500)), 6)
raw = zlib.compress(b"stored data here", 0)
cases = {
    "bad header": b"\x78\x9d" + good[2:],
    "bad method": b"\x79\x9c" + good[2:],
    "window too big": b"\x88\x98" + good[2:],
    "need dict": b"\x78\xbb\x00\x00\x00\x01" + good[2:],
    "bad block type": b"\x78\x9c\x07\x00",
    "stored lengths": b"\x78\x9c" + b"\x01\x05\x00\x05\x00hello",
    "truncated": good[:len(good) // 2],
    "bad check": good[:-1] + bytes([good[-1] ^ 1]),
    "flipped body": good[:30] + bytes([good[30] ^ 0x55]) + good[31:],
    "stored flip": raw[:3] + bytes([raw[3] ^ 0xff]) + raw[4:],
    "empty": b"",
    "header only": good[:2],
    "extra": good + b"junk",
    "too many length": bytes.fromhex("789c") + bytes.fromhex("edc0"),
    "distance too far": bytes.fromhex("789c") + bytes.fromhex("63000200"),
}
for name, data in cases.items():
    try:
        out = zlib.decompress(data)
        print(name, "ok", len(out))
    except zlib.error as e:
        print(name, "|", e)
    d = zlib.decompressobj()
    try:
        out = b""
        for i in range(0, len(data), 5):
            out += d.decompress(data[i:i + 5])
        out += d.flush()
        print("  stream", len(out), d.eof, d.unused_data[:8])
    except zlib.error as e:
        print("  stream |", e)
for wbits in (-15, 31, 47, 15 + 32, 9, 8, 7, 16, -8, 0, 32, 48, 24, 40):
    try:
        print(wbits, len(zlib.decompress(good, wbits)))
    except Exception as e:
        print(wbits, type(e).__name__, e)
g = zlib.compress(b"gzipped", 6, 31)
for name, data in (("gz bad magic", b"\x1f\x8c" + g[2:]), ("gz bad crc", g[:-8] + b"\0\0\0\0" + g[-4:]),
                   ("gz bad len", g[:-4] + b"\1\0\0\0"), ("gz truncated", g[:12])):
    try:
        print(name, zlib.decompress(data, 31))
    except zlib.error as e:
        print(name, "|", e)
