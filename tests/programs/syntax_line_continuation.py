# A backslash continuation at the end of the source is 'unexpected EOF while
# parsing'; a backslash before another character is CPython's 'unexpected
# character after line continuation character', with CPython's offsets.
for src in ['x = 5\\', '\\', '"\\xhh" \\', 'A.\u03bc\\\n', 'a = 3 \\ 4', '1,\\#\n2', '\nfgdfgf\n1,\\#\n2\n', 'x = 1 + \\\n 2\nprint(x)\n', 'if 1:\n  x = \\\n\n']:
    for mode in ('exec',):
        try:
            compile(src, '<string>', mode)
            print(repr(src), mode, 'ok')
        except SyntaxError as e:
            print(repr(src), mode, type(e).__name__, e, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
