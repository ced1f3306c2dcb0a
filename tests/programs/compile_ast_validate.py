# compile() of an ast tree: CPython's validation (ValueError/TypeError) and compiler checks.
import ast
def tryc(tree, mode="exec"):
    try:
        co = compile(tree, "<ast>", mode)
        print("ok")
    except (ValueError, TypeError, SyntaxError) as e:
        print(type(e).__name__, e)

m = ast.parse("x = 1")
m.body[0].targets[0].ctx = ast.Load()
tryc(m)
m = ast.parse("x = 1")
m.body[0].value.ctx = ast.Store() if False else None
tryc(m)
m = ast.parse("def f(): pass")
m.body[0].body = []
tryc(m)
m = ast.parse("x")
del m.body[0].lineno
tryc(m)
tryc(ast.Module(body=[ast.Expr(ast.Name("x", ast.Store()))], type_ignores=[]))
tryc(ast.fix_missing_locations(ast.Module(body=[ast.Expr(ast.Name("x", ast.Store()))], type_ignores=[])))
tryc(ast.fix_missing_locations(ast.Module(body=[ast.Break()], type_ignores=[])))
tryc(ast.fix_missing_locations(ast.Module(body=[ast.Expr(ast.Constant(value=[1]))], type_ignores=[])))
tryc(ast.fix_missing_locations(ast.Module(body=[ast.If(test=ast.Constant(1), body=[], orelse=[])], type_ignores=[])))
tryc(ast.fix_missing_locations(ast.Expression(body=ast.Name("x", ast.Load()))), "exec")
tryc(ast.fix_missing_locations(ast.Module(body=[ast.Expr(ast.Name("None", ast.Load()))], type_ignores=[])))
tryc(ast.fix_missing_locations(ast.Module(body=[ast.Assign(targets=[], value=ast.Constant(1))], type_ignores=[])))
tryc(ast.fix_missing_locations(ast.Module(body=[ast.Expr(ast.BinOp(ast.Constant(1), ast.Add(), None))], type_ignores=[])))
tryc(ast.fix_missing_locations(ast.Module(body=[ast.Expr(ast.Compare(ast.Constant(1), [], []))], type_ignores=[])))
tryc(ast.fix_missing_locations(ast.Module(body=[ast.ImportFrom(module="x", names=[ast.alias("y")], level=-1)], type_ignores=[])))
tryc(ast.fix_missing_locations(ast.Module(body=[ast.Expr(ast.Call(ast.Name("f", ast.Load()), [], [ast.keyword("a", ast.Constant(1)), ast.keyword("a", ast.Constant(1))]))], type_ignores=[])))
