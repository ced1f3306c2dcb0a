def outer():
    print(y)
    def inner():
        return y
    y = 1
try:
    outer()
except NameError as e:
    print(type(e).__name__, e)

def outer2():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
outer2()

def outer3():
    y = 1
    def inner():
        return y
    del y
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
outer3()

def f(x):
    class c:
        nonlocal x
        x += 1
        def m(self):
            return x
    return x, c().m()
print(f(1))

def g():
    x = 1
    class C:
        nonlocal x
        x = 5
        y = x
    return x, C.y, "x" in C.__dict__
print(g())

def k():
    x = 0
    class C:
        nonlocal x
        x = 3
        del x
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)
k()

def reads_class_first():
    x = "outer"
    class C:
        x = "class"
        def m(self):
            return x
        y = x
    return C.y, C().m()
print(reads_class_first())
