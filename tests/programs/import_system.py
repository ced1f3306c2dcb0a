# The import system: packages, relative imports, __all__ and import *,
# module attributes, sys.modules, importlib, error messages, fallbacks.
import importlib
import os
import sys

import imp_sys_demo
import imp_sys_demo.sub as sub
from imp_sys_demo import stars

print(imp_sys_demo.impl.KIND, imp_sys_demo.VERSION, imp_sys_demo.LOADS)
print(sub.SUB, sub.PARENT_VERSION, sub.leaf_value())
print(sub.leaf.__name__, "leaf" in dir(sub), imp_sys_demo.sub is sub)

# module attributes as code reads them
for m in (imp_sys_demo, sub, sub.leaf, stars):
    print(m.__name__, m.__package__, os.path.basename(m.__file__),
          m.__spec__.name, os.path.basename(m.__spec__.origin), m.__spec__.parent,
          hasattr(m, "__path__"), m.__loader__ is not None)
print(type(imp_sys_demo.__path__).__name__ in ("list", "_NamespacePath"),
      [os.path.basename(p) for p in imp_sys_demo.__path__])
print(imp_sys_demo.__spec__.submodule_search_locations is not None,
      stars.__spec__.submodule_search_locations)
print(__name__, __package__, __spec__)

# data files next to a module
with open(os.path.join(os.path.dirname(imp_sys_demo.__file__), "data.txt")) as f:
    print(f.read().splitlines())

# import * honours __all__, else hides underscore names
ns = {}
exec("from imp_sys_demo.stars import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
ns = {}
exec("from imp_sys_demo.nostars import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))

# sys.modules: a module body runs once; deleting the entry re-runs it
import imp_sys_demo.counter
import imp_sys_demo.counter
print(imp_sys_demo.LOADS)
del sys.modules["imp_sys_demo.counter"]
import imp_sys_demo.counter
print(imp_sys_demo.LOADS)
print(importlib.reload(imp_sys_demo.counter).__name__, imp_sys_demo.LOADS)

# sys.modules entries can be replaced by any object
class Fake:
    answer = 42
sys.modules["fake_module_xyz"] = Fake()
import fake_module_xyz
print(fake_module_xyz.answer)
sys.modules["blocked_xyz"] = None
try:
    import blocked_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)

# importlib.import_module and __import__
m = importlib.import_module("imp_sys_demo.sub.leaf")
print(m is sub.leaf, importlib.import_module(".leaf", "imp_sys_demo.sub") is m)
print(importlib.import_module("imp_sys_demo.sub.unimported").VALUE)
top = __import__("imp_sys_demo.sub.leaf")
print(top is imp_sys_demo)
print(__import__("imp_sys_demo.sub", fromlist=["leaf"]) is sub)
for bad in ("no_such_module_abc", "imp_sys_demo.nope", "imp_sys_demo.stars.deeper"):
    try:
        importlib.import_module(bad)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)
try:
    importlib.import_module(".leaf")
except TypeError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module("..x", "imp_sys_demo")
except ImportError as e:
    print(type(e).__name__, e)

# ImportError messages
try:
    from imp_sys_demo import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name, os.path.basename(e.path or ""))
try:
    from imp_sys_demo.circ_a import A
except ImportError as e:
    print(type(e).__name__, str(e).replace(os.path.dirname(imp_sys_demo.__file__), "<pkg>"))
try:
    import imp_sys_demo.nope.deeper
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

# module __getattr__ / __dir__
from imp_sys_demo import lazyattr
print(lazyattr.dynamic, dir(lazyattr))
try:
    lazyattr.other
except AttributeError as e:
    print(type(e).__name__, e)
try:
    from imp_sys_demo.lazyattr import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

# from-import on a sys.modules entry that is not a module
class AlwaysAttributeError:
    def __getattr__(self, _):
        raise AttributeError
sys.modules["odd_entry_xyz"] = AlwaysAttributeError()
try:
    from odd_entry_xyz import does_not_exist
except ImportError as e:
    print(type(e).__name__, e, e.name)
del sys.modules["odd_entry_xyz"]
