# sys.set_asyncgen_hooks: firstiter at the first step, the finalizer for an
# async generator dropped unfinished; asyncio.run closing async generators.
import asyncio
import gc
import sys

calls = []


async def agen():
    try:
        yield 1
        yield 2
    finally:
        calls.append('finally')


def firstiter(g):
    calls.append(('firstiter', g.__qualname__))


def finalizer(g):
    calls.append(('finalizer', g.__qualname__))


old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter, finalizer)
it = agen()


async def main():
    async for i in it:
        break


def run(c):
    try:
        c.send(None)
    except StopIteration:
        pass


run(main())
print(calls)
del it
gc.collect()
print(calls)
calls.clear()
sys.set_asyncgen_hooks(firstiter, None)
for name, aw in [('asend', lambda: g.asend(None)), ('anext', lambda: g.__anext__()),
                 ('athrow', lambda: g.athrow(ValueError)), ('aclose', lambda: g.aclose())]:
    g = agen()
    aw().close()
    aw().close()
    print(name, calls)
    calls.clear()


def bad_first(g):
    raise KeyError('first')


sys.set_asyncgen_hooks(bad_first, None)
g = agen()
try:
    g.__anext__()
except KeyError as e:
    print(type(e).__name__, e)
g.__anext__().close()
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks() == old)

messages = []


def exception_handler(loop, context):
    messages.append(context)


async def failing():
    try:
        yield 1
        yield 2
    finally:
        1 / 0

it2 = failing()


async def main2():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(exception_handler)
    async for i in it2:
        break

asyncio.run(main2())
message, = messages
print(message['asyncgen'] is it2, type(message['exception']).__name__, message['message'].split(' <')[0])
