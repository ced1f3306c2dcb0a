# async with: non-awaitable results of __aenter__/__aexit__, and exceptions
# raised by __aexit__ while the body's exception is handled (its __context__).
class A:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 1


class B:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        return 1


class C:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, val, tb):
        raise ValueError("from aexit")


class D:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, val, tb):
        print("aexit saw", typ.__name__, val)
        return True


async def f(m):
    async with m():
        pass


async def g():
    async with A():
        raise KeyError(1)


async def h():
    async with C():
        raise KeyError(2)


async def k():
    async with D() as d:
        raise KeyError(3)
    return "suppressed"


for c in (f(A), f(B), g(), h(), f(C), k()):
    try:
        c.send(None)
    except StopIteration as e:
        print("returned", e.value)
    except BaseException as e:
        print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
