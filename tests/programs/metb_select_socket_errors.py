# Argument checks of select.epoll, select.poll and socket functions, with
# CPython's exception types and messages.
import select
import socket


def tr(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for a in [(0,), (-2,), (1, 2, 3), ("foo",), (None,)]:
    tr("epoll%r" % (a,), lambda: select.epoll(*a).close())
tr("epoll sizehint=-2", lambda: select.epoll(sizehint=-2))
tr("epoll flags=12345", lambda: select.epoll(flags=12345).close())
tr("epoll flags=CLOEXEC", lambda: select.epoll(flags=select.EPOLL_CLOEXEC).close())
tr("epoll -1, 0", lambda: select.epoll(-1, 0).close())
tr("poll type()", lambda: type(select.poll())())
p = select.poll()
print(type(p).__name__, type(p).__module__)

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
addr = ("127.0.0.1", 9)
for args in [(b"foo",), ("\u2620", addr), (5j, addr), (b"foo", None), ("\u2620", 0, addr),
             (b"foo", "bar", addr), (b"foo", None, None), (b"foo", 0, addr, 5)]:
    tr("sendto%r" % (args,), lambda: s.sendto(*args))
s.close()
for sa in [("::1", 0, -1), ("::1", 0, 1 << 20), ("127.0.0.1", 0, 1 << 20), ("::1", 0, 0xfffff)]:
    tr("getnameinfo%r" % (sa,), lambda: socket.getnameinfo(sa, socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))

# select() reads a list live: a fileno() that shrinks it ends the walk.
import sys
a = []


class F:
    def fileno(self):
        del a[-1]
        return sys.__stdout__.fileno()


a[:] = [F()] * 10
r = select.select([], a, [], 0)
print(len(r[1]), len(a), r[1] == a[:5])
try:
    select.select([object()], [], [], 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    select.select(5, [], [], 0)
except Exception as e:
    print(type(e).__name__, e)

# signal.pthread_sigmask with an unknown how
import signal
for how in (1700, -1):
    try:
        signal.pthread_sigmask(how, [])
    except Exception as e:
        print(type(e).__name__, e)
