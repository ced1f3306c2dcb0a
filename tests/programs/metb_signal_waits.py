# A Python signal handler interrupts the main thread's waits in select,
# poll, epoll, selectors and blocking sockets: what the handler raises
# propagates; a handler that returns lets the wait go on (PEP 475).
import os
import select
import selectors
import signal
import socket


class Interrupt(Exception):
    pass


def raising(signum, frame):
    raise Interrupt("signal %d" % signum)


ran = []


def quiet(signum, frame):
    ran.append(signum)


def arm(handler, delay=0.05):
    signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, delay)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "returned", r)
    except Exception as e:
        print(label, type(e).__name__, e)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


r, w = os.pipe()
attempt("select", lambda: (arm(raising), select.select([r], [], []))[1])


def _poll():
    p = select.poll()
    p.register(r, select.POLLIN)
    arm(raising)
    return p.poll()


attempt("poll", _poll)


def _epoll():
    with select.epoll() as ep:
        ep.register(r, select.EPOLLIN)
        arm(raising)
        return ep.poll()


attempt("epoll", _epoll)


def _selector():
    with selectors.DefaultSelector() as sel:
        sel.register(r, selectors.EVENT_READ)
        arm(raising)
        return sel.select()


attempt("selector", _selector)


# A handler that returns: the wait resumes and ends when its fd is ready
# (the handler makes it ready).
def _select_resumes():
    def handler(signum, frame):
        ran.append(signum)
        os.write(w, b"x")
    arm(handler)
    res = select.select([r], [], [], 30)
    return res[0] == [r], os.read(r, 1), ran == [signal.SIGALRM]


attempt("select resumes", _select_resumes)

a, b = socket.socketpair()


def _recv():
    arm(raising)
    return a.recv(10)


attempt("recv", _recv)


def _recv_resumes():
    def handler(signum, frame):
        b.send(b"from handler")
    arm(handler)
    return a.recv(100)


attempt("recv resumes", _recv_resumes)


a.close()
b.close()

a, b = socket.socketpair()
a.settimeout(30)


def _recv_timeout():
    arm(raising)
    return a.recv(10)


attempt("recv with timeout", _recv_timeout)


def _accept():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    try:
        arm(raising)
        return srv.accept()
    finally:
        srv.close()


attempt("accept", _accept)
a.close()
b.close()
os.close(r)
os.close(w)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
print("done")

# Many signals sent to itself: each handler runs once, and nothing else
# (no stray KeyboardInterrupt) happens.
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
for i in range(300):
    os.kill(os.getpid(), signal.SIGUSR1)
print(len(got), set(got) == {signal.SIGUSR1})
signal.signal(signal.SIGUSR1, signal.SIG_DFL)

# With signal handlers in use, a detached or closed socket still fails at
# once (no wait on fd -1).
a, b = socket.socketpair()
fd = a.detach()
for s in (a, b):
    if s is b:
        b.close()
    for op in (lambda: s.recv(1), lambda: s.send(b"x"), lambda: s.sendall(b"x")):
        try:
            op()
        except OSError as e:
            print(type(e).__name__, e)
os.close(fd)
