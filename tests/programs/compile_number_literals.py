# Numeric literal errors and the "invalid ... literal" SyntaxWarning of a
# number directly followed by a keyword, for run-time compile().
import warnings

for s in ['0b12', '0b1_2', '0b2', '0b1_', '0b', '0o18', '0o1_8', '0o8', '0o1_', '0o', '0x1_', '0x', '1_', '012',
          '1.2_', '1e2_', '1e+', '0xfand x', '0or x', '1spam', '0x1g', '1.5j_', '1__0', '0_7', '09', '00', '0_0',
          '1e', '1.e5x', '1_000', '0x_ff', '0b_1', '1.5e-3', '.5', '5.', '1j', '1.5J', '0e0', '1\u20447', '1\u00e9',
          '1if x else y', 'x if 1else y', '[0for x in ()]', '1in x', '1not in x', '0x1for x']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = eval(compile(s, "<testcase>", "eval"), {"x": [1], "y": 2})
            print(repr(s), "ok", repr(r), [(x.category.__name__, str(x.message)) for x in w])
        except SyntaxError as e:
            print(repr(s), type(e).__name__, e.msg, [str(x.message) for x in w])
    with warnings.catch_warnings():
        warnings.simplefilter("error", SyntaxWarning)
        try:
            compile(s, "<testcase>", "eval")
        except SyntaxError as e:
            print("   as error:", e.msg)
