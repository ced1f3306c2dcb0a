def gen():
    x = yield 1
    print("got", x)
    y = yield x * 2
    print("got", y)
    return "end"
g = gen()
print(next(g))
print(g.send(10))
try:
    g.send(20)
except StopIteration as e:
    print("stop", e.value)

def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(counter(4)))

def delegating():
    r = yield from counter(3)
    print("sub returned", r)
    yield from [10, 20]
    return 99
print(list(delegating()))

def sub():
    v = yield "a"
    print("sub got", v)
    return "subret"
def outer():
    r = yield from sub()
    print("outer got", r)
    yield "b"
o = outer()
print(next(o))
print(o.send("hello"))

def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught in gen", e)
        yield 2
t = thrower()
print(next(t))
print(t.throw(ValueError("oops")))

def closer():
    try:
        yield 1
    except GeneratorExit:
        print("closing")
        raise
c = closer()
next(c)
c.close()
print("closed")

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])

def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError", e)

ge = (x * x for x in range(5))
print(next(ge), list(ge))
print(sum(x for x in range(100) if x % 3 == 0))

def gen_with_return():
    yield 1
    return 5
gr = gen_with_return()
next(gr)
try:
    next(gr)
except StopIteration as e:
    print("value", e.value)

def nested_gen():
    for i in range(2):
        for j in range(2):
            yield (i, j)
print(list(nested_gen()))
