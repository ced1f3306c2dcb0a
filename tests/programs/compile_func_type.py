# compile(..., "func_type", PyCF_ONLY_AST) / ast.parse(mode="func_type").
import ast
print(ast.dump(ast.parse('(int, *str, **dict) -> None', mode='func_type'), include_attributes=True))
print(ast.dump(ast.parse('() -> List[int]', mode='func_type')))
print(ast.dump(compile('(a, b) -> c', '<f>', 'func_type', ast.PyCF_ONLY_AST)))
for s in ['(a) ->', 'int -> None', '(a, b)', '(a,) -> b', '(*a, b) -> c', '(a)\n-> b\n\n', '(**a, *b) -> c', '(a) -> b\n\n']:
  try: print(ast.dump(ast.parse(s, mode='func_type')))
  except SyntaxError as e: print(repr(s), type(e).__name__, e)
try:
    compile('(a) -> b', 'f', 'func_type')
except ValueError as e:
    print(type(e).__name__, e)
