# A coroutine is not iterable; `yield from` a coroutine only from a coroutine or a types.coroutine generator.
import types
async def foo():
    raise StopIteration
coro = foo()
for what, fn in [("list", list), ("tuple", tuple), ("sum", sum), ("iter", iter), ("sorted", sorted), ("enumerate", enumerate), ("zip", zip)]:
    try:
        fn(coro)
    except TypeError as e:
        print(what, type(e).__name__, e)
try:
    for i in coro:
        pass
except TypeError as e:
    print("for", e)
try:
    [i for i in coro]
except TypeError as e:
    print("comp", e)
try:
    a, b = coro
except TypeError as e:
    print("unpack", e)
try:
    print(*coro)
except TypeError as e:
    print("star", e)
coro.close()
async def bar():
    return 10
coro = bar()
def g():
    yield from coro
try:
    list(g())
except TypeError as e:
    print("yield from", e)
coro.close()
@types.coroutine
def tc():
    yield 1
print([x for x in tc()], list(tc()), next(iter(tc())))
async def foo2():
    await tc()
c = foo2()
try:
    for el in c: pass
except TypeError as e:
    print("for2", e)
c.close()

# The same in exec'd code.
src = '''
import types
async def bar():
    return 10
def g(c):
    yield from c
c = bar()
try:
    list(g(c))
except TypeError as e:
    print("yield from", e)
c.close()
@types.coroutine
def tc(c):
    return (yield from c)
async def foo():
    return 'spam'
c = foo()
try:
    tc(c).send(None)
except StopIteration as e:
    print("value", e.value)
'''
exec(src)
