# Non-printable characters in run-time compiled source.
for s in ['f\'{\xa0}\'', 'x = \xa0 1', 'a\u200b = 1']:
  try: compile(s,'s','exec')
  except SyntaxError as e: print(repr(s), e.msg)
