# os.ttyname's errors: EBADF for a descriptor that is not open, ENOTTY for one that is not a terminal.
import os

r, w = os.pipe()
for fd in (r, w, 10 ** 4, -1):
    try:
        print(os.ttyname(fd))
    except OSError as e:
        print(fd == r, type(e).__name__, e.errno, e.strerror)
os.close(r)
try:
    os.ttyname(r)
except OSError as e:
    print(type(e).__name__, e)
os.close(w)
