def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, z=0))
print(f(*[1, 2, 3], **{"c": 10, "x": 1}))

def pos(a, b, /, c, *, d):
    return a + b + c + d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))

for call in (lambda: f(), lambda: f(1), lambda: f(1, 2, c=3, a=4), lambda: pos(1, b=2, c=3, d=4),
             lambda: pos(1, 2, 3, 4), lambda: f(1, c=2, **{"c": 3})):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def defaults(x, acc=[]):
    acc.append(x)
    return acc
defaults(1)
print(defaults(2))

def deco(fn):
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    return wrapper

@deco
def g(x):
    return x * 2
print(g(21))

def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
c(); c(5)
print(c())

fns = [lambda: i for i in range(3)]
print([h() for h in fns])
fns = [lambda i=i: i for i in range(3)]
print([h() for h in fns])

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))

G = 10
def use_global():
    global G
    G += 1
    return G
print(use_global(), G)

def outer():
    x = 1
    def mid():
        def inner():
            return x + 1
        return inner()
    return mid()
print(outer())

def no_ret():
    pass
print(no_ret())
print((lambda *a, **k: (a, k))(1, 2, x=3))
