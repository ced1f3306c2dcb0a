import contextlib, json
@contextlib.contextmanager
def cm():
    try:
        yield 1
    except ValueError as e:
        print("caught in cm:", type(e).__name__, e)
        raise
for exc in [ValueError("bad"), json.JSONDecodeError("msg", "doc", 1), KeyError("k")]:
    try:
        with cm():
            raise exc
    except Exception as e:
        print("outer:", type(e).__name__, e, e is exc)
def g():
    while True:
        try:
            yield
        except Exception as e:
            print("g got", type(e).__name__, e.args)
it = g(); next(it)
it.throw(ValueError)
it.throw(ValueError, "x")
it.throw(ValueError, ("a", "b"))
it.throw(ValueError, ValueError("inst"))
it.throw(ValueError("direct"))
for bad in [lambda: it.throw(ValueError("a"), "b"), lambda: it.throw(1), lambda: it.throw(int), lambda: it.throw(ValueError, None, 5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    raise KeyError("tb")
except KeyError as e:
    tb = e.__traceback__
it.throw(KeyError, KeyError("z"), tb)
