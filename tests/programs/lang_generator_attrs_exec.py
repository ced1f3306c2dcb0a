# The generator/coroutine attributes of lang_generator_attrs.py in code run by
# exec (package interp): names, gi_frame, f_locals, gi_yieldfrom, cr_await.
import inspect
import re
import types

SRC = r'''
def R(o):
    return re.sub(r' at 0x[0-9a-fA-F]+', ' at ADDR', repr(o))

def gen(a):
    if a is None:
        locals()
    x = a + 1
    yield x
    y = yield x * 2
    return y

g = gen(1)
print(g.__name__, g.__qualname__, R(g))
print(g.gi_code.co_name, g.gi_code.co_qualname, g.gi_code.co_firstlineno == gen.__code__.co_firstlineno, g.gi_code is gen.__code__)
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom, type(g.gi_frame).__name__)
fr = g.gi_frame
print(fr.f_code is gen.__code__, fr.f_lineno - gen.__code__.co_firstlineno, fr.f_back)
print(inspect.getgeneratorstate(g))
print(next(g))
print(g.gi_running, g.gi_suspended, g.gi_frame.f_lineno - gen.__code__.co_firstlineno, sorted(g.gi_frame.f_locals.items()))
print(fr.f_lineno - gen.__code__.co_firstlineno)
print(fr is g.gi_frame, fr.f_locals == g.gi_frame.f_locals, fr.f_code.co_name)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
g.__name__ = 'renamed'
g.__qualname__ = 'Q.renamed'
print(g.__name__, g.__qualname__, R(g), gen.__name__, g.gi_code.co_name)
for bad in (1, None, b'x'):
    for attr in ('__name__', '__qualname__'):
        try:
            setattr(g, attr, bad)
        except Exception as e:
            print(type(e).__name__, e)
for attr in ('__name__', '__qualname__', 'gi_frame'):
    try:
        delattr(g, attr)
    except Exception as e:
        print(type(e).__name__, e)
for attr in ('gi_code', 'gi_frame', 'gi_running', 'gi_suspended', 'gi_yieldfrom'):
    try:
        setattr(g, attr, 1)
    except Exception as e:
        print(attr, type(e).__name__, e)
print(next(g))
try:
    g.send(7)
except StopIteration as e:
    print('stop', e.value)
print(g.gi_frame, g.gi_running, g.gi_suspended, g.gi_yieldfrom, inspect.getgeneratorstate(g))
print(inspect.getgeneratorlocals(g))
print(g.gi_code.co_name, R(g))

def outer():
    def inner():
        yield 1
    return inner()
h = outer()
print(R(h), h.__name__, h.__qualname__, h.gi_code.co_qualname)

def running():
    yield me.gi_running, inspect.getgeneratorstate(me), me.gi_suspended, me.gi_frame is not None
me = running()
print(next(me))
me.close()
print(inspect.getgeneratorstate(me), me.gi_frame)

def deleg():
    r = yield from sub()
    yield r
def sub():
    yield 1
    return 'r'
d = deleg()
print(d.gi_yieldfrom)
next(d)
print(R(d.gi_yieldfrom), d.gi_yieldfrom.gi_code.co_name, d.gi_yieldfrom.gi_suspended)
print(next(d), d.gi_yieldfrom)
d2 = deleg()
next(d2)
d2.close()
print(d2.gi_yieldfrom, d2.gi_frame)
li = iter([1, 2])
def deleg_list():
    yield from li
dl = deleg_list()
next(dl)
print(dl.gi_yieldfrom is li)

ge = (i for i in range(3))
print(R(ge), ge.__name__, ge.__qualname__, ge.gi_code.co_name, ge.gi_suspended)
next(ge)
print(ge.gi_suspended, list(ge), ge.gi_frame)
def fge():
    return (i for i in range(3))
print(R(fge()), fge().__qualname__)
g2 = gen(0)
g2.close()
print(inspect.getgeneratorstate(g2), g2.gi_frame, g2.gi_suspended)
g3 = gen(0)
next(g3)
try:
    g3.throw(ValueError('x'))
except ValueError as e:
    print('thrown', e, inspect.getgeneratorstate(g3), g3.gi_frame)

class Aw:
    def __await__(self):
        v = yield 'tick'
        return v

async def coro():
    r = await Aw()
    return r
c = coro()
print(c.__name__, c.__qualname__, R(c), c.cr_code.co_name, c.cr_running, c.cr_await, c.cr_origin, c.cr_suspended)
print(type(c.cr_frame).__name__, inspect.getcoroutinestate(c))
c.__name__ = 'cc'
print(R(c), c.__name__)
c.__qualname__ = 'K.cc'
print(R(c))
print(c.send(None))
print(inspect.getcoroutinestate(c), c.cr_suspended, R(c.cr_await), c.cr_await.gi_code.co_qualname)
try:
    c.send(42)
except StopIteration as e:
    print('done', e.value)
print(inspect.getcoroutinestate(c), c.cr_frame, c.cr_await, c.cr_suspended)
for attr in ('cr_code', 'cr_frame', 'cr_await', 'cr_origin', 'cr_running'):
    try:
        setattr(c, attr, 1)
    except Exception as e:
        print(attr, type(e).__name__, e)

async def agen():
    yield 1
    yield 2
ag = agen()
print(ag.__name__, ag.__qualname__, R(ag), ag.ag_code.co_name, ag.ag_running, ag.ag_await, type(ag.ag_frame).__name__)
print(hasattr(ag, 'ag_suspended'), hasattr(ag, 'gi_frame'), hasattr(c, 'gi_code'))
ag.__qualname__ = 'X'
print(R(ag))
try:
    ag.__anext__().send(None)
except StopIteration as e:
    print('first', e.value)
print(ag.ag_running, type(ag.ag_frame).__name__)
try:
    ag.aclose().send(None)
except StopIteration as e:
    print('closed', e.value)
print(ag.ag_frame, ag.ag_running)

class K:
    def m(self):
        yield self
    async def am(self):
        pass
    async def ag(self):
        yield
k = K()
print(R(k.m()), k.m().__qualname__)
cm = k.am()
print(R(cm), cm.__qualname__, cm.__name__)
cm.close()
print(R(k.ag()), k.ag().__qualname__)
print(type(g).__name__, type(c).__name__, type(ag).__name__)
print(isinstance(g, types.GeneratorType), isinstance(c, types.CoroutineType), isinstance(ag, types.AsyncGeneratorType))
'''

exec(compile(SRC, 'genattrs.py', 'exec'), {'__name__': '__main__', 're': re, 'inspect': inspect, 'types': types})
