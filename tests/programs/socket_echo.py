# Echo server thread + client over TCP on 127.0.0.1 (port 0), UDP and
# socketpair; timeouts, non-blocking mode and address helpers.
import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print("reuse", srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
srv.listen(5)
host, port = srv.getsockname()
print("bound", host, port > 0, srv.family == socket.AF_INET, srv.type == socket.SOCK_STREAM)


def serve():
    conn, addr = srv.accept()
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())


th = threading.Thread(target=serve)
th.start()
cl = socket.create_connection(("127.0.0.1", port), timeout=5)
print("peer", cl.getpeername() == ("127.0.0.1", port), cl.gettimeout())
for msg in [b"hello", b"world", b"x" * 10]:
    cl.sendall(msg)
    got = b""
    while len(got) < len(msg):
        got += cl.recv(1024)
    print(got)
buf = bytearray(8)
cl.sendall(b"into")
n = cl.recv_into(buf)
print(n, bytes(buf[:n]))
cl.shutdown(socket.SHUT_WR)
print("eof", cl.recv(10))
cl.close()
th.join()
srv.close()
print("closed", cl.fileno(), srv.fileno())

# UDP
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2.sendto(b"dgram", u1.getsockname())
data, addr = u1.recvfrom(100)
print(data, addr[1] == u2.getsockname()[1])
u1.close()
u2.close()

# socketpair, timeouts, non-blocking
a, b = socket.socketpair()
a.sendall(b"pair")
print(b.recv(10))
b.settimeout(0.05)
print("timeout", b.gettimeout())
try:
    b.recv(10)
except socket.timeout as e:
    print(type(e).__name__, e)
b.setblocking(False)
print("blocking", b.getblocking(), b.gettimeout())
try:
    b.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
a.close()
print("after close", b.recv(10))
b.close()
try:
    b.recv(1)
except OSError as e:
    print(type(e).__name__, e)
try:
    b.settimeout(-1)
except ValueError as e:
    print(type(e).__name__, e)

# connect to a closed port
s = socket.socket()
s.bind(("127.0.0.1", 0))
p = s.getsockname()[1]
s.close()
c = socket.socket()
print("connect_ex", c.connect_ex(("127.0.0.1", p)))
try:
    c2 = socket.socket()
    c2.connect(("127.0.0.1", p))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
finally:
    c2.close()
c.close()

# helpers
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.inet_aton("10.1.2.3"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET6, "::1"))
print(socket.inet_ntop(socket.AF_INET6, b"\x00" * 15 + b"\x01"))
print(socket.inet_ntop(socket.AF_INET, b"\xc0\xa8\x00\x01"))
try:
    socket.inet_aton("nope")
except OSError as e:
    print(type(e).__name__, e)
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("localhost", "8080", type=socket.SOCK_DGRAM))
print(socket.gethostbyname("localhost"), socket.gethostbyname("127.0.0.1"))
print(isinstance(socket.gethostname(), str), socket.has_ipv6)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
s = socket.socket()
print(s.gettimeout())
s.close()
socket.setdefaulttimeout(None)
print(socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.gaierror, OSError))
print(repr(socket.AF_INET), repr(socket.SOCK_DGRAM))
