# Path arguments given as bytearray or memoryview: accepted with a DeprecationWarning (an error under
# the "error" filter), results are bytes, and the OSError's filename is the object given.
import os
import tempfile
import warnings

d = tempfile.mkdtemp()
open(os.path.join(d, "file.txt"), "w").close()
for cls in (bytearray, memoryview):
    p = cls(os.fsencode(d))
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        names = sorted(os.listdir(p))
        entries = [(e.name, type(e.path).__name__) for e in os.scandir(p)]
        st = os.stat(p)
    print(cls.__name__, names, entries, st.st_mode == os.stat(d).st_mode)
    print([(x.category.__name__, str(x.message)) for x in w])
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            os.chdir(cls(b"/nonexistent-grumpy-dir"))
    except OSError as e:
        print(type(e).__name__, e.errno, type(e.filename).__name__)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            os.stat(p)
        except DeprecationWarning as e:
            print(type(e).__name__, e)
for bad in (bytearray(b"a\0b"), b"a\0b", "a\0b"):
    for f in (os.stat, os.listdir):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                f(bad)
        except ValueError as e:
            print(type(bad).__name__, type(e).__name__, e)
os.unlink(os.path.join(d, "file.txt"))
os.rmdir(d)
# On POSIX, src and dst of rename/replace may be of different types.
for f in (os.rename, os.replace):
    try:
        f(b"/nonexistent-grumpy-src", "/nonexistent-grumpy-dst")
    except OSError as e:
        print(f.__name__, type(e).__name__, e)
