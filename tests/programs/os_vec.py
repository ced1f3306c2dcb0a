# os.readv/writev/preadv/pwritev, copy_file_range, splice, openpty
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'f')
q = os.path.join(d, 'g')
try:
    fd = os.open(p, os.O_RDWR | os.O_CREAT)
    print(os.writev(fd, [b'abc', bytearray(b'defg'), memoryview(b'hij')]))
    os.lseek(fd, 0, 0)
    a, b, c = bytearray(2), bytearray(4), bytearray(10)
    print(os.readv(fd, [a, b, c]), a, b, c)
    print(os.pwritev(fd, [b'XY', b'Z'], 1))
    e = bytearray(5)
    print(os.preadv(fd, [e, bytearray(0)], 0), e)
    m = memoryview(bytearray(3))
    print(os.preadv(fd, (m,), 7), bytes(m))
    os.lseek(fd, 0, 0)
    fd2 = os.open(q, os.O_RDWR | os.O_CREAT)
    n = os.copy_file_range(fd, fd2, 4)
    print(n, os.pread(fd2, 100, 0))
    n = os.copy_file_range(fd, fd2, 3, offset_src=6, offset_dst=8)
    print(n, os.pread(fd2, 100, 0))
    r, w = os.pipe()
    print(os.splice(fd, w, 5, offset_src=2), os.read(r, 100))
    os.write(w, b'piped data')
    print(os.splice(r, fd2, 5, offset_dst=1), os.pread(fd2, 100, 0))
    for f in (lambda: os.readv(fd, [b'x']), lambda: os.readv(fd, 5), lambda: os.writev(fd, 5),
              lambda: os.writev(fd, [5]), lambda: os.readv(99999, [bytearray(1)]),
              lambda: os.writev(99999, [b'x']), lambda: os.copy_file_range(fd, fd2, -1),
              lambda: os.splice(fd, w, -10), lambda: os.splice(fd, w, 1, flags=-1),
              lambda: os.copy_file_range(99999, fd2, 1), lambda: os.splice(99999, w, 1),
              lambda: os.copy_file_range(fd, fd2, 1, offset_src='a'),
              lambda: os.tcsetpgrp(99999, 0), lambda: os.tcgetpgrp(99999),
              lambda: os.readv(fd, [bytearray(1)], 3)):
        try:
            print(f())
        except Exception as ex:
            print(type(ex).__name__, ex)
    master, slave = os.openpty()
    print(os.get_inheritable(master), os.get_inheritable(slave), os.isatty(slave))
    os.write(slave, b'hello\n')
    print(os.read(master, 100))
    for x in (master, slave, r, w, fd, fd2):
        os.close(x)
finally:
    for x in (p, q):
        if os.path.exists(x):
            os.unlink(x)
    os.rmdir(d)
for f in (lambda: os.preadv(1), lambda: os.preadv(1, 2, 3, 4, 5), lambda: os.readv(1),
          lambda: os.readv(1, 2, x=3), lambda: os.writev(1, [], 3)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
