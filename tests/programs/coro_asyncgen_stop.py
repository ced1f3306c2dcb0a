# Async generators: StopIteration/StopAsyncIteration raised in the body,
# reusing the awaitables of asend()/athrow()/aclose(), their types.
import types
def to_list(gen):
    async def iterate():
        res = []
        async for i in gen:
            res.append(i)
        return res
    c = iterate()
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
async def gen():
    yield 123
    raise StopAsyncIteration
try:
    print(to_list(gen()))
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
async def gen2():
    yield 123
    raise StopIteration
try:
    print(to_list(gen2()))
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

async def ai():
    yield 1
    yield 2
async def run():
    it = ai()
    nxt = it.aclose()
    await nxt
    try:
        await nxt
    except RuntimeError as e:
        print(type(e).__name__, e)
    it = ai()
    nxt = it.athrow(ValueError)
    try:
        await nxt
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        await nxt
    except RuntimeError as e:
        print(type(e).__name__, e)
    it = ai()
    nxt = it.asend(None)
    await nxt
    try:
        await nxt
    except RuntimeError as e:
        print(type(e).__name__, e)
c = run()
try:
    c.send(None)
except StopIteration:
    pass
g = ai()
for aw in (g.asend(None), g.__anext__(), g.athrow(ValueError), g.aclose()):
    print(type(aw).__name__)
    aw.close()
