"""Storing to an attribute named __debug__ is a SyntaxError at compile time
(run-time compiler), except in an augmented assignment or a del."""
for s in ['obj.__debug__ = 1', 'del obj.__debug__', 'obj.__debug__ += 1', 'x: int = obj.__debug__', 'obj.__debug__: int',
          'obj.__debug__: int = 1', 'x = obj.__debug__ = 1', 'for obj.__debug__ in []: pass', 'with a as b.__debug__: pass',
          '(obj.__debug__, y) = 1, 2', '[a.b.__debug__] = [1]', 'print(obj.__debug__)', 'obj.__debug__.x = 1']:
    try:
        compile(s, '<s>', 'exec')
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_offset)
