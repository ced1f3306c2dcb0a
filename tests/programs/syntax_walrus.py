"""Assignment expressions CPython rejects: at statement level, in comprehension iterables, rebinding iteration variables, missing parentheses."""
CODES = ["x := 0", "x = y := 0", "y := f(x)", "y0 = y1 := f(x)",
 "[i := 0, j := 1 for i, j in [(1, 2), (3, 4)]]",
 "[i for i in range(5) if (j := 0) for j in range(5)]",
 "[i for i in range(5) if (j := 0) for j, k in [(0, 1)]]",
 "[i for i in (i := range(5))]", "[i for i in (2, 3, i := range(5))]", "[i for i in [2, 3, i := range(5)]]",
 "[i for i in (j := range(5))]", "[i for i in (lambda:(j := range(5)))()]", "[i for i in range(5) for j in (i := range(5))]",
 "[i for i in [j for j in (k := range(5))]]", "[i for i in [j for j in range(5) if (j := True)]]", "[i for i in [(j := True) for j in range(5)]]",
 "{i for i in range(5) if (j := 0) for j in range(5)}",
 "{i for i in (i := range(5))}",
]
for c in CODES:
    for wrap in ["%s", "lambda: %s"]:
        try:
            exec(compile(wrap % c, "<s>", "exec"), {}, {})
            print(repr(c), "ok")
        except SyntaxError as e:
            print(repr(c), type(e).__name__, e, (e.lineno, e.offset, e.end_lineno, e.end_offset), repr(e.text))
        except NameError as e:
            print(type(e).__name__, e)
