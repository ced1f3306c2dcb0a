# Which TypeError a bad call reports when several apply: CPython binds the
# keywords before it counts the positionals.
def f(): pass
def g(a): pass
def h(a, *, b): pass
def p(a, /, b): pass
def d(a, b=2): pass

CALLS = [
    lambda: f(1, x=2), lambda: f(1), lambda: f(x=2), lambda: g(1, 2, x=3),
    lambda: g(1, x=3), lambda: h(1, 2, c=3), lambda: h(1, 2, b=3), lambda: g(1, 2, a=3),
    lambda: p(1, 2, 3, a=4), lambda: p(1, 2, 3), lambda: d(1, 2, 3, b=4), lambda: d(1, 2, 3),
    lambda: d(), lambda: h(1), lambda: h(b=1),
]
for call in CALLS:
    try:
        call()
    except TypeError as e:
        print(e)

ns = {}
exec("def e(a): pass\ndef z(): pass", ns)
for call in (lambda: ns["e"](1, 2, x=3), lambda: ns["z"](1, y=2), lambda: ns["e"](1, 2, a=3)):
    try:
        call()
    except TypeError as e:
        print(e)
