import inspect

def func():
    yield 1

gen = func()
print(gen.__name__, gen.__qualname__)
func.__qualname__ = "func_qualname"
func.__name__ = "func_name"
gen = func()
print(gen.__name__, gen.__qualname__)
print(gen.gi_code.co_name)

async def co():
    pass
co.__name__ = "renamed"
c = co()
print(c.__name__, c.__qualname__)
c.close()

def a():
    print("a running", inspect.getgeneratorstate(gen_b), gen_b.gi_yieldfrom)
    yield
    print("a again", gen_b.gi_yieldfrom)

def b():
    print("b start", gen_b.gi_yieldfrom)
    yield from a()
    print("b after", gen_b.gi_yieldfrom)
    yield

gen_b = b()
print(gen_b.gi_yieldfrom)
gen_b.send(None)
print(inspect.getgeneratorstate(gen_b), gen_b.gi_yieldfrom.gi_code.co_name)
gen_b.send(None)
print(gen_b.gi_yieldfrom)
try:
    gen_b.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
