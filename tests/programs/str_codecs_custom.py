import codecs

def angle(e):
    if isinstance(e, UnicodeEncodeError):
        return ("<%s:%d-%d>" % (e.encoding, e.start, e.end), e.end)
    return ("<%s:%r>" % (e.encoding, e.object[e.start:e.end]), e.end)

codecs.register_error("angle", angle)
print("aéb€".encode("ascii", "angle"))
print("aéb€".encode("latin-1", "angle"))
print("x\ud800y".encode("utf-8", "angle"))
print(b"a\xffb\xe2\x82".decode("utf-8", "angle"))
print(b"a\x80".decode("ascii", "angle"))
print(codecs.lookup_error("strict") is not None)
try:
    "é".encode("ascii", "nonexistent-handler")
except LookupError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8", "nonexistent-handler")
except LookupError as e:
    print(type(e).__name__, e)
def bad(e):
    return 5
codecs.register_error("bad", bad)
try:
    "é".encode("ascii", "bad")
except TypeError as e:
    print(type(e).__name__, e)
