"""A name declared global in a nested function is global in the module
body too (CPython's symtable): with exec's separate globals and locals the
module body stores and loads it in the globals dict."""
src = """if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    z = 3
    g, h = f()
    result9 = g()
    result2 = h()
    class K:
        global w
        w = 5
        v = 6
    seen = (y, w)
"""
glo, loc = {}, {}
exec(src, glo, loc)
print(sorted(glo.keys() - {"__builtins__"}), sorted(loc))
print(loc["result9"], loc["result2"], loc["seen"], glo["y"], glo["w"])

src2 = """if 1:
    x = 7
    def f():
        x = 1
        def g():
            global x
            def i():
                def h():
                    return x
                return h()
            return i()
        return g()
    r1 = f()
    x = 8
    r2 = f()
"""
glo, loc = {}, {}
exec(src2, glo, loc)
print(loc["r1"], loc["r2"], glo["x"], "x" in loc)

# Without the nested declaration the module body's names are locals.
glo, loc = {}, {}
exec("a = 1\ndef f():\n    return a\ntry:\n    f()\nexcept NameError as e:\n    print(type(e).__name__, e)\n", glo, loc)
print(sorted(loc), "a" in glo)
