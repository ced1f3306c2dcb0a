# args: one two
# sys: argv, path, modules, recursion limit, maxsize, byteorder, version_info, exit variants.
import sys, os

print(len(sys.argv), sys.argv[1:], type(sys.argv[0]).__name__)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path), "sys" in sys.modules, sys.modules["sys"] is sys)
print(type(sys.modules).__name__, "__main__" in sys.modules, sys.modules["__main__"].__name__)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(type(sys.version).__name__, sys.version.startswith("3.11"), sys.hexversion >> 16, sys.platform, sys.implementation.name != "", type(sys.implementation.version).__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width, sys.maxunicode)
print(sys.getrecursionlimit(), type(sys.flags).n_fields == len(sys.flags), sys.version_info.n_fields)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, e)
for bad in [0, -5, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(1000)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.stdout.encoding, sys.flags.optimize, sys.dont_write_bytecode in (True, False))
print(sys.stdin is sys.__stdin__, sys.stdout is sys.__stdout__, sys.stderr.name if hasattr(sys.stderr, "name") else "")
print(sys.getsizeof(1) > 0, sys.intern("abc") == "abc", callable(sys.exc_info), sys.exc_info())
try:
    raise ValueError("inside")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v if hasattr(sys, "exception") else True)
print(sys.exc_info())
print(type(sys._getframe()).__name__, sys._getframe().f_code.co_name)
def f():
    return sys._getframe(1).f_code.co_name, sys._getframe().f_lineno > 0
print(f())
for code in [None, 0, 3, "message to stderr", (), 256]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
try:
    exit(5)
except SystemExit as e:
    print("exit()", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code, e.args)
print("last line on stdout", flush=True)
sys.stdout.write("written\n")
sys.stderr.write("on stderr\n")
sys.exit("fatal: goodbye")
