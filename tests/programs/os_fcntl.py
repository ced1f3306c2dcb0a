# the fcntl module: close-on-exec flags, status flags, locks, errors
import fcntl
import os
import tempfile

fd = os.open(__file__, os.O_RDONLY)
print(os.get_inheritable(fd), fcntl.fcntl(fd, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
flags = fcntl.fcntl(fd, fcntl.F_GETFD)
fcntl.fcntl(fd, fcntl.F_SETFD, flags & ~fcntl.FD_CLOEXEC)
print(os.get_inheritable(fd))
os.set_inheritable(fd, False)
print(fcntl.fcntl(fd, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
print(fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY)
os.close(fd)

r, w = os.pipe()
fl = fcntl.fcntl(w, fcntl.F_GETFL)
fcntl.fcntl(w, fcntl.F_SETFL, fl | os.O_NONBLOCK)
print(os.get_blocking(w))
fd2 = fcntl.fcntl(r, fcntl.F_DUPFD, 100)
print(fd2 >= 100, os.get_inheritable(fd2))
for x in (r, w, fd2):
    os.close(x)

with tempfile.TemporaryFile() as f:
    fcntl.flock(f, fcntl.LOCK_EX)
    fcntl.flock(f.fileno(), fcntl.LOCK_UN)
    fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    fcntl.lockf(f, fcntl.LOCK_UN, 0, 0, 0)
    print('locked and unlocked')
    for fn in (lambda: fcntl.fcntl(99999, fcntl.F_GETFD), lambda: fcntl.fcntl('x', 1),
               lambda: fcntl.flock(99999, fcntl.LOCK_SH), lambda: fcntl.lockf(99999, fcntl.LOCK_SH),
               lambda: fcntl.fcntl(f, fcntl.F_GETFD, b'x' * 2000), lambda: fcntl.ioctl(99999, 1),
               lambda: fcntl.lockf(f, 12345), lambda: fcntl.fcntl(f, fcntl.F_GETFD, 1.5),
               lambda: fcntl.fcntl(f, fcntl.F_GETFD, [1]), lambda: fcntl.ioctl(f, 1, 1.5)):
        try:
            print(fn())
        except Exception as e:
            print(type(e).__name__, e)
print(fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.LOCK_UN, fcntl.F_SETLKW, fcntl.FD_CLOEXEC)
print(fcntl.fcntl.__module__, fcntl.flock.__name__)
with tempfile.TemporaryFile() as f:
    for cmd in (0, 4, 8 | 4, 16):
        try:
            print(cmd, fcntl.lockf(f, cmd))
        except Exception as e:
            print(cmd, type(e).__name__, e)
