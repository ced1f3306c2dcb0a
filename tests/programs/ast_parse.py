"""ast.parse / compile(..., PyCF_ONLY_AST) / compile(tree): node classes, fields,
positions, literal_eval, unparse, NodeVisitor/Transformer, SyntaxError."""
import ast
srcs = [
    "x = 1",
    "from . import a as b\nglobal x\nf(*a, k=1, **kw)\ndef f(a, /, b=1, *c, d, e=2, **f): pass\nx: int = 1\n{**a, 1: 2}",
    "a + b * -c ** 2 // 3 @ m; not x; a < b <= c is not d not in e",
    "async def f():\n    async for x in y:\n        await z\n    async with a as b, c:\n        pass\n    [i async for i in g if i]",
    "@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    'doc'\n    def m(self) -> int:\n        return 1",
    "f'a{b!r:>{w}} {c=}' 'x'\nb'\\x00abc'\n1.5; 2j; 10**100; 0xff; ...; None; True; u'u'",
    "match p:\n    case [1, *rest]: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0, y=_) | None: pass\n    case str() as s if s: pass\n    case _: pass",
    "try:\n    pass\nexcept* ValueError as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del a[1:2, ::3], b.c",
    "lambda x, *y, z=1, **k: (x := y)\n[x for x in y if x for z in w]\n{k: v for k, v in d}\n{s for s in t}\n(g for g in h)",
    "while x:\n    break\nelse:\n    continue\nif a:\n    pass\nelif b:\n    pass\nelse:\n    yield\n    yield from z\nassert x, 'm'\nimport a.b as c, d\nnonlocal q\nx += 1\nx[1] = *a, b",
    "é = 'ü'; x = é + 1",
]
for s in srcs:
    print(ast.dump(ast.parse(s)))
print(ast.dump(ast.parse("é = 'ü'; x = é + 1\nif x:\n  y = (1 +\n    2)"), include_attributes=True))
print(ast.dump(ast.parse("a + 1", mode="eval")))
print(ast.dump(ast.parse("a + 1", mode="single")))
print(ast.dump(compile("x", "<s>", "exec", ast.PyCF_ONLY_AST)))

for s in ["[1, -2.5, (3, 'a'), {'k': b'x'}, {1, 2}, None, True, 1+2j, -10**0]", "{'a': [1, (2,)], 'b': -0.0}", "12345678901234567890123", "x + 1", "set()", "f(1)"]:
    try:
        print(repr(ast.literal_eval(s)))
    except ValueError as e:
        print(type(e).__name__, str(e).split(':')[0])
for s in ["def f(a, /, b=1, *c, d, e=2, **f) -> int:\n    return a if b else c", "x = [i ** 2 for i in range(10) if i % 2]\nprint(f'{x!r:>10}')", "class A(B):\n    @property\n    def x(self): ...", "with open(p) as f, g:\n    del f[1:2]\n    lambda: (yield)"]:
    print(ast.unparse(ast.parse(s)))
for s in ["x = (1,", "def f(:\n  pass", "a = 1 +", "return = 3"]:
    try:
        ast.parse(s)
    except SyntaxError as e:
        print(type(e).__name__, e, e.lineno, e.offset)
t = ast.parse("x = 1\ny = x + 41\nprint(y)")
n = t.body[1]
print(type(n).__name__, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset, n.targets[0].id, type(n.value.op).__name__)
print(isinstance(n, ast.stmt), isinstance(n.value, ast.expr), isinstance(n.value.op, ast.operator))
print([type(x).__name__ for x in ast.walk(t)])
class V(ast.NodeVisitor):
    def visit_Name(self, node):
        print('name', node.id, type(node.ctx).__name__)
V().visit(t)
print(ast.get_docstring(ast.parse('"""Doc."""\nx')))

t = ast.parse("x = 1\ny = x + 41\nprint(y, [i*2 for i in range(3)], f'{y:>5}|')\ndef f(a, *b, c=3, **d):\n    return a, b, c, d\nprint(f(1, 2, e=5))\nclass C:\n    z = 10 ** 30\nprint(C.z, b'q', 1.5, 2j, ...)")
exec(compile(t, "<ast>", "exec"))
print(eval(compile(ast.parse("1 + 2 * 3", mode="eval"), "<ast>", "eval")))
t = ast.parse("a = 5")
t.body.append(ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.BinOp(ast.Name("a", ast.Load()), ast.Mult(), ast.Constant(3))], [])))
try:
    compile(t, "<ast>", "exec")
except Exception as e:
    print(type(e).__name__, e)
ast.fix_missing_locations(t)
exec(compile(t, "<ast>", "exec"))
try:
    compile(ast.parse("x"), "<ast>", "eval")
except Exception as e:
    print(type(e).__name__, e)
print(compile(t, "<ast>", "exec", ast.PyCF_ONLY_AST) is t)
class T(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node
t = T().visit(ast.parse("print(1 + 2)"))
exec(compile(t, "<ast>", "exec"))

# func_type mode and bad modes
for args in [("x", "f", "bad", ast.PyCF_ONLY_AST), ("x", "f", "bad"), ("x", "f", "func_type")]:
    try:
        compile(*args)
    except ValueError as e:
        print(type(e).__name__, e)
# fields and class defaults
print(ast.BinOp._fields, ast.Constant.kind, ast.arg._fields, ast.BinOp.__match_args__)
n = ast.parse("a.b[1]").body[0].value
match n:
    case ast.Subscript(ast.Attribute(ast.Name(id), attr), ast.Constant(v)):
        print("matched", id, attr, v)
print(type(ast.parse("x").body[0].value.ctx) is ast.Load, ast.parse("x = y").body[0].targets[0].ctx.__class__.__name__)

# positions: f-string expressions, keywords, starred, generator arguments
fsrcs = [
    "x = f'é{a}ü{b!r:>{w}.{p}}' 'plain{' f\"{c=}\" rf'\\{d}' f'{{e}}{ {1: 2}[1] }' f'{\"}\"}'",
    "f'{f\"{x}\"}'",
    "f(f'{a:{b}{c}}', k=f'''\n{y\n}''')",
    "print(f'{x!r} and {y=!s:^10} {(lambda: 1)()}')",
    "s = ('a'  # c\n  f'{x}'\n  F'{y}')",
    "u'x' 'y'",
    "x = (yield)",
    "f(*(a), **(b), c=(d))",
    "[*(a)] = b",
]
for s in fsrcs:
    print(ast.dump(ast.parse(s), include_attributes=True))
src='''x = 1; y = f"""ab
  c{x +
 1}d{ y:{w}} {
z}""" f'{q}'
'''
for n in ast.walk(ast.parse(src)):
    if isinstance(n, ast.Name): print(n.id, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
print(ast.dump(ast.parse("f(x for x in y)\nf((x for x in y))\nf (\n x for x in y)"), include_attributes=True))
src = open(__file__, encoding="utf-8").read()
tree = ast.parse(src)
print(len(ast.dump(tree, include_attributes=True)), sum(1 for _ in ast.walk(tree)))
exec(compile(ast.parse("print(f'{1+1=}', *[1, 2], sep='|')"), "<ast>", "exec"))

# shared singletons, empty/bytes sources, required fields of hand-built trees
a = ast.parse('x; y + z')
b = ast.parse('q')
print(a.body[0].value.ctx is b.body[0].value.ctx, a.body[0].value.ctx is a.body[1].value.left.ctx)
print(ast.dump(ast.parse('')), ast.dump(ast.parse(b'x = 1\n')))
print(ast.dump(ast.parse('x', type_comments=True)))
print(vars(ast.parse('x').body[0]).keys())
try:
    ast.parse('x = 1', mode='single2')
except ValueError as e:
    print(e)
print(ast.literal_eval('-(1)'), ast.literal_eval('1_000'), ast.literal_eval("'''a\nb'''"))
t = ast.parse("def f():\n    x = 1\n    return x\n")
print(ast.get_source_segment("def f():\n    x = 1\n    return x\n", t.body[0].body[1]))
print(ast.dump(ast.Module([ast.Pass()], [])))
e = compile(ast.Expression(ast.Constant(5, lineno=1, col_offset=0)), 'x', 'eval')
print(eval(e))
try:
    compile(ast.Module([ast.Expr(ast.Name('x', ast.Load(), lineno=1, col_offset=0), lineno=1, col_offset=0)]), 'f', 'exec')
except Exception as ex:
    print(type(ex).__name__, ex)

# malformed hand-built trees
def L(n):
    n.lineno = 1; n.col_offset = 0; n.end_lineno = 1; n.end_col_offset = 1
    return n
cases = [
    lambda: ast.Module([L(ast.Expr(L(ast.Name(5, ast.Load()))))], []),
    lambda: ast.Module([L(ast.Expr(L(ast.Name('x'))))], []),
    lambda: ast.Module(L(ast.Pass()), []),
    lambda: ast.Module([L(ast.Expr(L(ast.BinOp(L(ast.Constant(1)), ast.Load(), L(ast.Constant(2))))))], []),
    lambda: ast.Module([L(ast.Expr(L(ast.Constant([1]))))], []),
    lambda: ast.Module([L(ast.Expr(ast.Pass()))], []),
    lambda: ast.Module([5], []),
    lambda: ast.Expression(L(ast.Compare(L(ast.Constant(1)), [ast.Add()], [L(ast.Constant(2))]))),
]
for c in cases:
    try:
        compile(c(), '<ast>', 'exec' if isinstance(c(), ast.Module) else 'eval')
        print('ok')
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])

# single mode, tracebacks through compiled trees, unparse of match/except*
exec(compile(ast.parse('1+1', mode='single'), '<s>', 'single'))
t = ast.parse("def g():\n    raise ValueError('boom')\ng()")
try:
    exec(compile(t, "<ast>", "exec"))
except ValueError as e:
    import traceback
    print(traceback.extract_tb(e.__traceback__)[-1].lineno)
print(ast.unparse(ast.parse("match x:\n    case [1, *r] if r: pass\n    case {'a': 1, **kw}: pass\ntry:\n    pass\nexcept* E:\n    pass")))
