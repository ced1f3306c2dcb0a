import codecs
data = '\uD901'.encode('utf-8-sig', 'surrogatepass')
print(data)
for i in range(1, len(data)):
    dec = codecs.getincrementaldecoder('utf-8-sig')('surrogatepass')
    try:
        print(repr(dec.decode(data[:i])), repr(dec.decode(data[i:], True)))
    except Exception as e: print(type(e).__name__, e)
for b in [b'\xed', b'\xed\xa4', b'\xed\xa4\x81', b'a\xed']:
    for f in (False, True):
        try: print(b, f, codecs.utf_8_decode(b, 'surrogatepass', f))
        except Exception as e: print(type(e).__name__, e)
