# Coroutines driven by hand: send(None), __await__, async for/with, async generators
# (asend/athrow/aclose), async comprehensions, error messages.
import types
def err(f):
    try:
        r = f()
        print("ok", r)
    except BaseException as e:
        print(type(e).__name__, e)

def run(coro):
    """Drive a coroutine that only awaits Ticks; return its result."""
    ticks = []
    try:
        while True:
            ticks.append(coro.send(None))
    except StopIteration as e:
        return e.value, ticks

class Tick:
    def __init__(self, n): self.n = n
    def __await__(self):
        got = yield ("tick", self.n)
        return self.n * 10

async def add(a, b):
    x = await Tick(a)
    y = await Tick(b)
    return x + y
print(run(add(1, 2)))

@types.coroutine
def legacy():
    v = yield "legacy-yield"
    return "legacy-ret"
async def uses_legacy():
    return await legacy()
print(run(uses_legacy()))

class AIter:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Tick(self.i)
        return self.i
class ACM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress

async def main():
    out = []
    async for v in AIter(3):
        out.append(v)
    else:
        out.append("else")
    async with ACM("a") as a, ACM("b") as b:
        out.append(a + b)
    async with ACM("s", True):
        raise ValueError("suppressed")
    comp = [v async for v in AIter(2)]
    comp2 = [await Tick(v) for v in range(2)]
    comp3 = {v: v async for v in AIter(2) if v > 1}
    return out, comp, comp2, comp3
print(run(main()))

async def agen(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print("agen got", got)
    finally:
        print("agen finally")

def step(aw):
    try:
        aw.send(None)
        print("suspended?")
    except StopIteration as e:
        return e.value
    except StopAsyncIteration as e:
        return "StopAsyncIteration"

ag = agen(3)
print(type(ag).__name__, ag.__name__, ag.ag_running, ag.ag_code.co_name)
print(step(ag.__anext__()), step(ag.asend("hello")))
try:
    ag.athrow(ValueError("into agen")).send(None)
except ValueError as e:
    print("athrow propagated", e)
print(step(ag.__anext__()))
ag2 = agen(5)
print(step(ag2.__anext__()))
print(step(ag2.aclose()))
print(step(ag2.__anext__()))
err(lambda: step(agen(1).asend(1)))

async def ag_return_val():
    yield 1
async def await_twice():
    c = add(1, 1)
    r = run(c)
    try:
        await c
    except RuntimeError as e:
        return str(e)
print(run(await_twice()))
async def bad_await():
    await 5
err(lambda: run(bad_await()))
class BadAwait:
    def __await__(self): return 5
async def bad_await2():
    await BadAwait()
err(lambda: run(bad_await2()))
async def bad_async_for():
    async for x in [1, 2]:
        pass
err(lambda: run(bad_async_for()))
async def bad_async_with():
    async with ACM:
        pass
err(lambda: run(bad_async_with()))
async def sync_with_async_cm():
    with ACM("x"):
        pass
err(lambda: run(sync_with_async_cm()))
c = add(1, 2)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_code.co_name, c.cr_await)
c.send(None)
print(type(c.cr_await).__name__)
c.close()
err(lambda: c.send(None))
c2 = add(1, 2)
err(lambda: c2.send(1))
c2.close()
c3 = add(1, 2)
c3.send(None)
err(lambda: c3.throw(KeyError("k")))
c4 = add(1, 2)
err(lambda: next(c4))
err(lambda: iter(c4))
c4.close()
co = add(1, 1); aw = co.__await__()
print(type(aw).__name__, next(aw))
co.close()
async def noop(): return "noop"
print(run(noop()))
import inspect
print(inspect.iscoroutinefunction(add), inspect.isasyncgenfunction(agen), inspect.isawaitable(Tick(1)))
