# Standard-library functions that import a module when called (os.fdopen: io, posixpath.expandvars: re,
# Counter.most_common: heapq, os.popen: subprocess) and codecs found by name through the encodings package.
import codecs
import collections
import os
import posixpath

fd = os.open(__file__, os.O_RDONLY)
with os.fdopen(fd) as f:
    print(f.readline().rstrip())
os.environ["GRUMPY_LAZY_X"] = "abc"
print(posixpath.expandvars("$GRUMPY_LAZY_X/${GRUMPY_LAZY_X}/$NOT_SET_ANYWHERE_Q"))
print(collections.Counter("abracadabra").most_common(2))
with os.popen("echo from popen") as p:
    print(p.read().strip())

for name in ("utf-8", "UTF8", "latin-1", "ascii", "cp437", "idna", "utf_16_le", "hex", "rot13"):
    info = codecs.lookup(name)
    print(name, info.name, type(info).__name__)
print("bücher.example".encode("idna"), b"xn--bcher-kva.example".decode("idna"))
print(b"\x80\x81\xe1".decode("cp437"), "Çü".encode("cp437"))
print("Hi ☺+1 ~".encode("utf-7"), b"+ZeVnLIqe-".decode("utf-7"), codecs.lookup("UTF-7").name)
try:
    b"+AG-".decode("utf-7")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(codecs.encode(b"hi", "hex"), codecs.decode(b"6869", "hex"), codecs.encode("abc", "rot13"))
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
enc = codecs.getincrementalencoder("utf-8")()
print(enc.encode("é"), enc.encode("", final=True))
