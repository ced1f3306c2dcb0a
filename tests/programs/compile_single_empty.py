# compile(..., 'single') of source without a statement: CPython's
# SyntaxError position (the last line, line 0 for empty source), raw text,
# unexpected indent for a trailing blank line, unexpected EOF after a backslash.
for src in ["", "\n", "   ", "# c", "\n\n# x\n", "  \n", "  # c", " \n\n", "\n\n", "# a\n# b", "\n  \n", "\\\n", "  # c\n"]:
    try:
        compile(src, "<s>", "single")
        print("ok")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
