import inspect
def g(a):
    b = a + 1
    yield b
    c = b * 2
    yield c
it = g(1)
print(inspect.getgeneratorlocals(it))
next(it)
print(inspect.getgeneratorlocals(it), it.gi_frame.f_locals)
next(it)
print(sorted(inspect.getgeneratorlocals(it).items()))
async def co(x):
    y = x
    return y
c = co(3)
print(c.cr_frame.f_locals if c.cr_frame else None)
c.close()
