import types, copy, pickle

def show(f):
    try:
        r = f()
        print("ok", r)
    except BaseException as e:
        print(type(e).__name__, e)

async def spam():
    return 'spam'

async def reader(c):
    return await c

sc = spam()
show(lambda: reader(sc).send(None))
show(lambda: reader(sc).send(None))
show(lambda: sc.send(None))
show(lambda: sc.throw(ValueError))
show(lambda: sc.close())

@types.coroutine
def nop():
    yield

async def coro():
    await nop()
    return 5

c = coro()
w = c.__await__()
print(type(w).__name__)
show(lambda: w.send(None))
show(lambda: w.send(None))
c = coro()
w = c.__await__()
show(lambda: next(w))
show(lambda: w.throw(KeyError("k")))
c = coro()
w = c.__await__()
show(lambda: w.send(1))
show(lambda: next(w))
show(lambda: w.close())
show(lambda: next(w))
print(iter(w) is w)

c = coro()
show(lambda: c.send(1))
c.close()

async def ignore():
    try:
        await nop()
    except GeneratorExit:
        await nop()

c = ignore()
c.send(None)
show(lambda: c.close())

async def reent():
    c2.send(None)
c2 = reent()
show(lambda: c2.send(None))

c = coro()
print(c.cr_await, c.cr_running, c.cr_suspended if hasattr(c, 'cr_suspended') else '-')
c.send(None)
print(type(c.cr_await).__name__)
show(lambda: c.send(None))
print(c.cr_await)
c3 = coro()
show(lambda: copy.copy(c3))
c3.close()
cc = coro()
show(lambda: copy.copy(cc.__await__()))
show(lambda: pickle.dumps(cc))
cc.close()
def g():
    yield 1
show(lambda: copy.copy(g()))
print(types.CoroutineType.send.__doc__)
print(types.CoroutineType.throw.__doc__)
print(types.CoroutineType.close.__doc__)
print(types.GeneratorType.send.__doc__)
print(types.GeneratorType.close.__doc__)
print(types.GeneratorType.throw.__doc__)

class Aw:
    def __await__(self):
        return 42
async def bad():
    await Aw()
show(lambda: bad().send(None))
class Aw2:
    def __await__(self):
        return iter([1])
async def ok2():
    return await Aw2()
show(lambda: ok2().send(None))
class Aw3:
    def __await__(self):
        global leftover
        leftover = spam()
        return leftover
async def bad3():
    await Aw3()
show(lambda: bad3().send(None))
leftover.close()
