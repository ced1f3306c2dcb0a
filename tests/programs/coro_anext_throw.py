# anext(it, default) awaitable: throw() arguments as gen.throw().
import types
class MyError(Exception):
    pass
@types.coroutine
def _async_yield(v):
    yield v * 10
    return (yield (v * 10 + 1))
async def agenfn():
    try:
        await _async_yield(1)
    except MyError:
        await _async_yield(2)
    return
    yield
agen = agenfn()
g = anext(agen, "default").__await__()
print(g.send(None))
print(g.throw(MyError, MyError(), None))
try:
    g.throw(MyError, MyError('val'), None)
except MyError as e:
    print(type(e).__name__, e)
def gen():
    try:
        yield 1
    except MyError as e:
        print("caught", repr(e))
        raise
g = gen(); next(g)
try:
    g.throw(MyError, MyError('v2'), None)
except MyError as e:
    print(type(e).__name__, e)
async def agenfn2():
    await _async_yield(1)
    yield 'aaa'
g = agenfn2().asend(None)
print(g.send(None))
try:
    g.throw(MyError, MyError('v3'))
except MyError as e:
    print(type(e).__name__, e)
for args in [(), (MyError(), 1), (1,), (MyError, 'x'), (MyError, MyError('w'), 5)]:
    g = anext(agenfn(), "default").__await__()
    g.send(None)
    try:
        g.throw(*args)
    except Exception as e:
        print(type(e).__name__, e)
