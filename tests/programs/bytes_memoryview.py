m = memoryview(b"\x01\x00\x00\x00\xff\xff\xff\xff")
a = m.cast("I")
print(a.format, a.itemsize, len(a), a.tolist(), a[1], a.nbytes, a.shape, a.strides)
print(m.cast("i").tolist(), m.cast("b").tolist(), m.cast("H").tolist(), m.cast("Q").tolist(), m.cast("c")[0], m.cast("d").tolist() != None)
ba = bytearray(8)
w = memoryview(ba).cast("I")
w[1] = 0xdeadbeef
print(ba, w.tolist(), w[0:1].tolist(), list(w), w == memoryview(bytes(ba)).cast("I"))
for bad in ["x", "<I", "II"]:
    try:
        m.cast(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    memoryview(b"abc").cast("I")
except Exception as e:
    print(type(e).__name__, e)
try:
    a.cast("H")
except Exception as e:
    print(type(e).__name__, e)
try:
    w[0] = -1
except Exception as e:
    print(type(e).__name__, e)
ro = memoryview(ba).toreadonly()
try:
    ro[0] = 1
except Exception as e:
    print(type(e).__name__, e)
print(ro.readonly, memoryview(b"x").suboffsets)
print(int(bytearray(b"ff"), 16), int(bytearray(b" 12 ")), float(bytearray(b"1.5")))
v = memoryview(bytearray(b"abcdef"))
print(v[1:4].tobytes(), v[::2].tobytes(), v[-1], bytes(v[2:]), v.hex(":"))
v[0:2] = b"XY"
print(v.obj, v.tobytes(), len(v), v.readonly)
