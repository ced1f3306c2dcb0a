"""Uncaught-exception tracebacks match CPython 3.11's byte for byte, position
markers (the `^`/`~` lines under source lines) included.

One program holds every case, picked by argv[1]; it is built once and run
per case beside `python3 prog.py case`, and the whole stderr is compared."""
import os
import subprocess
import sys

import pytest

PROG = '''\
import sys


class Section:
    def __init__(self):
        self.name = "s"


class Config:
    def __init__(self):
        self.section = Section()

    def method(self, x):
        return self.helper(x) * 2

    def helper(self, x):
        return {"a": 1}[x]


cfg = Config()
rows = [[1, 2], [3]]
zero = 0


def inner(n):
    return n // zero


def outer(n):
    value = inner(n) + 1
    return value


def explode():
    raise RuntimeError("boom")


def deco(fn):
    raise TypeError("no decorating")


def recurse(n):
    return recurse(n + 1) + 1


def unbound():
    print(later)
    later = 1


def case_attr_chain():
    return cfg.section.get_value()


def case_binop():
    count = 3
    total = count + (count * 2) / zero
    return total


def case_floordiv():
    x = (rows)  //zero  # comment


def case_subscript():
    value = rows[1][ 5 ]
    return value


def case_nested():
    result = [outer(7), 2]
    return result


def case_whole_line():
    explode()


def case_raise_in_if():
    if cfg: raise ValueError("inline")


def case_multiline_call():
    result = outer(
        1,
    )


def case_multiline_method():
    result = (cfg
              .method("zz"))


def case_multiline_binop():
    total = (1 +
             2) / zero


def case_unicode():
    naïve = "é" + "ü" * 2 + cfg.sèction


def case_unicode_binop():
    ü = "ü"; é = ü + 1


def case_assert():
    n = 3
    assert n > 5 and n < 10, "range"


def case_name():
    return undefined_name + 1


def case_unbound():
    unbound()


def case_decorator():
    @deco
    def f():
        pass


def case_recursion():
    recurse(0)


def case_chain():
    try:
        rows[5]
    except IndexError:
        cfg.section.missing


def case_cause():
    try:
        1 / zero
    except ZeroDivisionError as e:
        raise KeyError("k") from e


def case_group():
    def f():
        return 1 / zero
    excs = []
    try:
        f()
    except ZeroDivisionError as e:
        excs.append(e)
    raise ExceptionGroup("many", excs + [ValueError("v")])


def case_unpack():
    a, b = rows[0], rows[1], rows


def case_kwargs():
    return cfg.method(x="a", y=2)


def case_compare():
    return rows[0] < cfg


def case_lambda():
    fn = lambda v: v.nope
    return fn(cfg)


def case_genexp():
    return sum(x / zero for x in [1])


globals()["case_" + sys.argv[1]]()
'''

CASES = [
    "attr_chain", "binop", "floordiv", "subscript", "nested", "whole_line", "raise_in_if",
    "multiline_call", "multiline_method", "multiline_binop", "unicode", "unicode_binop", "assert",
    "name", "unbound", "decorator", "recursion", "chain", "cause", "group", "unpack", "kwargs",
    "compare", "lambda", "genexp",
]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    d = tmp_path_factory.mktemp("tb")
    src = d / "prog.py"
    src.write_text(PROG, encoding="utf-8")
    exe = d / "prog"
    r = subprocess.run([sys.executable, "-m", "grumpy", "build", str(src), "-o", str(exe)],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=900,
                       cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    assert r.returncode == 0, r.stdout.decode("utf-8", "replace")
    return src, exe


@pytest.mark.parametrize("case", CASES)
def test_uncaught_traceback(built, case):
    src, exe = built
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    c = subprocess.run([sys.executable, str(src), case], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=env, timeout=120)
    g = subprocess.run([str(exe), case], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, timeout=120)
    cerr = c.stderr.decode("utf-8", "replace")
    gerr = g.stderr.decode("utf-8", "replace")
    assert "^" in cerr or case in ("whole_line", "recursion", "cause") or "~" in cerr
    assert (g.returncode, gerr) == (c.returncode, cerr)
