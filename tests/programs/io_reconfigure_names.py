# TextIOWrapper.reconfigure(): names with surrogates or NULs, bad types
import io

txt = io.TextIOWrapper(io.BytesIO(), 'ascii', 'replace', '\r')
for kw in ({'encoding': 42}, {'encoding': '\udcfe'}, {'encoding': 'locale\0'}, {'errors': 42},
           {'errors': '\udcfe'}, {'newline': 42}, {'newline': '\udcfe'}, {'newline': 'xyz'},
           {'encoding': 'latin-1', 'errors': 'ignore\0'}, {'encoding': 'utf-8\0'}):
    try:
        txt.reconfigure(**kw)
        print('ok', txt.encoding, txt.errors)
    except Exception as e:
        print(type(e).__name__, e)


class BadIndex:
    def __index__(self):
        1 / 0


txt = io.TextIOWrapper(io.BytesIO(), 'ascii', 'replace', '\r')
for kw in ({'line_buffering': 1.5}, {'line_buffering': 'x'}, {'line_buffering': 2 ** 1000},
           {'write_through': -2 ** 1000}, {'write_through': 2 ** 40}, {'line_buffering': BadIndex()},
           {'line_buffering': BadIndex(), 'write_through': BadIndex()}, {'line_buffering': True},
           {'write_through': 5}, {'line_buffering': 0, 'write_through': None}):
    try:
        txt.reconfigure(**kw)
        print('ok', txt.line_buffering, txt.write_through)
    except Exception as e:
        print(type(e).__name__, e)
print(txt.encoding, txt.errors)
