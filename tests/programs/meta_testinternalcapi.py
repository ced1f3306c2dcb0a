# _testinternalcapi: what test.support asks of it. get_config() is a dict
# with the interpreter's configuration (whether code objects carry column
# ranges differs by design: only its type is printed), get_recursion_depth()
# counts the caller's frames.
import _testinternalcapi

c = _testinternalcapi.get_config()
print(type(c).__name__, type(c["code_debug_ranges"]).__name__, c["dev_mode"], c["warn_default_encoding"])
print(c["argv"] == __import__("sys").argv)


def f(n):
    if n:
        return f(n - 1)
    return _testinternalcapi.get_recursion_depth()


base = f(0)
depths = []
for i in range(5):
    depths.append(f(i) - base)
print(depths)
for fn in (_testinternalcapi.get_config, _testinternalcapi.get_recursion_depth):
    try:
        fn(1)
    except TypeError as e:
        print(type(e).__name__, e)
