"""A bare generator expression as the only class argument is invalid syntax
(run-time compiler): a class's arguments are no call's."""
for s in ['class C(x for x in L): pass', 'class C(x for x in L, y): pass', 'class C(y, x for x in L): pass',
          'class C(a=1, x for x in L): pass', 'class C((x for x in L)): pass', 'class C(x async for x in L): pass',
          'f(x for x in L)', 'class C(object, metaclass=type): pass']:
    try:
        compile(s, '<s>', 'exec')
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_offset)
for s in ['class C(f(x for x in L)): pass', 'class C(f(x for x in L), g(y for y in L)): pass', 'class C((f(x for x in y) for z in w)): pass']:
    try:
        compile(s, '<s>', 'exec')
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_offset)
