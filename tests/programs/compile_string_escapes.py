# String literal escapes in run-time compiled code: \N{...}, error
# positions of bad escapes, and the invalid-escape DeprecationWarning.
import warnings


def show(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print("ok", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(src), "->", e, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))


print(ascii(eval(r"'\N{LATIN SMALL LETTER A}\N{latin small letter b}\N{EMPTY SET}\N{BYTE ORDER MARK}'")))
print(ascii(eval(r"'\N{HANGUL SYLLABLE GA}\N{CJK UNIFIED IDEOGRAPH-4E00}'")))
print(ascii(eval(r"f'{1}\N{EMPTY SET}'")))
print(ascii(eval(r"b'\N{EMPTY SET}'")))
print(ascii(b'\\N{EMPTY SET}x'.decode('unicode_escape')))
for body in [r"\N{nope}", r"\N{", r"\N", r"\N{}", r"\N{abc", "\u00e9" + r"\N{nope}", r"ab\x1", r"\x", r"\xzz",
             r"a\u12", r"\U0011ffff", r"\U001", r"\N{LATIN SMALL LETTER A}", r"\N{EMPTY SET}\N{NULL}"]:
    show("'" + body + "'")
show("x = 'a' '\\N{bad}'")
show("x = ('a'\n '\\N{bad}')")
show("x = ('\\N{bad}'\n 'b')")
show("x = b'\\x1'")
show("x = b'\\xzz'")
show("x = 'ok' \\\n 'b\\N{x}'")
show("x = '''a\nb\\N{bad}'''")

# Invalid escapes warn (DeprecationWarning), or fail when that is an error.
for src in [r"'\d'", r"b'\d'", r"'\407'", r"b'\407'", "'''\n\\z'''", r"'\d\e'", r"'\N'" + "[0:0]"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always", category=DeprecationWarning)
        try:
            print(ascii(eval(src)))
        except SyntaxError as e:
            print("SyntaxError", e)
    print([(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("error", category=DeprecationWarning)
        try:
            eval(src)
            print("no error")
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
    print(len(w))

# A tokenizer error after the string: the string's warning comes first.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always", category=DeprecationWarning)
    try:
        eval("'\\e' $")
    except SyntaxError as e:
        print(type(e).__name__, e)
print([(x.category.__name__, str(x.message), x.filename) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("error", category=DeprecationWarning)
    try:
        eval("'\\e' $")
    except SyntaxError as e:
        print(type(e).__name__, e)
print(len(w))
