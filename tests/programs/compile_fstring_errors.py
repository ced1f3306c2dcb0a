# f-string parsing at run time: error messages CPython 3.11 gives, and
# the literal-part rules (\N{...}, \{, doubled braces, nested specs).
import warnings


def show(src):
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            r = eval(src)
        print("ok", repr(src), repr(r), [str(x.message) for x in w])
    except SyntaxError as e:
        print(type(e).__name__, repr(src), "->", e.msg)
    except Exception as e:
        print(type(e).__name__, repr(src), "->", e)


x, y, width = 42, "s", 10
for src in ["f'{}'", "f'{ }'", "f' {} '", "f'{10:{ }}'", "f'''{\t\f\r\n}'''",
            "f'{!r}'", "f'{ !r}'", "f'{!}'", "f'{!'", "f'{!s:'", "f'{!x}'", "f'{ !xr:a}'",
            "f'{:}'", "f'{ :!}'", "f'{:2}'", "f'{:'", "f'{=}'", "f'{ =:}'", "f'{='",
            "f'{x#}'", "f'{x!z}'", "f'{x!}'", "f'{x:{y:{z}}}'", "f'{(x}'", "f'{x)}'", "f'{[x)}'",
            "f'{\"a}'", "f'{x\\n}'", "f'{'", "f'}'", "f'{x}}'", "f'{{x}}'", "f'{x!r:>{width}}'",
            "f'{x=}'", "f'{x = }'", "f'{x=!s}'", "f'{x=:>5}'", "f'{x!=1}'", "f'{x>=1}'", "f'{x<1}'",
            "f'{3!=4:}'", "f'{x:{{}}}'", r"f'\{6*7}'", r"f'a\{x}b'", r"fr'\{x}'", r"f'\N{EMPTY SET}{x}'",
            r"f'\\{x}'", "f'{*x}'", "f'{**x}'", "f'{x:=10}'", "f'{(x:=10)}'", "f'{lambda x:1}'",
            "f'{lambda x:1}'", "f'{yield}'", "f'{\"\"\"a\"\"\"}'", "f'{\"#\"}'", "f'{x:{y}.{width}}'",
            "f'{f\"{x}\"}'", "f'{x!s:{y}}'", "f'{ x }'", "f'{x:}'"]:
    show(src)
