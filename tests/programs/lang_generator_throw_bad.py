class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls

def boring_generator():
    yield

gen = boring_generator()
try:
    gen.throw(E)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(gen)
except StopIteration:
    print("StopIteration")

def generator():
    try:
        yield
    except TypeError as e:
        print("inside", type(e).__name__, e)

gen = generator()
next(gen)
try:
    gen.throw(E)
except StopIteration:
    print("StopIteration after throw")

class Bad(Exception):
    def __init__(self, *a):
        raise ValueError("init failed")
gen = generator()
next(gen)
try:
    gen.throw(Bad)
except ValueError as e:
    print(type(e).__name__, e)
try:
    raise E
except TypeError as e:
    print(type(e).__name__, e)
class F(Exception):
    def __new__(cls):
        return 5
try:
    raise F
except TypeError as e:
    print(type(e).__name__, e)
