# compile(..., "single") takes one statement: CPython's errors for more (or none).
for src in ["x = 1\ny = 2\n", "def f():\n    7\nf()\n", "x = 1\n\n", "if 1:\n    pass\nx = 2\n", "x = 1; y = 2\n", "\n", "# c\nx = 1\n# d\n", "x = 1\n# comment\ny=2"]:
    try:
        compile(src, "s", "single")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for src in ["# only\n", "   \n", "\n\nx = 1\n", "x = 1\n\n\n"]:
    try:
        compile(src, "s", "single")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
