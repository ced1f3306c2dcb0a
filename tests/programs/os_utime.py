import os, tempfile

d = tempfile.mkdtemp()
f = os.path.join(d, "f")
open(f, "w").close()
for v in [1.002003, -1.5, 1e-9, 0.9999999999, 3, 1.5, 1234567890.123456, -0.000000001, 2.0000000005]:
    os.utime(f, (v, v))
    st = os.stat(f)
    print(repr(v), st.st_mtime_ns, st.st_atime_ns)
os.utime(f, times=(5.25, 6.75))
st = os.stat(f)
print(st.st_atime_ns, st.st_mtime_ns)
os.utime(f, ns=(1002003000, -1))
st = os.stat(f)
print(st.st_atime_ns, st.st_mtime_ns)
for bad in [(float("nan"), 1.0), (1e300, 1.0), (1.0,), [1.0, 2.0], ("a", 1)]:
    try:
        os.utime(f, bad)
        print("ok", bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    os.utime(f, (1, 2), ns=(1, 2))
except Exception as e:
    print(type(e).__name__, e)
os.remove(f)
os.rmdir(d)
