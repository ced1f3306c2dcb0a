# stdin: first line\nsecond line
# input(), dir(), vars(), locals(), globals(), __import__, help/exit objects, breakpoint.
name = input("prompt> ")
print("got", repr(name))
second = input()
print("got", repr(second))
try:
    input("again> ")
except EOFError as e:
    print(type(e).__name__, e)

module_level = 1
print("module_level" in dir(), "module_level" in vars(), "module_level" in locals(), "module_level" in globals())
print(locals() is globals(), vars() is globals())
print(sorted(n for n in dir() if not n.startswith("_"))[:5])


class Thing:
    z = 1
    a = 2

    def __init__(self):
        self.m = 3


print([n for n in dir(Thing()) if not n.startswith("_")], vars(Thing()))
print(dir(Thing) == sorted(dir(Thing)))
for bad in (lambda: dir(1, 2), lambda: vars(1), lambda: vars(1, 2), lambda: locals(1), lambda: input(1, 2)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

m = __import__("sys")
print(m.__name__, type(m).__name__)
try:
    __import__("no_such_module_xyz")
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)

print(repr(exit), repr(quit), type(exit).__name__)
print(breakpoint.__name__, callable(help), callable(exit))

import sys
print(repr(sys).startswith("<module 'sys'"), type(sys).__name__, sys.__name__)
sys.custom_attr = 5
print(sys.custom_attr)
del sys.custom_attr
print(hasattr(sys, "custom_attr"))
try:
    sys.no_such_attr
except AttributeError as e:
    print(type(e).__name__, e)
mod_type = type(sys)
fresh = mod_type("fresh", "doc text")
fresh.value = 1
print(repr(fresh), fresh.__name__, fresh.__doc__, fresh.value, sorted(fresh.__dict__))


class Writer:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)
        return len(s)

    def flush(self):
        pass


w = Writer()
old = sys.stdout
sys.stdout = w
print("hidden", 1, 2, sep="-")
print("more")
sys.stdout = old
print(w.chunks)
print("to stderr", file=sys.stderr)
print(sys.getsizeof(1) > 0, sys.getsizeof("abc") > sys.getsizeof(""))
print(sys.flags.optimize, sys.flags.debug, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit, sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf)
print(sys.maxsize, sys.version_info[0], sys.version_info.major, sys.version_info >= (3, 8))


def frames():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, sys._getframe(1).f_code.co_name


print(frames())
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)
sys.displayhook(None)
sys.displayhook("shown")
print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__)
