
class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return got

async def add(a, b):
    x = await Sleep("first")
    y = await Sleep("second")
    return a + b + x + y

def run(coro):
    value = None
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return e.value
        value = len(req)

print(run(add(1, 2)))

class ACM:
    async def __aenter__(self):
        print("aenter")
        await Sleep("in-enter")
        return "resource"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None)
        return True

async def use_cm():
    async with ACM() as r:
        print("got", r)
        raise ValueError("suppressed")
    return "after"
print(run(use_cm()))

class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Sleep("tick")
        return self.i

async def loop():
    total = []
    async for v in Counter(3):
        total.append(v)
    else:
        total.append("else")
    return total
print(run(loop()))

async def agen(n):
    for i in range(n):
        await Sleep("x")
        yield i * 10

async def consume():
    out = []
    async for v in agen(4):
        out.append(v)
    return out
print(run(consume()))

async def fails():
    await Sleep("a")
    raise KeyError("inside coroutine")
try:
    run(fails())
except KeyError as e:
    print("KeyError", e)

c = add(1, 1)
print(type(c).__name__)
c.close()
