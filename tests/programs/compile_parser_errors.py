# Run-time parser errors: message, position and text as CPython reports them.


def show(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print("ok", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(src), "->", e, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))


# Indentation
show("  x = 1")
show("    x = 1")
show("\tx = 1")
show("x = 1\n  y = 2")
show("if x:\n  y\n      z\n")
show("if x:\n    y\n  zz = 1\n")
show("if x:\n    y\n  zz = 1")
# Call arguments
show("f(**a, *b)")
show("f(**a, *b, c)")
show("f(**a, b)")
show("f(a=1, b)")
show("f(a=1, b, c)")
show("int(base=10, '2')")
show("f(a for a in b, c)")
show("f(c, a for a in b)")
show("f(a for a in b,)")
show("f(a for a in b)")
show("foo(x,    y for y in range(3) for z in range(2) if z    , p)")
# try / except*
show("try: pass\nexcept ValueError: pass\nexcept* TypeError: pass")
show("try: pass\nexcept* ValueError: pass\nexcept TypeError: pass")
# bytes / str mixing
show("x = b'\u00e9' + 1")
show("x = 'a' b'b' + 1")
show("x = b'a' 'b' + 1")
show("x = ('a'\n b'b')")
