# SyntaxWarnings of CPython's compiler for run-time compile(): "is" with a
# literal, an assert of a tuple, a called or subscripted literal (a missed
# comma); turned into SyntaxError by an "error" filter.
import warnings


def check(src):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always", SyntaxWarning)
        compile(src, "<testcase>", "exec")
    print(repr(src), [(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("error", SyntaxWarning)
        try:
            compile(src, "<testcase>", "exec")
            print("  no error")
        except SyntaxError as e:
            print("  ", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    print("  leaked", len(w))


for src in ["x is 1", "x is not 'a'", "1 is x", "x is ()", "x is (1, 2)", "x is None", "x is True", "x is ...",
            "x == 1 is y", "assert (x, 'msg')", "assert ()", "assert x, 'msg'",
            "[(1, 2) (3, 4)]", "[(x, y) (3, 4)]", "[[1, 2] (3, 4)]", "[{1, 2} (3, 4)]", "[{1: 2} (3, 4)]",
            "[[i for i in range(5)] (3, 4)]", "[(i for i in range(5)) (3, 4)]", "[f'{x}' (3, 4)]",
            "['abc' (3, 4)]", "[b'abc' (3, 4)]", "[123 (3, 4)]", "[12.3 (3, 4)]", "[12.3j (3, 4)]",
            "[None (3, 4)]", "[True (3, 4)]", "[... (3, 4)]", "[(lambda x, y: x) (3, 4)]",
            "[{1, 2} [i, j]]", "[(i for i in range(5)) [i, j]]", "[(lambda x, y: x) [i, j]]", "[123 [i, j]]",
            "[None [i, j]]", "[True [i, j]]", "[... [i, j]]",
            "[(1, 2) [i, j]]", "[[1, 2] [i, j]]", "[f'{x}' [i, j]]", "['abc' [i, j]]", "[b'abc' [i, j]]",
            "[[1, 2] [[3, 4]]]", "[[1, 2] [{3, 4}]]", "[[1, 2] [{3: 4}]]", "[[1, 2] [(i for i in range(5))]]",
            "[[1, 2] [(lambda x, y: x)]]", "[[1, 2] ['abc']]", "[[1, 2] [12.3]]", "[[1, 2] [None]]",
            "[[1, 2] [i]]", "[[1, 2] [0]]", "[[1, 2] [True]]", "[[1, 2] [1:2]]", "[{(1, 2): 3} [i, j]]",
            "def f():\n    return x is 1"]:
    check(src)
