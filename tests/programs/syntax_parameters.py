"""Parameter-list errors in def and lambda (bare *, /, defaults, duplicates), exec and single modes: CPython's messages and positions."""
SOURCES = [
    'def f(p, *):\n  pass\n',
    'def f(p1, *, p1=100):\n  pass\n',
    'def f(p1, *k1, k1=100):\n  pass\n',
    'def f(p1, *, k1, k1=100):\n  pass\n',
    'def f(p1, *, **k1):\n  pass\n',
    'def f(p1, *, k1, **k1):\n  pass\n',
    'def f(p1, *, None, **k1):\n  pass\n',
    'def f(p, *, (k1, k2), **kw):\n  pass\n',
    'lambda p, *: 1',
    'lambda *, **k: 1',
    'def f(a, a): pass',
    'def f(a, /, a): pass',
    'lambda a, a: 1',
    'def f(*a, *b): pass',
    'def f(**a, b): pass',
    'def f(**a, *b): pass',
    'def f(a=1, b): pass',
    'def f(a=1, /, b): pass',
    'def f(/, a): pass',
    'def f(a, /, /): pass',
    'def f(*, /): pass',
    'def f(a, *b=1): pass',
    'def f(a, **b=1): pass',
    'def f(a, *, b, /): pass',
    'def f(*): pass',
    'def f(*,): pass',
    'lambda *: 1',
    'def f(**k, ): pass',
    'def f(a: int = 1, b): pass',
]

for s in SOURCES:
    for mode in ("exec", "single"):
        try:
            compile(s, "<test>", mode)
            print(repr(s), mode, "compiled")
        except SyntaxError as e:
            print(repr(s), mode, "|", type(e).__name__, e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset), repr(e.text))
