import copy, pickle
b = bytearray(b'abc')
m = memoryview(b)
for op in ['b.append(1)', 'b.extend(b"xy")', 'b += b"z"', 'b.pop()', 'del b[0]', 'b.clear()', 'b[0:1] = b"xyz"', 'b[0:1] = b"q"', 'b *= 2', 'b.insert(0, 65)', 'b.remove(97)', 'b.__init__(b"x")', 'b.__init__()']:
    try:
        exec(op); print(op, 'ok', b)
    except Exception as e: print(op, type(e).__name__, e)
m.release()
b.append(100); print(b)
with memoryview(b) as m2:
    try: b.append(1)
    except Exception as e: print(type(e).__name__, e)
    m3 = m2[1:]
b2 = bytearray(b'xyz')
m4 = memoryview(b2)[1:]
try: b2.pop()
except Exception as e: print(type(e).__name__, e)
del m4
b2.pop(); print(b2)
def tmp(): return bytes(memoryview(b2)[:1])
print(tmp()); b2.extend(b'!!'); print(b2)
b3 = bytearray(b'abc'); v = memoryview(b3); b3[0:2] = b'XY'; b3[::2] = b'12'; print(b3, v.tobytes())
try: b3[::2] = b''
except Exception as e: print(type(e).__name__, e)
try: del b3[::2]
except Exception as e: print(type(e).__name__, e)
del b3[5:]; print(b3)
