# base64: b64/urlsafe/b32/b32hex/b16/a85/b85, encode/decode of files, and error messages.
import base64, binascii, io

data = b'Grumpy \x00\xff\xfe binary data!?'
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.standard_b64encode, base64.standard_b64decode),
                 (base64.urlsafe_b64encode, base64.urlsafe_b64decode), (base64.b32encode, base64.b32decode),
                 (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode),
                 (base64.a85encode, base64.a85decode), (base64.b85encode, base64.b85decode)]:
    e = enc(data)
    print(enc.__name__, e, dec(e) == data, dec(e.decode('ascii')) == data)
for n in range(6):
    print(n, base64.b64encode(b'abcde'[:n]), base64.b32encode(b'abcde'[:n]), base64.a85encode(b'abcde'[:n]), base64.b85encode(b'abcde'[:n]))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode(b'-_8=', altchars=b'-_'), base64.b64decode('++8='))
print(base64.b64decode(b'YW Jj\nZA=='), base64.b64decode(b'YWJjZA==junk!!', validate=False))
print(base64.b32decode(b'mfrgg===', casefold=True), base64.b32decode(b'MFRGG0==', map01=b'L') if False else '', base64.b32decode(b'0F', map01=b'O') if False else '')
print(base64.b16decode(b'ff00', casefold=True), base64.b16encode(b'\x01\xab'))
print(base64.a85encode(b'\x00\x00\x00\x00' * 2 + b'    ', foldspaces=True), base64.a85encode(data, wrapcol=10, adobe=True))
print(base64.a85decode(b'<~9jqo^BlbD-BleB1DJ+*+F(f,q~>', adobe=True), base64.a85decode(b'z'), base64.a85decode(b'y', foldspaces=True))
print(base64.a85encode(b'\x00\x00\x00\x00', pad=True), base64.b85encode(b'abc', pad=True), base64.b85decode(b'VPa!sWoBn+X=-b1ZEkOHadLBXb#`}nd3qXYb'))
print(base64.encodebytes(b'x' * 80), base64.decodebytes(b'eHh4\neHh4\n'))
inp, out = io.BytesIO(b'hello world ' * 10), io.BytesIO()
base64.encode(inp, out)
print(out.getvalue())
out.seek(0); back = io.BytesIO()
base64.decode(out, back)
print(back.getvalue()[:24])
print(base64.b64encode(bytearray(b'ba')), base64.b64encode(memoryview(b'mv')), base64.b64decode(bytearray(b'YQ==')))
print(binascii.b2a_base64(b'hi', newline=False), binascii.a2b_base64(b'aGk='), binascii.crc32(data), binascii.crc_hqx(data, 0))

def err(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

err(base64.b64decode, b'abc')
err(base64.b64decode, b'a')
err(base64.b64decode, b'YW=Jj', validate=True)
err(base64.b64decode, b'YW!J', validate=True)
err(base64.b64decode, 'é')
err(base64.b64decode, 12)
err(base64.b64encode, 'text')
err(base64.b32decode, b'MFRGG')
err(base64.b32decode, b'MFRGG1==')
err(base64.b32decode, b'mfrgg===')
err(base64.b16decode, b'ff')
err(base64.b16decode, b'F')
err(base64.b16decode, b'GG')
err(base64.a85decode, b'<~abc', adobe=True)
err(base64.a85decode, b'abcz')
err(base64.a85decode, b'\x7f')
err(base64.a85decode, b's8W-"')
err(base64.b85decode, b'|NsC0~')
err(base64.b85decode, b'{{{{{')
err(base64.b64encode, b'a', altchars=b'-')
err(base64.encodebytes, 'str')
err(binascii.a2b_base64, b'aGk', strict_mode=True)
err(binascii.a2b_hex, b'abc')
