# compile(..., 'single'): a compound statement at the end of source without a
# final newline (inline block, trailing blank line) is CPython's SyntaxError
# at offset 0 of the last line, or an unexpected indent.
for src in ['if 1: pass', 'if 1: pass\n', 'if 1:\n  pass', 'if 1:\n  pass\n', 'for x in y: pass', 'def f(): pass', 'def f():\n  return 1', 'x = 1', 'while 1: break', 'try:\n  pass\nfinally:\n  pass', '@d\ndef f(): pass', 'class C: pass', 'if 1: pass\n  ', 'if 1: pass\n# c', 'if 1: pass  # c', 'with a: pass', 'match x:\n case 1: pass', 'async def f(): pass','if 1: pass\n\n']:
    try:
        compile(src, "<s>", "single")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for s in ['x = 1\n  ', 'x = 1\n  \n', 'if 1:\n  pass\n  ', 'x=1\n\t', 'if 1:\n  if 2: pass','if 1:\n  pass\nelse: x','if 1: pass\nelse:\n  x', 'if 1: pass ']:
  try: compile(s,'','single'); print(repr(s),'ok')
  except SyntaxError as e: print(repr(s), type(e).__name__, e, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
