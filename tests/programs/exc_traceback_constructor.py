# types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno); raise e.with_traceback(tb) chains onto tb.
import types, sys
def get_tb():
    try:
        raise OSError()
    except OSError as e:
        return e.__traceback__
f = sys._getframe()
for a in [('no', f, 1, 2), (None, 'no', 1, 2), (None, f, 'no', 2), (None, f, 1, 'x')]:
    try:
        types.TracebackType(*a)
    except TypeError as e:
        print(type(e).__name__, e)
other = get_tb()
tb = types.TracebackType(other, f, 1, 2)
print(tb.tb_lineno, tb.tb_lasti, tb.tb_frame is f, tb.tb_next is other)
tb = types.TracebackType(None, f, 3, 4)
print(tb.tb_next, tb.tb_lineno)
try:
    raise IndexError().with_traceback(other)
except IndexError as e:
    print(e.__traceback__ != other, e.__traceback__.tb_next is other)
