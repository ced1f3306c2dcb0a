# socket: TCP server on 127.0.0.1 port 0 served by threads, sendall/recv,
# makefile, getaddrinfo, timeouts, ConnectionRefusedError, socketpair with
# selectors.DefaultSelector, shutdown and EOF.
import selectors
import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, port > 0, srv.family == socket.AF_INET, srv.type == socket.SOCK_STREAM)


def serve(n):
    for _ in range(n):
        conn, addr = srv.accept()
        with conn:
            f = conn.makefile("rwb")
            for line in f:
                if line.strip() == b"quit":
                    break
                f.write(b"echo:" + line)
                f.flush()


th = threading.Thread(target=serve, args=(3,))
th.start()
for i in range(3):
    with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
        c.sendall(b"hello %d\n" % i)
        c.sendall(b"second\n")
        data = b""
        while data.count(b"\n") < 2:
            chunk = c.recv(1024)
            if not chunk:
                break
            data += chunk
        print(data)
        c.sendall(b"quit\n")
        print(c.gettimeout(), c.getpeername() == ("127.0.0.1", port))
th.join()
srv.close()
print(srv.fileno())

# refused connection on a port that was just freed
s2 = socket.socket()
s2.bind(("127.0.0.1", 0))
free_port = s2.getsockname()[1]
s2.close()
try:
    socket.create_connection(("127.0.0.1", free_port), timeout=2)
except ConnectionRefusedError as e:
    print("ConnectionRefusedError", e.errno, e.strerror)

# timeouts
a, b = socket.socketpair()
a.settimeout(0.05)
try:
    a.recv(10)
except socket.timeout as e:
    print("timeout", type(e).__name__, e, socket.timeout is TimeoutError)
a.setblocking(False)
try:
    a.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
print(a.gettimeout(), a.getblocking())
a.setblocking(True)

# selectors on a socketpair
sel = selectors.DefaultSelector()
sel.register(a, selectors.EVENT_READ, data="a-side")
print(sel.select(timeout=0))
b.sendall(b"ping")
events = sel.select(timeout=1)
print([(k.data, m == selectors.EVENT_READ) for k, m in events], a.recv(10))
print(sel.get_key(a).data, len(sel.get_map()))
try:
    sel.register(a, selectors.EVENT_READ)
except KeyError as e:
    print("KeyError", type(e).__name__)
sel.unregister(a)
sel.close()
b.shutdown(socket.SHUT_WR)
print(a.recv(10), a.recv(10))
a.close()
b.close()
try:
    a.send(b"x")
except OSError as e:
    print("OSError", e.errno, e.strerror)

print(sorted({ai[4] for ai in socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM)}))
print(socket.inet_aton("127.0.0.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"), socket.htons(1), socket.ntohl(1))
try:
    socket.inet_aton("300.1.1.1")
except OSError as e:
    print("OSError", e)
try:
    socket.socket().connect(("127.0.0.1", 99999))
except OverflowError as e:
    print("OverflowError", e)
