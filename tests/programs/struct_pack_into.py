# struct.pack_into / unpack_from into writable buffers and their boundary
# errors, 'p' codes, embedded NULs, unpack_iterator; binascii and
# non-contiguous buffers.
import struct, array, sys, binascii

def p(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(repr(r))

s = struct.Struct('21s')
buf = array.array('b', b' ' * 30)
s.pack_into(buf, 0, b'Reykjavik rocks, eow!')
s.pack_into(buf, 5, b'Reykjavik rocks, eow!')
print(buf.tobytes())
ba = bytearray(12)
struct.pack_into('<hi', ba, 2, -2, 7)
print(ba)
mv = memoryview(bytearray(8))
struct.pack_into('>I', mv, 4, 0xdeadbeef)
print(mv.tobytes())
mvi = memoryview(bytearray(8)).cast('I')
struct.pack_into('<I', mvi, 0, 5)
print(mvi.tolist())
p(lambda: struct.pack_into('<I', b'12345678', 0, 1))
p(lambda: struct.pack_into('<I', memoryview(b'12345678'), 0, 1))
p(lambda: struct.pack_into('<I', array.array('b', b' ' * 10), 8, 1))
p(lambda: struct.pack_into('<I', bytearray(10), -2, 123))
p(lambda: struct.pack_into('<B', bytearray(10), -11, 123))
p(lambda: struct.unpack_from('<I', bytearray(10), -2))
p(lambda: struct.unpack_from('<B', bytearray(10), -11))
p(lambda: struct.unpack_from('<I', bytearray(10), 8))
p(lambda: struct.pack_into('<I', bytearray(10), sys.maxsize, 1))
p(lambda: struct.unpack_from('<I', bytearray(10), sys.maxsize))
p(lambda: struct.unpack_from('<I', bytearray(b'abcdefgh'), -4))
for code in ('p', '1p', '2p', '3p', '4p', '5p', '300p'):
    packed = struct.pack(code, b'x' * 280)
    print(code, packed[:6], len(packed), len(struct.unpack(code, packed)[0]))
for f in ('\0', '2\0i', b'\0', 'i\0'):
    p(lambda: struct.calcsize(f))
it_type = type(struct.Struct('>ibcp').iter_unpack(b''))
p(lambda: it_type())
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))

nc = memoryview(bytearray(b'noncontig'))[::-2]
print(nc.tobytes(), nc.contiguous, nc.c_contiguous, nc.f_contiguous)
p(lambda: binascii.b2a_hex(nc))
p(lambda: binascii.hexlify(nc))
p(lambda: binascii.crc32(nc))
p(lambda: binascii.b2a_base64(nc))
p(lambda: binascii.a2b_hex(memoryview(b'a1b2c3')[::1]))
p(lambda: binascii.b2a_hex(memoryview(b'abcd').cast('B', (2, 2))))
