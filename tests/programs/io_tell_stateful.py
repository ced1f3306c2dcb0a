# tell()/seek() cookies of a TextIOWrapper over a stateful Python decoder
import codecs
import io
import os
import tempfile


class WordDecoder(codecs.IncrementalDecoder):
    """Buffers input until a '.', outputs the word upper-cased; a 'n'
    word toggles a flag kept in the decoder state."""

    def __init__(self, errors='strict'):
        codecs.IncrementalDecoder.__init__(self, errors)
        self.reset()

    def reset(self):
        self.buffer = bytearray()
        self.flag = 0

    def getstate(self):
        return bytes(self.buffer), self.flag

    def setstate(self, state):
        buf, self.flag = state
        self.buffer = bytearray(buf)

    def decode(self, data, final=False):
        out = ''
        for b in data:
            if b == ord('.'):
                word = self.buffer.decode('ascii')
                self.buffer = bytearray()
                if word == 'n':
                    self.flag ^= 1
                    continue
                out += (word.upper() if self.flag else word) + '.'
            else:
                self.buffer.append(b)
        if final and self.buffer:
            out += self.buffer.decode('ascii')
            self.buffer = bytearray()
        return out


def search(name):
    if name == 'word_test':
        latin1 = codecs.lookup('latin-1')
        return codecs.CodecInfo(name='word_test', encode=latin1.encode, decode=None,
                                incrementalencoder=None, streamreader=None,
                                streamwriter=None, incrementaldecoder=WordDecoder)
    return None


codecs.register(search)

data = b'ab.cd.n.ef.gh.n.ij.\r\nkl.mn.op'
fd, path = tempfile.mkstemp()
os.close(fd)
try:
    with open(path, 'wb') as f:
        f.write(data)
    for newline in (None, '', '\n'):
        with open(path, encoding='word_test', newline=newline) as f:
            f._CHUNK_SIZE = 8
            whole = f.read()
        print(newline, repr(whole))
        cookies = []
        for i in range(len(whole) + 1):
            for j in (1, 4, len(whole) - i):
                with open(path, encoding='word_test', newline=newline) as f:
                    f._CHUNK_SIZE = 8
                    got = f.read(i)
                    cookie = f.tell()
                    nxt = f.read(j)
                    f.seek(cookie)
                    rest = f.read()
                    ok = got == whole[:i] and nxt == whole[i:i + j] and rest == whole[i:]
                    if not ok:
                        print('MISMATCH', i, j, repr(got), repr(nxt), repr(rest))
                cookies.append(cookie)
        print(cookies)
    # the stock decoders too
    with open(path, 'wb') as f:
        f.write('a\u00e9b\r\nc\u20acd\re'.encode('utf-16'))
    with open(path, encoding='utf-16') as f:
        f._CHUNK_SIZE = 4
        out = []
        while True:
            c = f.read(1)
            if not c:
                break
            out.append((c, f.tell()))
        print(out)
    with open(path, encoding='utf-16') as f:
        try:
            f.seek(-3)
        except Exception as e:
            print(type(e).__name__, e)
finally:
    os.unlink(path)
