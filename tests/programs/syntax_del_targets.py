# del/assignment/augmented-assignment target errors name the expression as
# CPython does (None, True, ellipsis, starred, comprehensions, displays...),
# with its positions; starred nodes end where their value ends.
import ast
cases = ["del (,)", "del 1", "del (1, 2)", "del None", "del True", "del ...", "del *x", "del (*x)", "del (*x,)",
         "del [*x,]", "del f()", "del x, f()", "del [a, b, ((c), (d,), e.f())]", "del (a if True else b)",
         "del +a", "del a + b", "del (a := 5)", "del a += b", "del [x for x in y]", "del {1: 2}", "del {1}",
         "del f'{x}'", "del (yield)", "del x, *y", "None = 1", "True = 1", "... = 1",
         "x += None", "f'' += 1", "(a, b) += 1", "[x for x in y] += 1", "{a} += 1", "a.b, *c = 1"]
for src in cases:
    try:
        compile(src, "<testcase>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
print(ast.dump(ast.parse("a, *b = c; f(*x); [*y, 1]"), include_attributes=True)[:900])
