# locals(), vars(), dir(), eval() and exec() without namespaces inside
# functions, closures, generators, coroutines, class bodies and
# comprehensions (their own scopes in 3.11), and frame.f_locals.
import sys


def show(d):
    return sorted((k, v) for k, v in d.items() if not k.startswith("."))


def basic(a, b=2, *args, **kw):
    z = 1
    def g():
        return b, a
    y = 3
    print("order", list(locals()))
    d = locals()
    d["extra"] = 5
    print("same dict", locals() is d, list(locals()))
    del y
    print("after del", list(locals()))
    y = 4
    print("rebound", list(locals()))
    print("vars", vars() is d, sorted(vars()))
    print("dir", dir())


basic(1)
basic(1, 2, 3, k=4)


def unbound():
    print(locals())
    x = 1
    print(locals())
    if False:
        w = 2
    print(locals())


unbound()


def cells_and_frees():
    x = 1
    w = 2
    def inner(k):
        m = 5
        print("inner", locals())
        def deeper():
            return m
        return w, x
    inner(0)
    def passthrough():
        def innermost():
            return x
        print("passthrough", list(locals()))
        return innermost
    passthrough()
    q = 0
    def setq():
        nonlocal q
        q = 9
        print("nonlocal", locals())
    setq()
    print("outer", sorted(locals()))


cells_and_frees()


def free_unbound():
    def inner():
        print("free unbound", locals())
        return later
    try:
        inner()
    except NameError as e:
        print("NameError", e)
    later = 1
    inner()


free_unbound()


class A:
    def m(self):
        super()
        print("method", list(locals()))


A().m()


def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield sorted(locals().items())
    print("gen end", sorted(locals()))


for step in gen(3):
    print("gen", step)


def evals(p):
    q = p * 2
    print("eval", eval("p + q"), eval("[p, q]"))
    print("eval globals", eval("show.__name__"))
    try:
        eval("undefined_name")
    except NameError as e:
        print("NameError", e)
    exec("q = 100; r = 7")
    print("exec does not rebind", q)
    print("exec wrote snapshot", locals()["r"], locals()["q"])
    exec("print('exec sees', p, q)")
    ns = {}
    exec("s = p", {"p": 5}, ns)
    print("explicit ns", ns)
    g = {}
    exec("t = 1", g)
    print("explicit globals", g["t"], "t" in locals())
    print("eval explicit locals", eval("p", {}, {"p": "L"}))
    exec("def ef(a):\n    b = a + 1\n    return sorted(locals().items())\nres = ef(p)")
    print("exec'd function locals", locals()["res"])
    exec("class EC:\n    x = 1\n    print('exec class', sorted(k for k in locals() if not k.startswith('__')))")
    exec("print('exec top locals', sorted(k for k in locals() if k in ('p', 'q', 'r')))")


evals(3)


def closure_eval():
    x = 10
    def inner():
        try:
            return eval("x")
        except NameError as e:
            return "NameError: %s" % e
    def inner2():
        x
        return eval("x")
    print("closure", inner(), inner2())


closure_eval()


def comprehensions():
    y = 5
    print("listcomp", [sorted(k for k in locals() if k != ".0") for x in range(2)])
    print("dotzero", [".0" in locals() for x in range(1)])
    print("setcomp", {len(locals()) for x in range(3)})
    print("dictcomp", {x: sorted(k for k in vars() if k != ".0") for x in range(2)})
    print("genexpr", list(sorted(k for k in locals() if k != ".0") for x in range(2)))
    try:
        print([eval("y") for x in range(1)])
    except NameError as e:
        print("comp NameError", e)
    print("comp free", [eval("y") for x in range(1) if y])
    print("outer still", sorted(locals()))
    print("nested", [[sorted(k for k in locals() if k != ".0") for b in range(1)] for a in range(1)])
    print("walrus", [(w := x) for x in range(2)], sorted(locals()))


comprehensions()


class K:
    a = 1
    b = a + 1
    print("class locals", sorted(k for k in locals() if not k.startswith("__")))
    print("class vars", sorted(k for k in vars() if not k.startswith("__")))
    print("class dir", [k for k in dir() if not k.startswith("__")])
    print("class qualname", locals()["__qualname__"], locals()["__module__"])
    c = eval("a + b")
    exec("d = c * 10")
    print("class comp", [sorted(k for k in locals() if k != ".0") for x in range(1)])


print("K", K.c, K.d)


def frames():
    v = "frame local"
    fl = sys._getframe().f_locals
    print("f_locals", fl["v"], sorted(fl))
    def callee():
        return sys._getframe(1).f_locals
    print("caller f_locals", sorted(callee()))
    print(sorted(locals()))


frames()


class C2:
    z = 3
    print("class frame", sorted(k for k in sys._getframe().f_locals if not k.startswith("__")))


def lambdas():
    f = lambda a, b=1: sorted(locals().items())
    print("lambda", f(0))
    g = lambda: eval("1 + 1")
    print("lambda eval", g())


lambdas()


def try_except():
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("in except", list(locals()))
    print("after except", list(locals()))
    import os.path
    from sys import argv as av
    with open(__file__) as fh:
        pass
    for a, (b, c) in [(1, (2, 3))]:
        pass
    print("bindings", list(locals()))


try_except()


def errors():
    for call in (lambda: locals(1), lambda: vars(1, 2), lambda: vars(1), lambda: dir(1, 2),
                 lambda: eval(), lambda: exec(), lambda: eval(1), lambda: exec("x", 1)):
        try:
            call()
        except TypeError as e:
            print("TypeError", e)
    try:
        eval("1 +")
    except SyntaxError as e:
        print("SyntaxError", e.msg)


errors()

for src in ['eval()', 'eval(1, 2, 3, 4)', 'eval(source="1")', 'exec()', 'exec("1", {}, {}, {})',
            'exec(source="1")', 'exec("1", foo=1)', 'exec("1", closure=1)', 'eval("1", [])',
            'eval("1", {}, 1)', 'exec("1", {}, 1)', 'exec("1", None, 1)', 'exec("1", [])',
            'eval("1", 5)']:
    try:
        exec(src)
    except TypeError as e:
        print(src, "TypeError", e)


class Mapping:
    def __getitem__(self, k):
        if k == "x":
            return 42
        raise KeyError(k)


print("mapping locals", eval("x", {}, Mapping()))
exec("print('mapping exec', x, type(locals()).__name__)", {}, Mapping())

INTERP = """
def outer(a, b):
    z = a
    zz = 2
    def inner(k):
        m = k
        return sorted(locals().items()), list(locals())
    print('interp outer', list(locals()))
    res = inner(b)
    def uses():
        return zz, a
    print('interp outer 2', list(locals()))
    return res
print('interp inner', outer(1, 2))
def gen(n):
    for i in range(n):
        yield list(locals())
print('interp gen', list(gen(2)))
print('interp comp', [sorted(k for k in locals() if k != '.0') for q in range(2)], [len(locals()) for q in range(1)])
class IC:
    v = 1
    print('interp class', sorted(k for k in locals() if not k.startswith('__')))
def ev(p):
    q = 2
    exec('r = p + q')
    return eval('p * q'), locals()['r']
print('interp eval', ev(3))
def order():
    print(x if False else 'skip')
    x = 1
    y = 2
    w = 3
    return list(locals())
print('interp order', order())
"""
exec(INTERP, {})


def coroutine_locals():
    async def co(a):
        b = a + 1
        return sorted(locals().items())
    c = co(1)
    try:
        c.send(None)
    except StopIteration as e:
        print("coroutine", e.value)


coroutine_locals()


def shadowed():
    def locals():
        return "mine"
    print("shadowed", locals())


shadowed()


def namespaced_only(obj):
    # Calls that cannot read this frame's locals (no provider needed).
    n = len(vars(obj)) + len(dir(obj)) + eval("1", {}) + len(str(exec("v = 2", {})))
    return n, eval("obj", None, {"obj": 5}), eval("obj", {"obj": 6}), exec("obj", None) is None


class Obj:
    def __init__(self):
        self.a = 1


print("namespaced", namespaced_only(Obj())[1:])


def mixed(obj):
    k = len(dir(obj))
    return sorted(locals()), sorted(vars())


print("mixed", mixed(Obj()))

print("module", "show" in locals(), locals() is globals(), vars() is globals())
print("module dir", "shadowed" in dir())
print("module comp", [sorted(k for k in locals() if k != ".0") for x in range(1)],
      [eval("x * 2") for x in range(2)])
try:
    [eval("never_bound") for x in range(1)]
except NameError as e:
    print("module comp NameError", e)
