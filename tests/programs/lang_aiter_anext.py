# aiter() and anext(), with and without a default.


class X:
    pass


class A:
    def __aiter__(self):
        return 1


for f in (lambda: aiter(1), lambda: anext(1), lambda: aiter(), lambda: anext(), lambda: aiter(A()), lambda: anext(1, 2, 3)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)


async def ag():
    yield 1
    yield 2


class Counter:
    def __init__(self):
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i


async def main():
    it = aiter(ag())
    print(await anext(it), await anext(it, "dflt"), await anext(it, "dflt"))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    a = anext(it, 7)
    print(type(a).__name__, await a)
    c = aiter(Counter())
    print(c is aiter(c), await anext(c), await anext(c), await anext(c, None))
    try:
        await anext(c)
    except StopAsyncIteration:
        print("done")


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("suspended")


run(main())
