import contextlib, json  # bundled for the exec below
src = '''
import contextlib, json
@contextlib.contextmanager
def cm():
    try:
        yield 1
    except ValueError as e:
        print("caught in cm:", type(e).__name__, e)
        raise
for exc in [ValueError("bad"), json.JSONDecodeError("msg", "doc", 1)]:
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
it.throw(ValueError, ValueError("inst"))
it.throw(ValueError, ("a", "b"))
'''
exec(src, {})
