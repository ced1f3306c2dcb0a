# TCP streams on 127.0.0.1: several concurrent clients, a bulk transfer
# through drain()/flow control, readexactly/readuntil and their errors,
# sock_* loop methods.
import asyncio
import socket


async def handle(reader, writer):
    peer_ok = writer.get_extra_info("peername")[0] == "127.0.0.1"
    cmd = await reader.readuntil(b":")
    if cmd == b"echo:":
        n = int(await reader.readline())
        data = await reader.readexactly(n)
        writer.write(b"%d %d\n" % (len(data), sum(data) % 251))
        writer.write(data[::-1])
    elif cmd == b"bulk:":
        total = 0
        while True:
            chunk = await reader.read(65536)
            if not chunk:
                break
            total += len(chunk)
        writer.write(b"got %d\n" % total)
    elif cmd == b"short:":
        try:
            await reader.readexactly(100)
        except asyncio.IncompleteReadError as e:
            writer.write(b"incomplete %d %d\n" % (len(e.partial), e.expected))
    writer.write(b"peer %s\n" % str(peer_ok).encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, i):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    payload = bytes((i * 7 + k) % 256 for k in range(1000 + i))
    writer.write(b"echo:%d\n" % len(payload))
    writer.write(payload)
    await writer.drain()
    head = await reader.readline()
    back = await reader.readexactly(len(payload))
    tail = await reader.read()
    writer.close()
    await writer.wait_closed()
    return head.decode().strip(), back == payload[::-1], tail


async def bulk(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"bulk:")
    block = b"x" * 100000
    for _ in range(30):
        writer.write(block)
        await writer.drain()
    writer.write_eof()
    res = await reader.read()
    writer.close()
    await writer.wait_closed()
    return res


async def short(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"short:" + b"y" * 10)
    writer.write_eof()
    res = await reader.read()
    writer.close()
    await writer.wait_closed()
    return res


async def limits():
    r = asyncio.StreamReader(limit=8)
    r.feed_data(b"0123456789abcdef\n")
    r.feed_eof()
    try:
        await r.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError", e, e.consumed)
    r2 = asyncio.StreamReader()
    r2.feed_data(b"abc")
    r2.feed_eof()
    try:
        await r2.readuntil(b"!")
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError", e, e.partial)
    try:
        await r2.readuntil(b"")
    except ValueError as e:
        print("ValueError", e)
    r3 = asyncio.StreamReader()
    r3.feed_data(b"line1\nline2")
    r3.feed_eof()
    print([line async for line in r3])
    print(await r3.read(), r3.at_eof())


async def sock_methods():
    loop = asyncio.get_running_loop()
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    srv.setblocking(False)
    port = srv.getsockname()[1]
    cli = socket.socket()
    cli.setblocking(False)
    conn_task = asyncio.ensure_future(loop.sock_accept(srv))
    await loop.sock_connect(cli, ("127.0.0.1", port))
    conn, _ = await conn_task
    conn.setblocking(False)
    await loop.sock_sendall(cli, b"ping")
    print("sock_recv", await loop.sock_recv(conn, 4))
    await loop.sock_sendall(conn, b"pong!")
    buf = bytearray(5)
    print("sock_recv_into", await loop.sock_recv_into(cli, buf), bytes(buf))
    for s in (cli, conn, srv):
        s.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("serving", server.is_serving())
    results = await asyncio.gather(*(client(port, i) for i in range(6)))
    for r in results:
        print(r)
    print(await bulk(port))
    print(await short(port))
    server.close()
    await server.wait_closed()
    print("serving", server.is_serving())
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except OSError as e:
        print("refused", type(e).__name__)
    await limits()
    await sock_methods()


asyncio.run(main())
