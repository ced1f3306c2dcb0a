def f(x):
    return g(x) + 1
def g(x):
    raise ValueError("bad value %d" % x)
f(2)
