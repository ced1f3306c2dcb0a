# function.__builtins__ is the '__builtins__' of the function's globals
# (a dict given to exec stays that dict; a module gives its __dict__).
import builtins
import textwrap
from collections import namedtuple


def func(s):
    return len(s)


print(func.__builtins__ is builtins.__dict__)
try:
    func.__builtins__ = 2
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

safe_builtins = {"None": None}
ns = {"__builtins__": safe_builtins}
exec(textwrap.dedent("""
    def func3(s):
        pass
"""), ns)
print(ns["func3"].__builtins__ is safe_builtins)

ns2 = {"__builtins__": {}}
exec("def g(): pass", ns2)
print(ns2["g"].__builtins__, ns2["g"].__globals__["__builtins__"])

ns3 = {"__builtins__": builtins}
exec("def h(): pass", ns3)
print(ns3["h"].__builtins__ is builtins.__dict__)

obj = namedtuple("C", ())
print(obj.__new__.__builtins__, obj.__new__.__globals__["__builtins__"])
