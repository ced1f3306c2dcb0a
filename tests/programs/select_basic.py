# select: select(), poll and epoll objects on pipes, selectors, errors.
import os
import select
import selectors

r, w = os.pipe()


def n(x):
    """Descriptor numbers differ between runtimes: name them."""
    names = {r: "r", w: "w"}
    if isinstance(x, list):
        return [(names.get(i[0], i[0]), i[1]) if isinstance(i, tuple) else names.get(i, i) for i in x]
    if isinstance(x, tuple):
        return tuple(n(i) for i in x)
    return names.get(x, x)


print(n(select.select([r], [w], [], 0)))
os.write(w, b"x")
print(n(select.select([r], [], [], 0.5)), n(select.select([r], [w], [r], 0)))


class F:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


fr = F(r)
print(select.select([fr], [], [], 0)[0][0] is fr)
p = select.poll()
p.register(r, select.POLLIN)
p.register(w)
print(sorted(n(p.poll(0))))
p.modify(w, select.POLLOUT)
p.unregister(r)
print(n(p.poll(10)))
ep = select.epoll()
ep.register(r, select.EPOLLIN)
print(n(ep.poll(0)), ep.closed, ep.fileno() > 2)
ep.modify(r, select.EPOLLIN | select.EPOLLOUT)
ep.unregister(r)
print(n(ep.poll(0.01)))
with select.epoll() as ep2:
    ep2.register(fr, select.EPOLLIN)
    print(n(ep2.poll(timeout=0, maxevents=1)))
print(ep2.closed)
ep.close()
print(ep.closed)
for f in (lambda: select.select([-1], [], [], 0), lambda: select.select([object()], [], []), lambda: select.select([], [], [], -1),
          lambda: select.select([], [], [], "x"), lambda: p.unregister(12345), lambda: p.modify(12345, 1),
          lambda: ep.poll(), lambda: select.epoll().unregister(r), lambda: select.epoll().poll(maxevents=0)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
os.read(r, 1)
sel = selectors.DefaultSelector()
print(type(sel).__name__)
sel.register(r, selectors.EVENT_READ, "data")
print(sel.select(0))
os.write(w, b"yz")
print([(k.fd == r, k.data, ev) for k, ev in sel.select(1)])
print(sel.get_key(r).events, len(sel.get_map()))
sel.unregister(r)
sel.close()
for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    s = cls()
    s.register(r, selectors.EVENT_READ)
    print(cls.__name__, [ev for k, ev in s.select(0)])
    s.close()
print(select.POLLIN, select.POLLOUT, select.EPOLLIN, select.EPOLLET, select.PIPE_BUF, select.error is OSError)
os.close(r)
os.close(w)
