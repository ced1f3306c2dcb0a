import pkg_demo
import pkg_demo.sub.mod
import pkg_demo.sub.mod as m
from pkg_demo import helper, VALUE
from pkg_demo.sub import SUBVALUE, h2
print(pkg_demo.VALUE, helper(2), VALUE, SUBVALUE, h2(3), m.get(), pkg_demo.sub.mod.get())
print(pkg_demo.__name__, pkg_demo.sub.__name__, m.__name__, __name__)
import pkg_demo as again
print(again is pkg_demo)
try:
    import does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
try:
    from pkg_demo import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import sys
print("pkg_demo" in sys.modules, "pkg_demo.sub.mod" in sys.modules)
