# AF_UNIX socket addresses: names starting with '@' are files, a leading NUL
# is the abstract namespace, getsockname/getpeername report them as CPython.
import os
import socket
import tempfile
import shutil

d = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(d)
try:
    for name in ["@sock_a", "plain_b", "sock_\u00e6"]:
        srv = socket.socket(socket.AF_UNIX)
        srv.bind(name)
        srv.listen()
        print(repr(name), os.path.exists(name), repr(srv.getsockname()))
        cli = socket.socket(socket.AF_UNIX)
        cli.connect(name)
        conn, addr = srv.accept()
        print(" peer", repr(cli.getpeername()), "cli name", repr(cli.getsockname()), "accepted from", repr(addr))
        cli.sendall(b"hi")
        print(" got", conn.recv(10))
        for s in (conn, cli, srv):
            s.close()
        os.unlink(name)
    # bytes names
    s = socket.socket(socket.AF_UNIX)
    s.bind(b"@bytes_name")
    print(repr(s.getsockname()), os.path.exists("@bytes_name"))
    s.close()
    # the abstract namespace
    s = socket.socket(socket.AF_UNIX)
    s.bind(b"\0metb_abstract_%d" % os.getpid())
    n = s.getsockname()
    print(type(n).__name__, n.startswith(b"\0metb_abstract_"))
    c = socket.socket(socket.AF_UNIX)
    s.listen()
    c.connect(n)
    print("abstract connect ok", c.getpeername() == n)
    c.close()
    s.close()
    # datagrams with sendto
    a = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    a.bind("@dgram_a")
    b = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    b.bind("dgram_b")
    print("sent", b.sendto(b"xyz", "@dgram_a"))
    print(a.recv(10))
    a.close()
    b.close()
    # errors
    s = socket.socket(socket.AF_UNIX)
    for bad in ["x" * 200, 5]:
        try:
            s.bind(bad)
        except Exception as e:
            print(type(e).__name__, e)
    try:
        s.connect("no_such_socket")
    except Exception as e:
        print(type(e).__name__, e)
    print(repr(s.getsockname()))
    s.close()
finally:
    os.chdir(old)
    shutil.rmtree(d)
