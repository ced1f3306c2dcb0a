# charmap codecs looked up by a computed name (no encodings.* module named)
import codecs


def name(*parts):
    return ''.join(parts)


class StrWithBytes(str):
    def __new__(cls, value):
        self = str.__new__(cls, '\u20ac')
        self.value = value
        return self

    def __bytes__(self):
        return self.value


for enc in (name('iso8859', '-15'), name('koi8', '_r'), name('cp', '037'), name('latin', '9'),
            name('mac', 'roman'), name('windows', '-1251'), name('tis', '-620')):
    info = codecs.lookup(enc)
    print(enc, info.name)
    for f in (lambda: '\u20ac abc'.encode(enc), lambda: bytes('abc', enc), lambda: bytearray('xyz', enc),
              lambda: b'\xa4\xe9abc'.decode(enc), lambda: info.encode('h\u00e9llo'),
              lambda: info.decode(b'h\xe9llo'), lambda: '\u4e00'.encode(enc),
              lambda: '\u4e00x'.encode(enc, 'replace'), lambda: '\u4e00x'.encode(enc, 'xmlcharrefreplace'),
              lambda: codecs.encode('abc', enc), lambda: codecs.decode(b'abc', enc),
              lambda: bytes(StrWithBytes(b'abc'), enc), lambda: str(b'\x81\x8d\x8f', enc)):
        try:
            print(' ', repr(f()))
        except Exception as e:
            print(' ', type(e).__name__, e)
try:
    codecs.lookup(name('iso8859', '-99'))
except LookupError as e:
    print(type(e).__name__, e)
