# binascii: hex, base64 (strict and lenient), uu, qp, crc32/crc_hqx, errors.
import binascii
def t(f):
    try: r = f(); print('OK', repr(r))
    except Exception as e: print(type(e).__name__, e)
t(lambda: binascii.hexlify(b'\x01\xab\xff')); t(lambda: binascii.hexlify(b'\x01\xab\xff\x10', '-')); t(lambda: binascii.hexlify(b'\x01\xab\xff\x10\x20', b':', 2)); t(lambda: binascii.hexlify(b'\x01\xab\xff\x10\x20', ':', -2))
t(lambda: binascii.hexlify(b'ab', '--')); t(lambda: binascii.hexlify('ab')); t(lambda: binascii.b2a_hex(b'', '-'))
t(lambda: binascii.unhexlify('abc')); t(lambda: binascii.unhexlify('zz')); t(lambda: binascii.unhexlify('ABcd')); t(lambda: binascii.unhexlify('é'));t(lambda: binascii.a2b_hex(b'0a0B'))
t(lambda: binascii.b2a_base64(b'hello')); t(lambda: binascii.b2a_base64(b'hello', newline=False)); t(lambda: binascii.b2a_base64(b''))
t(lambda: binascii.a2b_base64('aGVsbG8=\n')); t(lambda: binascii.a2b_base64('abc')); t(lambda: binascii.a2b_base64('a')); t(lambda: binascii.a2b_base64('a!b=c=d==')); t(lambda: binascii.a2b_base64(b'aGVs bG8='))
t(lambda: binascii.a2b_base64('aGVsbG8=', strict_mode=True)); t(lambda: binascii.a2b_base64('aGV!sbG8=', strict_mode=True)); t(lambda: binascii.a2b_base64('=aGVs', strict_mode=True)); t(lambda: binascii.a2b_base64('aGVsbG8==', strict_mode=True)); t(lambda: binascii.a2b_base64('aGVsbA==x', strict_mode=True))
t(lambda: binascii.a2b_base64('aGVsbA==x')); t(lambda: binascii.a2b_base64('aGVsbA=')); t(lambda: binascii.a2b_base64('aG=Vs'));t(lambda: binascii.a2b_base64('aGVsbG8'))
t(lambda: binascii.crc32(b'hello')); t(lambda: binascii.crc32(b'world', binascii.crc32(b'hello'))); t(lambda: binascii.crc32(b'x', -1)); t(lambda: binascii.crc_hqx(b'hello', 0)); t(lambda: binascii.crc_hqx(b'hello', 0xffff)); t(lambda: binascii.crc_hqx(b'a', 70000))
t(lambda: binascii.b2a_uu(b'hello world')); t(lambda: binascii.b2a_uu(b'')); t(lambda: binascii.b2a_uu(b'hi', backtick=True)); t(lambda: binascii.b2a_uu(b'x'*46)); t(lambda: binascii.b2a_uu(b'\x00\x00\x00', backtick=True))
t(lambda: binascii.a2b_uu(b'+:&5L;&\\@=V]R;&0`\n')); t(lambda: binascii.a2b_uu(b'')); t(lambda: binascii.a2b_uu(b'!')); t(lambda: binascii.a2b_uu(b'$ab'))
t(lambda: binascii.b2a_qp(b'h\xe9llo=\n\tx ')); t(lambda: binascii.a2b_qp(b'h=E9llo=3D=\nx')); t(lambda: binascii.b2a_qp(b'a b', quotetabs=True)); t(lambda: binascii.b2a_qp(b'a_b c', header=True)); t(lambda: binascii.a2b_qp(b'a_b', header=True))
print(binascii.Error.__mro__, binascii.Incomplete.__mro__, binascii.Error.__module__)
t(lambda: binascii.a2b_base64(1)); t(lambda: binascii.hexlify(1)); t(lambda: binascii.crc32('a'))
t(lambda: binascii.b2a_base64(b'\xff'*60))
t(lambda: binascii.b2a_qp(b'x'*80))
for data in [b"", b"a", b"ab", b"abc", bytes(range(256))]:
    enc = binascii.b2a_base64(data)
    print(enc[:20], binascii.a2b_base64(enc) == data, binascii.unhexlify(binascii.hexlify(data)) == data)
    if len(data) <= 45:
        print(binascii.a2b_uu(binascii.b2a_uu(data)) == data)
text = b"Caf\xe9 cr\xe8me = 10\xa4 \t\nline two with trailing space \nx" * 3
qp = binascii.b2a_qp(text)
print(qp)
print(binascii.a2b_qp(qp) == text)
print(binascii.b2a_qp(b"a.b\n.\n", istext=True), binascii.b2a_qp(b"a\r\nb \r\n"), binascii.b2a_qp(b"x\ny", istext=False))
