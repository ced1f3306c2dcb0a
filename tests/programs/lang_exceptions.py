def f():
    try:
        raise ValueError("inner")
    except ValueError as e:
        print("caught", e)
        return "from except"
    finally:
        print("finally 1")
print(f())

def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"
print(g())

def h():
    try:
        return 1
    finally:
        return 2
print(h())

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as e:
    print(type(e).__name__, type(e.__context__).__name__)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__)

try:
    raise ValueError
except (TypeError, ValueError) as e:
    print("tuple match", type(e).__name__)

class MyError(Exception):
    pass
class Sub(MyError):
    pass
try:
    raise Sub("x")
except MyError as e:
    print("subclass caught", type(e).__name__)

def reraise():
    try:
        raise IndexError("idx")
    except IndexError:
        raise
try:
    reraise()
except IndexError as e:
    print("reraised", e)

try:
    try:
        raise ValueError("a")
    finally:
        print("cleanup")
except ValueError:
    print("outer got it")

def nested():
    try:
        try:
            raise TypeError("t")
        except ValueError:
            print("wrong")
    except TypeError:
        print("right")
    else:
        print("no")
nested()

try:
    pass
except Exception:
    pass
else:
    print("else runs")
finally:
    print("finally runs")

import sys
try:
    raise KeyError("z")
except KeyError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info()[0])

e_saved = None
try:
    raise ValueError("v")
except ValueError as e:
    e_saved = e
try:
    e
except NameError:
    print("e unbound after except")
print(repr(e_saved))

def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen_finally()
for x in g:
    print(x)
    break
g.close()
for x in gen_finally():
    print(x)

try:
    raise 5
except TypeError as e:
    print(e)
try:
    x = undefined_name
except NameError as e:
    print(e)
class Ctx:
    def __enter__(self):
        return "val"
    def __exit__(self, t, v, tb):
        print("exit with", t.__name__ if t else None)
        return False
try:
    with Ctx() as v:
        print(v)
        raise OSError("boom")
except OSError as e:
    print("propagated", e)
with Ctx(), Ctx() as w:
    print(w)
def ret_in_with():
    with Ctx():
        return "returned"
print(ret_in_with())
raise RuntimeError("final uncaught")
