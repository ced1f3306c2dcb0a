"""A compound statement header without its ':' (run-time compiler): CPython
says "expected ':'" at the end of the line, and for class, if, elif, while,
for, with and except E (whose ':' its grammar does not force) "invalid
syntax" at a token before it; def, try, finally and else always say
"expected ':'"."""
for s in ['class R&D:\n    pass\n', 'class R\n    pass\n', 'class R(a) b:\n    pass\n', 'for x in range 10:\n  pass\n', 'for x in y\n  pass\n',
          'while x y:\n  pass\n', 'while x\n  pass\n', 'if x y:\n  pass\n', 'if x\n  pass\n', 'if x:\n  pass\nelif y z:\n  pass\n',
          'with block ad something:\n  pass\n', 'with a as b\n  pass\n', 'def f() x:\n  pass\n', 'def f()\n  pass\n', 'try x:\n  pass\n', 'try:\n  pass\nfinally x:\n  pass\n',
          'try:\n  pass\nexcept E x:\n  pass\n', 'try:\n  pass\nexcept E\n  pass\n', 'if x:\n  pass\nelse x:\n  pass\n',
          'async def f():\n  async for x in y z:\n    pass\n', 'async def f():\n  async with a b:\n    pass\n', 'lambda x y: 1\n',
          'match x:\n  case 1 y:\n    pass\n', 'for x in y z:\n  pass\n', 'class C(a) \n  pass\n']:
    try:
        compile(s, '<s>', 'exec')
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
