import os, select, struct

print(os.EFD_CLOEXEC, os.EFD_NONBLOCK, os.EFD_SEMAPHORE, os.MFD_CLOEXEC, os.MFD_ALLOW_SEALING,
      os.MFD_HUGETLB, os.MFD_HUGE_2MB, os.MFD_HUGE_1GB, os.MFD_HUGE_SHIFT, os.MFD_HUGE_MASK)
fd = os.eventfd(42)
print(os.get_inheritable(fd))
print(os.read(fd, 8) == struct.pack("@Q", 42))
os.write(fd, struct.pack("@Q", 40))
os.write(fd, struct.pack("@Q", 2))
print(struct.unpack("@Q", os.read(fd, 8)))
os.eventfd_write(fd, 20)
os.eventfd_write(fd, 3)
print(os.eventfd_read(fd))
os.close(fd)

fd = os.eventfd(2, os.EFD_CLOEXEC | os.EFD_SEMAPHORE | os.EFD_NONBLOCK)
print(os.eventfd_read(fd), os.eventfd_read(fd))
for f in (lambda: os.eventfd_read(fd), lambda: os.read(fd, 8)):
    try:
        f()
    except BlockingIOError as e:
        print("BlockingIOError", e.errno)
os.close(fd)

fd = os.eventfd(0, os.EFD_CLOEXEC | os.EFD_NONBLOCK)
print(select.select([fd], [fd], [fd], 0) == ([], [fd], []))
os.eventfd_write(fd, 2**64 - 2)
print(select.select([fd], [fd], [fd], 0) == ([fd], [], []))
print(os.eventfd_read(fd))
os.close(fd)

for f in (lambda: os.eventfd_write(fd, -1), lambda: os.eventfd_write(fd, 2**64),
          lambda: os.eventfd_read(fd), lambda: os.eventfd_write(fd, 1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

m = os.memfd_create("Hi", os.MFD_CLOEXEC)
print(os.get_inheritable(m))
with open(m, "wb", closefd=False) as f:
    f.write(b"memfd_create")
    print(f.tell())
os.lseek(m, 0, 0)
print(os.read(m, 100))
os.close(m)
m = os.memfd_create(b"bytes-name")
print(os.get_inheritable(m))
os.close(m)
for f in (lambda: os.memfd_create("a\0b"), lambda: os.memfd_create("x", 1 << 20)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
