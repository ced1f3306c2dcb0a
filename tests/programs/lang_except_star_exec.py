"""try/except* (PEP 654) in code compiled at run time (exec/compile)."""
src = '''
def f(exc):
    try:
        raise exc
    except* ValueError as g:
        print("VE", repr(g), [type(x).__name__ for x in g.exceptions])
    except* (TypeError, KeyError) as g:
        print("TK", [type(x).__name__ for x in g.exceptions])
    else:
        print("else")
    finally:
        print("finally")
    try:
        g
    except NameError as e:
        print("cleared:", type(e).__name__)

f(ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)]))
f(ValueError("naked"))
try:
    f(ExceptionGroup("eg", [ValueError(1), OSError(5)]))
except ExceptionGroup as e:
    print("rest", repr(e))
try:
    f(OSError("x"))
except OSError as e:
    print("naked rest", repr(e))

def g(n):
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        if n:
            raise KeyError("k")
    except* TypeError:
        if n > 1:
            raise IndexError("i")
for n in range(3):
    try:
        g(n)
        print(n, "handled")
    except* KeyError as e:
        print(n, "KeyError group", repr(e), e.exceptions[0].__context__ is not None)
    except* IndexError as e:
        print(n, "IndexError group", repr(e))

for spec in ("ExceptionGroup", "42", "(ValueError, BaseExceptionGroup)"):
    try:
        exec("try:\\n    raise ValueError(1)\\nexcept* " + spec + ":\\n    pass\\n")
    except TypeError as e:
        print(type(e).__name__, e)

def h():
    try:
        pass
    except* ValueError:
        pass
    else:
        return "else-ret"
print(h())

def fin():
    for i in range(3):
        try:
            try:
                raise ExceptionGroup("x", [ValueError(i)])
            except* ValueError as g:
                print("caught", g.exceptions)
        finally:
            if i == 1:
                break
    return i
print(fin())

class Sub(ExceptionGroup):
    def derive(self, excs):
        return Sub(self.message, excs)
try:
    try:
        raise Sub("sub", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        print("sub match", type(g).__name__, g.exceptions)
except Sub as e:
    print("sub rest", type(e).__name__, e.exceptions)
'''
exec(compile(src, "<xs>", "exec"), {})

for bad in ["try:\n    pass\nexcept* ValueError:\n    break\n",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
            "for x in []:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
            "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
            "try:\n    pass\nexcept*:\n    pass\n"]:
    try:
        compile(bad, "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e)

# Jumps that stay inside the except* clause are allowed.
ok = '''
def k():
    out = []
    try:
        raise ExceptionGroup("e", [ValueError(1)])
    except* ValueError:
        for i in range(5):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        def inner():
            return "inner"
        out.append(inner())
        out.append((lambda: "lam")())
    return out
print(k())
'''
exec(ok, {})
for bad in ["for x in []:\n    try:\n        pass\n    except* ValueError:\n        for y in []:\n            pass\n        break\n",
            "async def f():\n    try:\n        pass\n    except* ValueError:\n        return\n",
            "try:\n    pass\nexcept* ValueError:\n    return\n",
            "for x in []:\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n        finally:\n            continue\n"]:
    try:
        compile(bad, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e)
