# Generators: send/throw/close, yield from delegation, return values, PEP 479, gi_* attributes.
import sys, inspect
def err(f):
    try:
        r = f()
        print("ok", r)
    except BaseException as e:
        print(type(e).__name__, e)

def echo():
    total = 0
    try:
        while True:
            try:
                x = yield total
            except ValueError as e:
                print("caught", e)
                x = 100
            if x is None:
                break
            total += x
    finally:
        print("echo finally")
    return total

g = echo()
print(inspect.getgeneratorstate(g), g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
print(next(g), g.send(5), g.send(6))
print(inspect.getgeneratorstate(g), g.gi_frame.f_lineno)
print(g.throw(ValueError("bad")))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
print(inspect.getgeneratorstate(g), g.gi_frame)
err(lambda: g.send(1))
err(lambda: echo().send(1))
g2 = echo(); next(g2); g2.close(); g2.close()
print(inspect.getgeneratorstate(g2))
g3 = echo(); g3.close(); print(inspect.getgeneratorstate(g3))
err(lambda: echo().throw(KeyError("k")))
err(lambda: echo().throw(KeyError))
def tb_throw():
    g = echo(); next(g)
    return g.throw(TypeError, TypeError("x"), None)
err(tb_throw)
bt = echo(); next(bt)
err(lambda: bt.throw(5))
bt.close()

def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignore_exit(); next(g)
err(g.close)
def swallow_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ret"
g = swallow_exit(); next(g); print(g.close())

def inner():
    x = yield "i1"
    print("inner got", x)
    try:
        y = yield "i2"
    except KeyError as e:
        print("inner caught", repr(e))
        y = "recovered"
    return ("inner-ret", y)
def outer():
    r = yield from inner()
    print("outer got", r)
    r2 = yield from [10, 20]
    print("list yf", r2)
    return "outer-ret"
g = outer()
print(next(g), g.send("A"), g.throw(KeyError("kk")), next(g))
err(lambda: next(g))
def yf_close():
    def sub():
        try:
            yield 1
            yield 2
        finally:
            print("sub closed")
    yield from sub()
g = yf_close(); next(g); g.close(); print("closed")
def yf_send_noniter():
    yield from iter([1, 2])
g = yf_send_noniter(); next(g)
err(lambda: g.send(5))
def yf_bad():
    yield from 5
err(lambda: next(yf_bad()))

def stop_inside():
    yield 1
    raise StopIteration("inner")
g = stop_inside(); next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)
def next_inside():
    it = iter([])
    yield next(it)
err(lambda: list(next_inside()))

def running():
    yield gen_self.gi_running
gen_self = running()
print(next(gen_self))
def reenter():
    yield next(me)
me = reenter()
err(lambda: next(me))

def ret_value():
    yield 1
    return [1, 2]
g = ret_value(); next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
print(list(ret_value()))
def ret_none():
    return
    yield
try:
    next(ret_none())
except StopIteration as e:
    print(repr(e.value), e.args)

# generator expression scoping
x = 10
ge = (x * i for i in range(3))
x = 20
print(list(ge))
err(lambda: (1 / i for i in range(1, -1, -1)) and list(1 / i for i in range(1, -1, -1)))
try:
    gg = (i for i in 5)
except TypeError as e:
    print(type(e).__name__, e)
ge = (i for i in range(3))
print(ge.__name__, ge.__qualname__, ge.gi_code.co_name, list(ge), list(ge))
class K:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
    try:
        prod = [v * w for v in vals for w in vals]
    except NameError as e:
        prod = str(e)
print(K.doubled, K.prod)
print(echo.__name__, echo.__qualname__, type(echo()).__name__, repr(echo())[:27])
print(inspect.isgeneratorfunction(echo), inspect.isgenerator(echo()), inspect.isgeneratorfunction(err))
def gen_in_gen():
    for i in range(3):
        yield (j for j in range(i))
print([list(g) for g in gen_in_gen()])
it = iter(range(5))
def take(n):
    for _ in range(n):
        yield next(it)
print(list(take(2)), list(it))
