"""tb_frame.f_lineno of a frame an exception left: its last line run
(finally body, last except clause tested; a with statement puts the
raising line back), while tb_lineno stays the raising line (PEP 626)."""
import sys
def lines(f):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__
    out = []
    t = t.tb_next
    while t:
        fr = t.tb_frame
        out.append((t.tb_lineno - fr.f_code.co_firstlineno, None if fr.f_lineno is None else fr.f_lineno - fr.f_code.co_firstlineno))
        t = t.tb_next
    print(f.__name__, out)

def other_except():
    try:
        1/0
    except TypeError as ex:
        pass
def in_try():
    try:
        1/0
    finally:
        pass
def in_try2():
    try:
        1/0
    finally:
        x = 1
        if x:
            y = 2
def multi():
    x = (1,
         2/0,
         3)
def multi_call():
    return len(
        1,
        2)
def multi_sub():
    d = {}
    return (d
            [
             "k"])
def in_except_nomatch():
    try:
        1/0
    except (TypeError,
            ValueError):
        pass
    except KeyError:
        pass
for f in [other_except, in_try, in_try2, multi, multi_call, multi_sub, in_except_nomatch]:
    lines(f)
def simple():
    1/0
    pass
def in_except():
    try:
        1/0
    except:
        1/0
        pass
def in_named_except():
    try:
        1/0
    except Exception as ex:
        1/0
        pass
def in_finally_normal():
    try:
        pass
    finally:
        1/0
        pass
def in_finally_except():
    try:
        1/0
    finally:
        1/0
        pass
class Noop:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        pass
def after_with():
    with Noop():
        1/0
        pass
class ExitFails:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise ValueError
def after_with2():
    with ExitFails():
        1/0
def nested():
    try:
        in_try()
    finally:
        z = 0
def in_try():
    try:
        1/0
    finally:
        pass
def gen():
    try:
        yield 1
        1/0
    finally:
        pass
def use_gen():
    for x in gen():
        pass
def loop_else():
    for i in range(2):
        pass
    else:
        try:
            {}[i]
        except (TypeError,
                ValueError):
            pass
for f in [simple, in_except, in_named_except, in_finally_normal, in_finally_except, after_with, after_with2, nested, use_gen, loop_else]:
    lines(f)

def live():
    try:
        1/0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        x = 1
        return tb.tb_lineno - live.__code__.co_firstlineno, tb.tb_frame.f_lineno - live.__code__.co_firstlineno
print("live", live())

def reraise_outer():
    try:
        other_except()
    finally:
        a = 1
        b = 2
lines(reraise_outer)
