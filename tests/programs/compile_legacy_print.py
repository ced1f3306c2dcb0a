# Python 2 print/exec statements compiled at run time: CPython's hint.
cases = ["print 'x'", "print x", "exec 'x'", "print  1, 2", "if 1:\n    print 'a'\n",
         "x = 1\nprint x y", "x = print 'a'", "foo.print x", "print", "print(1)",
         "print x; y = 2", "exec code in ns"]
for src in cases:
    try:
        compile(src, "s", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
