# Exceptions: context/cause/suppress, bare raise, finally with return/break/continue,
# except-as deletion, sys.exc_info, ExceptionGroup split/subgroup/derive, except*, notes, tracebacks.
import sys, traceback
def err(f):
    try:
        r = f()
        print("ok", r)
    except BaseException as e:
        print(type(e).__name__, e)

def chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("during")
    except ValueError as e:
        return e
e = chain()
print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def cause():
    try:
        raise KeyError("k")
    except KeyError as k:
        raise RuntimeError("from") from k
try:
    cause()
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)
def from_none():
    try:
        {}["x"]
    except KeyError:
        raise TypeError("clean") from None
try:
    from_none()
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
err(lambda: (_ for _ in ()).throw(ValueError("x")))
def bad_from():
    raise ValueError from 5
err(bad_from)
def cls_from():
    raise ValueError("v") from KeyError
try:
    cls_from()
except ValueError as e:
    print(repr(e.__cause__))

def reraise():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise
err(reraise)
def bare_no_active():
    raise
err(bare_no_active)
print(sys.exc_info())
try:
    raise IndexError("ii")
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno == tb.tb_frame.f_lineno, type(tb).__name__, sys.exception() is v if hasattr(sys, "exception") else "n/a")
print(sys.exc_info())

def fin_return():
    try:
        return "try"
    finally:
        return "finally"
def fin_swallow():
    try:
        raise ValueError
    finally:
        return "swallowed"
def fin_break():
    out = []
    for i in range(5):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            if i == 1:
                break
    return out
def fin_continue():
    out = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            out.append(i)
            continue
    return out
def fin_order():
    log = []
    try:
        try:
            log.append("try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(fin_return(), fin_swallow(), fin_break(), fin_continue(), fin_order())
def raise_in_finally():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
try:
    raise_in_finally()
except ValueError as e:
    print(repr(e), repr(e.__context__))
def raise_in_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise OSError("else")
err(raise_in_else)

def as_deleted():
    e = "before"
    try:
        raise KeyError
    except KeyError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return str(u)
print(as_deleted())

eg = ExceptionGroup("grp", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
print(repr(eg), str(eg), len(eg.exceptions))
m, rest = eg.split(ValueError)
print(repr(m), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError))
print(repr(eg.derive([ZeroDivisionError()])))
err(lambda: ExceptionGroup("x", []))
err(lambda: ExceptionGroup("x", [1]))
err(lambda: ExceptionGroup([ValueError()]))
err(lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message, excs)
m, r = MyEG("mine", [ValueError(1), KeyError(2)]).split(KeyError)
print(type(m).__name__, repr(m), repr(r))

def star():
    try:
        raise ExceptionGroup("many", [ValueError("a"), TypeError("b"), ValueError("c"), OSError("d")])
    except* ValueError as g:
        print("ValueErrors:", repr(g))
    except* TypeError as g:
        print("TypeErrors:", repr(g))
err(star)
def star_naked():
    try:
        raise KeyError("naked")
    except* KeyError as g:
        print("wrapped:", repr(g))
star_naked()
def star_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise
err(star_reraise)
def star_raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
try:
    star_raise_new()
except KeyError as g:
    print(repr(g), repr(g.__context__))
def star_two_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise OSError("os")
try:
    star_two_raise()
except ExceptionGroup as g:
    print(repr(g), [repr(x.__context__) for x in g.exceptions])
def star_bad():
    try:
        raise ValueError("v")
    except* ExceptionGroup:
        pass
err(star_bad)
def star_continue():
    for i in range(2):
        try:
            raise ExceptionGroup("e", [ValueError(i)])
        except* ValueError as g:
            print("caught", i, repr(g))
star_continue()

e = ValueError("noted")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
err(lambda: e.add_note(5))
e2 = KeyError("x"); e2.__notes__ = "bad"
err(lambda: e2.add_note("y"))

def tb_lines():
    try:
        level1()
    except ZeroDivisionError as e:
        tb = e.__traceback__
        lines = []
        while tb:
            lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb_lines.__code__.co_firstlineno))
            tb = tb.tb_next
        return lines
def level1():
    return level2()
def level2():
    return 1 / 0
print(tb_lines())
try:
    level1()
except ZeroDivisionError:
    s = traceback.format_exc()
    print(s.splitlines()[-1], len(s.splitlines()))
print(traceback.format_exception_only(ValueError("v"))[-1], end="")
e = ValueError("x").with_traceback(None)
print(e.__traceback__, e.args, ValueError().args, ValueError(1, 2).args, str(ValueError(1, 2)), str(KeyError("a")), repr(KeyError("a")))
print(str(KeyError()), str(KeyError(1, 2)), repr(OSError(2, "nf")), str(OSError(2, "nf", "f.txt")), type(OSError(2, "nf")).__name__)
raise ExceptionGroup("final", [ValueError("a"), KeyError("b")])
