import asyncio
import sys

def gen(n):
    for i in range(n):
        yield [j * i for j in range(3)]
        try:
            yield {k: [1 // k for _ in range(1)] for k in range(i, -1, -1)}
        except ZeroDivisionError as e:
            yield ("caught", type(e).__name__, sys._getframe().f_code.co_name)

print(list(gen(2)))

async def co(xs):
    await asyncio.sleep(0)
    ys = [x + 1 for x in xs]
    await asyncio.sleep(0)
    return ys, [y async for y in agen(ys)]

async def agen(ys):
    for y in ys:
        yield y * 10

print(asyncio.run(co([1, 2])))

def closures():
    fs = [lambda: i for i in range(3)]
    gs = [(lambda j=i: j) for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(closures())

class K:
    base = 10
    items = [i for i in range(3)]
    pairs = {i: i * 2 for i in items}
print(K.items, K.pairs)

def in_finally():
    try:
        return [1, 2]
    finally:
        print("finally", [x * 3 for x in range(2)])
print(in_finally())

def depth():
    return [sys._getframe(1).f_code.co_name for _ in range(1)], [sys._getframe(0).f_back.f_code.co_name for _ in range(1)]
print(depth())

def rec(n):
    if n == 0:
        return [0]
    return [x for x in rec(n - 1)] + [n]
print(rec(5))
try:
    sys.setrecursionlimit(60)
    rec(100)
except RecursionError as e:
    print("RecursionError")
finally:
    sys.setrecursionlimit(1000)

def catch_inside():
    out = []
    for v in [1, 0, 2]:
        try:
            out.append([10 // v for _ in range(1)])
        except ZeroDivisionError:
            out.append("div0")
    return out
print(catch_inside())

def stop_iter():
    def bad():
        yield 1
        raise ValueError("boom")
    try:
        return [x for x in bad()]
    except ValueError as e:
        import traceback
        return [f.name for f in traceback.extract_tb(e.__traceback__)]
print(stop_iter())
