"""Tokenizer errors (unclosed/unmatched brackets, strings), continuation lines in indentation, keyword-argument errors: CPython's messages and positions."""
SOURCES = [
    '\\\npass\n        \\\n\npass\n',
    "\\\ndef fib(n):\n    \\\n'''Print a Fibonacci series up to n.'''\n    \\\na, b = 0, 1\n",
    "\\\ndef fib(n):\n    '''Print a Fibonacci series up to n.'''\n    \\\na, b = 0, 1\n",
    'if x:\n    a\n    \\\n  \nb\n',
    'func(\n    a=["unclosed], # Need a quote in this comment: "\n    b=2,\n)\n',
    '(1 + 2',
    '{1 + 2',
    ')1 + 2',
    "print(end1 + end2 = ' ')",
    'f(a, b + c = 1)',
    'f(a.b=1)',
    'f(True=1)',
    'f(x()=2)',
    'f(a or b=1)',
    'f(**a, *b)',
    'f(a=1, b)',
    'f(**a, b)',
    'f(a for a in b, c)',
    'f(a, b for b in c)',
    "'blech",
    '"""blech',
    ')1 + 2',
    'x = 1 +)',
    '(]',
    "print\x17('x')",
    'a = 1\n  b = 2\n',
    'if x:\n    a\n  b\n',
    '\tif x:\n        a\n\tb\n',
    "x = '\\N{foo}'",
    'x = 1.2.3',
    '(1 + 2',
    'f(\n)\n)\n',
    'f(a=1 for i in x)',
    'f(None=1)',
    'f(a, b=1, c + d=2)',
    'if x:\n    y = 1\n  \\\n',
    '\\\nif x:\n    \\\n  y = 1\n',
]

for s in SOURCES:
    try:
        compile(s, "<string>", "exec")
        print(repr(s), "compiled")
    except SyntaxError as e:
        print(repr(s), "|", type(e).__name__, e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset), repr(e.text))

# Unclosed brackets win over errors found inside them (messages only).
UNCLOSED = ["(1 + 2", "a = ( 1, 2, 3\nb=3", "a = [ 1, 2, 3\nb=3", "a = { 1, 2, 3\nb=3", ")1 + 2",
            "if x:\n    y = 1\n  \\\n  foo = 1", b'# coding=latin\n(aaaaaaaaaaaaaaaaa\naaaaaaaaaaa\xb5',
            "[1, 2 3]", "f(a b)", "(x y)"]
for s in UNCLOSED:
    try:
        compile(s, "<t>", "exec")
        print(repr(s), "compiled")
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg)
