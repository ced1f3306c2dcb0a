# Asynchronous comprehensions (PEP 530): async for clauses and await in
# list/set/dict comprehensions, async generator expressions, their errors.
import asyncio


class Yield:
    """An awaitable that suspends once (shows that comprehensions really
    suspend the coroutine), then returns its value."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield ("suspend", self.value)
        return self.value if got is None else got


def drive(coro):
    """Run a coroutine by hand, counting its suspensions."""
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        return e.value, n


async def agen(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise ValueError("agen failed at %d" % i)
        await Yield(i)
        yield i


async def ident(x):
    await Yield(x)
    return x


class Counter:
    """A hand-written async iterator."""

    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class SyncStop:
    """__anext__ raises StopAsyncIteration itself, without an awaitable."""

    def __init__(self):
        self.i = 0

    def __aiter__(self):
        return self

    def __anext__(self):
        if self.i == 2:
            raise StopAsyncIteration
        self.i += 1
        return ident(self.i * 10)


async def basics():
    print("list", [x async for x in agen(4)])
    print("set", sorted({x % 2 async for x in agen(5)}))
    print("dict", {x: x * x async for x in agen(3)})
    print("filter", [x async for x in agen(6) if x % 2])
    print("await filter", [x async for x in agen(6) if await ident(x > 2)])
    print("await elt", [await ident(x * 10) for x in range(3)])
    print("await dict", {await ident(k): await ident(v) for k, v in [(1, 2), (3, 4)]})
    print("mixed clauses", [(a, b) for a in range(2) async for b in agen(2)])
    print("mixed clauses 2", [(a, b) async for a in agen(2) for b in "xy"])
    print("two async", [(a, b) async for a in agen(2) async for b in Counter(2)])
    print("nested", [[y async for y in agen(x)] async for x in agen(3)])
    print("nested sync outer", [[y async for y in agen(x)] for x in range(3)])
    print("await in iter", [x for x in await ident([7, 8])])
    print("await in second iter", [(a, b) for a in range(2) for b in await ident("pq")])
    print("counter", [x async for x in Counter(3)])
    print("sync stop", [x async for x in SyncStop()])
    out = []
    async for v in SyncStop():
        out.append(v)
    print("sync stop statement", out)
    print("walrus", [last := x async for x in agen(3)], last)
    x = "outer"
    print("no leak", [x async for x in agen(2)], x)
    return "done"


print(drive(basics()))


async def genexprs():
    g = (x * 2 async for x in agen(3))
    print("type", type(g).__name__)
    print("consume", [v async for v in g])
    print("exhausted", [v async for v in g])
    g2 = (await ident(x) for x in range(3))
    print("await genexpr type", type(g2).__name__)
    print("await genexpr", [v async for v in g2])
    g3 = (x async for x in agen(5))
    print("anext", await g3.__anext__(), await g3.__anext__())
    await g3.aclose()
    try:
        await g3.__anext__()
    except StopAsyncIteration:
        print("closed StopAsyncIteration")
    g4 = ([y async for y in agen(x)] for x in range(3))
    print("inner async makes async genexpr", type(g4).__name__, [v async for v in g4])
    total = 0
    async for v in (x async for x in Counter(4) if x != 2):
        total += v
    print("async for over genexpr", total)


drive(genexprs())


def sync_builder():
    # An async generator expression can be built in a plain function.
    return (x + 100 async for x in agen(2))


async def use_sync_builder():
    return [v async for v in sync_builder()]


print("sync builder", drive(use_sync_builder()))


async def errors():
    for label, make in [
        ("list", lambda: [1, 2]),
        ("int", lambda: 5),
        ("str", lambda: "ab"),
        ("sync gen", lambda: (i for i in range(2))),
    ]:
        try:
            print([x async for x in make()])
        except TypeError as e:
            print(label, "TypeError", e)
    try:
        print([x async for x in [1, 2]])
    except TypeError as e:
        print("literal list", "TypeError", e)
    try:
        print([x async for x in (1, 2)])
    except TypeError as e:
        print("literal tuple", "TypeError", e)
    try:
        print([x async for x in {1, 2}])
    except TypeError as e:
        print("literal set", "TypeError", e)

    class NoANext:
        def __aiter__(self):
            return 42

    try:
        print([x async for x in NoANext()])
    except TypeError as e:
        print("no __anext__", "TypeError", e)

    class BadANext:
        def __aiter__(self):
            return self

        def __anext__(self):
            return 7

    try:
        print([x async for x in BadANext()])
    except TypeError as e:
        print("bad __anext__", "TypeError", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
    try:
        print([x async for x in agen(5, fail_at=2)])
    except ValueError as e:
        print("propagated", e)
    try:
        print([await x for x in [1]])
    except TypeError as e:
        print("await non-awaitable", e)
    try:
        print({x: await ident(1 // x) async for x in agen(3)})
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        g = (x async for x in 5)
    except TypeError as e:
        print("genexpr creation", e)
    try:
        g = (x async for x in [1])
    except TypeError as e:
        print("genexpr creation list", e)

    async def raises_inside():
        return [x async for x in agen(3) if 1 / (x - 1)]

    try:
        await raises_inside()
    except ZeroDivisionError as e:
        print("in filter", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("statement", e)


drive(errors())


async def main():
    async def ticker(n, delay):
        for i in range(n):
            await asyncio.sleep(delay)
            yield i

    a = [i async for i in ticker(3, 0)]
    b = {i: [j async for j in ticker(i, 0)] async for i in ticker(3, 0)}
    async def aident(x):
        await asyncio.sleep(0)
        return x

    c = await asyncio.gather(*[aident(i) for i in range(3)])
    d = [await asyncio.sleep(0, result=i) for i in range(3)]
    e = [v async for v in (i * i async for i in ticker(4, 0))]
    return a, b, c, d, e


print("asyncio", asyncio.run(main()))


async def suspensions():
    return [x async for x in agen(3)]


print("suspends", drive(suspensions()))


async def send_values():
    return [await Yield(i) for i in range(2)]


c = send_values()
print("first", c.send(None))
print("second", c.send("sent-a"))
try:
    c.send("sent-b")
except StopIteration as e:
    print("result", e.value)


class InClass:
    async def method(self):
        return [x * 3 async for x in agen(3)], [y async for y in (y async for y in agen(1))]


print("method", drive(InClass().method()))


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def closing():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("aclose RuntimeError", e)
    g = (x async for x in agen(3))
    await g.aclose()
    print("closed unstarted genexpr", [x async for x in g])


drive(closing())

# The same constructs in code compiled at run time (exec).
EXEC_SRC = '''
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def ident(x):
    await asyncio.sleep(0)
    return x

class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    print("exec list", [x async for x in agen(3)])
    print("exec set", sorted({x % 2 async for x in agen(4)}))
    print("exec dict", {x: await ident(x * 2) async for x in agen(3) if x})
    print("exec await elt", [await ident(i) for i in range(3)])
    print("exec nested", [[y async for y in agen(x)] for x in range(3)])
    print("exec mixed", [(a, b) async for a in agen(2) for b in Counter(2)] if False else
          [(a, b) for a in range(2) async for b in Counter(2)])
    g = (x * 10 async for x in Counter(3))
    print("exec genexpr", type(g).__name__, [v async for v in g])
    g2 = (await ident(x) for x in "ab")
    print("exec await genexpr", type(g2).__name__, [v async for v in g2])
    for src in ([1, 2], 5):
        try:
            [x async for x in src]
        except TypeError as e:
            print("exec error", e)
    try:
        [x async for x in [1, 2]]
    except TypeError as e:
        print("exec literal", e)
    try:
        (x async for x in 3)
    except TypeError as e:
        print("exec genexpr error", e)
    x = "kept"
    [x async for x in agen(2)]
    print("exec no leak", x)

    class SyncStop:
        def __init__(self):
            self.i = 0
        def __aiter__(self):
            return self
        def __anext__(self):
            if self.i == 2:
                raise StopAsyncIteration
            self.i += 1
            return ident(self.i)

    out = []
    async for v in SyncStop():
        out.append(v)
    print("exec sync stop", out, [v async for v in SyncStop()])

    class BadANext:
        def __aiter__(self):
            return self
        def __anext__(self):
            return 7

    try:
        async for v in BadANext():
            pass
    except TypeError as e:
        print("exec bad anext", e)

asyncio.run(main())
'''
exec(EXEC_SRC, {"__name__": "execd"})
