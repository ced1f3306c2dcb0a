# Awaiting errors: a coroutine suspended in an await cannot be awaited
# again, __await__ must return an iterator, an __anext__ result whose
# __await__ fails is reported from its cause, cr_await while running.
import types


def show(f):
    try:
        r = f()
        print("ok", r)
    except BaseException as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)


@types.coroutine
def nop():
    yield


async def coroutine():
    await nop()


async def waiter(coro):
    await coro


coro = coroutine()
coro.send(None)
w = waiter(coro)
show(lambda: w.send(None))
coro.close()
w.close()


class Awaitable:
    def __await__(self):
        return None


async def bad():
    await Awaitable()


show(lambda: bad().send(None))


class F:
    def __aiter__(self):
        return self

    def __anext__(self):
        return self

    def __await__(self):
        1 / 0


async def main():
    async for _ in F():
        pass


show(lambda: main().send(None))


class G:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


async def main2():
    async for _ in G():
        pass


show(lambda: main2().send(None))

states = []


@types.coroutine
def a():
    states.append(("a", coro_b.cr_await))
    yield
    states.append(("a2", coro_b.cr_await))


async def c():
    await a()


async def b():
    states.append(("b", coro_b.cr_await))
    await c()
    states.append(("b2", coro_b.cr_await))


coro_b = b()
print(coro_b.cr_await)
coro_b.send(None)
print(coro_b.cr_await.cr_await.gi_code.co_name)
show(lambda: coro_b.send(None))
print(coro_b.cr_await, states)
