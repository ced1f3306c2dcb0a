# The traceback module's rendering (format_exc, print_exc, extract_tb) of
# caught exceptions: it reads tb_lasti and code.co_positions() to draw the
# position markers. (Only cases without binary operators or subscripts:
# their '~' anchors come from ast.parse of the source segment.)
import re
import sys
import traceback


class Section:
    label = "s"


class Config:
    def __init__(self):
        self.section = Section()

    def method(self, key):
        return self.lookup(key)

    def lookup(self, key):
        raise LookupError(key)


cfg = Config()


def explode():
    raise RuntimeError("boom")


def attr_chain():
    return cfg.section.get_value()


def nested_calls():
    value = cfg.method("k") if cfg else None
    return value


def whole_line():
    explode()


def multiline_call():
    result = cfg.method(
        "key",
    )


def unicode_prefix():
    naïve = "é" * 2 and cfg.sèction


def name_error():
    return [undefined_name]


def raise_in_if():
    if cfg: raise ValueError("inline")


def not_callable():
    n = 5
    return n(1,
             2)


def clean(text):
    return re.sub(r'File "[^"]*tb_carets_format_exc.py"', 'File "tb_carets_format_exc.py"', text)


for fn in [attr_chain, nested_calls, whole_line, multiline_call, unicode_prefix, name_error,
           raise_in_if, not_callable]:
    print("==", fn.__name__)
    try:
        fn()
    except Exception as e:
        print(clean(traceback.format_exc()), end="")
        for fs in traceback.extract_tb(e.__traceback__):
            print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs.line))
        out = []

        class W:
            def write(self, s):
                out.append(s)
        traceback.print_exc(file=W())
        print(clean("".join(out)) == clean(traceback.format_exc()))
