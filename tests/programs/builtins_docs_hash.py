# __doc__ of builtins whose docstrings carry examples (doctest runs them),
# and hash() of bytes/memoryview/str (CPython's siphash13; the fixed-seed
# values are checked by grumpy/go/runtime/hash_siphash_test.go).
import doctest

for obj in (bin, hex, oct, zip, int.bit_count, int.bit_length, int.as_integer_ratio,
            float.as_integer_ratio, float.hex, bytes.hex, bytearray.hex, memoryview.hex):
    print(repr(obj.__doc__))

finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner(verbose=False)
for obj, name in ((bin, "bin"), (hex, "hex"), (oct, "oct"), (zip, "zip"),
                  (int.bit_count, "int.bit_count"), (float.hex, "float.hex"),
                  (bytes.hex, "bytes.hex"), (bytearray.hex, "bytearray.hex"),
                  (memoryview.hex, "memoryview.hex"), (float.as_integer_ratio, "float.as_integer_ratio")):
    for test in finder.find(obj, name, globs={}):
        if not test.examples:
            continue
        r = runner.run(test, out=lambda s: None)
        print(name, r.failed, r.attempted)

print(hash(b""), hash(memoryview(b"")), hash(b"abc") == hash(memoryview(b"abc")))
print(hash(b"abc") == hash(bytes(b"abc")), hash(b"abc") != hash(b"abd"))
print(hash("spam") == hash(b"spam"), hash("") == hash(b"") == 0)
