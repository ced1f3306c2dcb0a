# asyncio streams: start_server / open_connection on 127.0.0.1, port 0.
import asyncio


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("serving", port > 0)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for msg in [b"hello\n", b"asyncio streams\n", b"bye\n"]:
        writer.write(msg)
        await writer.drain()
        print(await reader.readline())
    writer.write(b"partial")
    writer.write_eof()
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("done")


asyncio.run(main())
