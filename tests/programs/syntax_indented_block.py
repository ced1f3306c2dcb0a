"""IndentationError 'expected an indented block after ...' for each kind of block, with positions."""
SOURCES = [
    'if x:\npass\n', 'if x:\n', 'if x:\n\n# c\n  \nfoo(1)\n', 'while 1:\nx = 3\n',
    'def f():\nreturn\n', 'try:\n  pass\nexcept:\nreturn\n', 'class C:\nx = 1\n',
    'async def f():\nreturn\n', 'for x in y:\nbreak\n', 'with a as b:\npass\n',
    'if 1:\n    pass\nelif 2:\npass\n', 'if 1:\n    pass\nelse:\npass\n',
    'try:\n    pass\nfinally:\npass\n', 'try:\n    pass\nexcept* E:\npass\n',
    'def f():\n    if x:\n    return 1\n', '@dec\ndef f():\npass\n',
    'match x:\n    case 1:\n    pass\n', 'match x:\ncase 1:\n    pass\n',
]
for s in SOURCES:
    try:
        compile(s, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e, (e.lineno, e.offset, e.end_lineno, e.end_offset), repr(e.text))
