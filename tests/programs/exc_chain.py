# Exception chaining: __cause__, __context__, __suppress_context__.
def fail():
    raise KeyError("inner")

try:
    try:
        fail()
    except KeyError as e:
        raise ValueError("outer") from e
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        fail()
    except KeyError:
        raise ValueError("implicit")
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        fail()
    except KeyError:
        raise ValueError("suppressed") from None
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["missing"]
except KeyError as e:
    print(repr(e), type(e.__context__).__name__)

e = ValueError("v")
e.__cause__ = KeyError("c")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
print(e.__suppress_context__)
e.__context__ = TypeError("t")
print(repr(e.__context__))
e.__cause__ = None
print(e.__cause__)

# re-raising keeps the traceback and context
def reraiser():
    try:
        raise RuntimeError("first")
    except RuntimeError:
        raise

try:
    reraiser()
except RuntimeError as e:
    print("reraised", e, e.__context__)

# context cycles are broken
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            raise a
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__context__.__context__ is e)

# finally / except interplay
def f():
    try:
        raise KeyError("k")
    finally:
        print("finally ran")

try:
    f()
except KeyError as e:
    print("after finally", repr(e))

def level3():
    raise OSError(2, "No such file or directory", "data.txt")

def level2():
    try:
        level3()
    except OSError as e:
        raise RuntimeError("could not load") from e

def level1():
    try:
        level2()
    except RuntimeError:
        raise LookupError("lookup failed")

level1()
