# Tracebacks as the interpreter prints them (sys.__excepthook__), with the
# position markers CPython 3.11 draws under each source line: '^' under the
# failing expression, '~' under the operands of a binary operator or the
# value of a subscript, no marker line when the expression is the whole line.
import io
import re
import sys


class Section:
    label = "s"


class Config:
    def __init__(self):
        self.section = Section()

    def method(self, key):
        return self.table()[key] * 2

    def table(self):
        return {"a": 1}


cfg = Config()
rows = [[1, 2], [3]]
zero = 0


def inner(n):
    return n // zero


def outer(n, m=0):
    value = inner(n) + m
    return value


def explode():
    raise RuntimeError("boom")


def attr_chain():
    return cfg.section.get_value()


def attr_load():
    x = cfg.section.nope
    return x


def binop():
    count = 3
    total = count + (count * 2) / zero
    return total


def floordiv_paren():
    x = (rows)  //zero  # comment


def subscript():
    value = rows[1][ 5 ]
    return value


def dict_key():
    return cfg.table()['missing']


def nested():
    result = [outer(7), 2]
    return result


def whole_line():
    explode()


def raise_in_if():
    if cfg: raise ValueError("inline")


def multiline_call():
    result = outer(
        1,
        m=2,
    )


def multiline_method():
    result = (cfg
              .method("zz"))


def multiline_binop():
    total = (1 +
             2) / zero


def unicode_prefix():
    naïve = "é" + "ü" * 2 + cfg.sèction


def unicode_binop():
    ü = "ü"; é = ü + 1


def assert_compare():
    n = 3
    assert n > 5 and n < 10, "range"


def assert_name():
    flag = 0
    assert flag


def name_error():
    return undefined_name + 1


def unbound():
    print(later)
    later = 1


def unpack():
    a, b = rows[0], rows[1], rows


def compare():
    return rows[0] < cfg


def lambda_attr():
    fn = lambda v: v.nope
    return fn(cfg)


def genexp():
    return sum(x / zero for x in [1])


def augassign():
    total = 1
    total += "x"


def aug_subscript():
    d = {}
    d["k"] += 1


def del_item():
    d = {}
    del d["k"]


def not_callable():
    n = 5
    return n(1,
             2)


def chained():
    try:
        rows[5]
    except IndexError:
        cfg.section.missing


def caused():
    try:
        1 / zero
    except ZeroDivisionError as e:
        raise KeyError("k") from e


def power():
    return 2 ** "a"


def tabbed():
	x = 1 /  zero


def group():
    def f():
        return 1 / zero
    excs = []
    try:
        f()
    except ZeroDivisionError as e:
        excs.append(e)
    raise ExceptionGroup("many", excs + [ValueError("v")])


def show(fn):
    saved = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        fn()
    except BaseException:
        sys.__excepthook__(*sys.exc_info())
    finally:
        sys.stderr = saved
    text = re.sub(r'File "[^"]*tb_carets_native.py"', 'File "tb_carets_native.py"', buf.getvalue())
    print("==", fn.__name__)
    print(text, end="")


for fn in [attr_chain, attr_load, binop, floordiv_paren, subscript, dict_key, nested, whole_line,
           raise_in_if, multiline_call, multiline_method, multiline_binop, unicode_prefix, unicode_binop,
           assert_compare, assert_name, name_error, unbound, unpack, compare, lambda_attr, genexp,
           augassign, aug_subscript, del_item, not_callable, chained, caused, power, tabbed, group]:
    show(fn)
