# Re-importing after `del sys.modules[name]` runs the module body again (a fresh module object),
# `sys.modules[name] = None` blocks an import, and test.support's import_fresh_module pattern.
import importlib
import sys

import imp_fresh_demo
import imp_fresh_demo.body as first

print("first", first.RUN, first.ACCEL, imp_fresh_demo.runs)

del sys.modules["imp_fresh_demo.body"]
import imp_fresh_demo.body as second
print("again", second is first, second.RUN, second.ACCEL, imp_fresh_demo.runs)

del sys.modules["imp_fresh_demo.body"]
third = importlib.import_module("imp_fresh_demo.body")
print("import_module", third is second, third.RUN, sys.modules["imp_fresh_demo.body"] is third)

del sys.modules["imp_fresh_demo.body"]
fourth = __import__("imp_fresh_demo.body", fromlist=["RUN"])
print("__import__", fourth is third, fourth.RUN)

# Blocking with None.
sys.modules["imp_fresh_demo.accel"] = None
for how in ("import", "import_module", "__import__", "from"):
    try:
        if how == "import":
            import imp_fresh_demo.accel
        elif how == "import_module":
            importlib.import_module("imp_fresh_demo.accel")
        elif how == "__import__":
            __import__("imp_fresh_demo.accel")
        else:
            from imp_fresh_demo import accel
            print("from gives", accel.__name__)
    except ImportError as e:
        print(how, type(e).__name__, e, e.name)

del sys.modules["imp_fresh_demo.body"]
blocked = importlib.import_module("imp_fresh_demo.body")
print("blocked accel:", blocked.RUN, blocked.ACCEL)
del sys.modules["imp_fresh_demo.accel"]

sys.modules["json"] = None
try:
    import json
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import json.decoder
except ImportError as e:
    print(type(e).__name__, e, e.name)
del sys.modules["json"]


def save_and_remove(names):
    orig = {}
    prefixes = tuple(n + "." for n in names)
    for modname in list(sys.modules):
        if modname in names or modname.startswith(prefixes):
            orig[modname] = sys.modules.pop(modname)
    return orig


def import_fresh(name, fresh=(), blocked=()):
    """test.support.import_helper.import_fresh_module, as CPython 3.11 has it."""
    names = {name, *fresh, *blocked}
    orig = save_and_remove(names)
    for modname in blocked:
        sys.modules[modname] = None
    try:
        try:
            for modname in fresh:
                __import__(modname)
        except ImportError:
            return None
        return importlib.import_module(name)
    finally:
        save_and_remove(names)
        sys.modules.update(orig)


before = sys.modules["imp_fresh_demo.body"]
pure = import_fresh("imp_fresh_demo.body", blocked=["imp_fresh_demo.accel"])
print("pure", pure is None, pure is before, pure.RUN, pure.ACCEL)
fast = import_fresh("imp_fresh_demo.body", fresh=["imp_fresh_demo.accel"])
print("fast", fast is None, fast is before, fast.RUN, fast.ACCEL)
none = import_fresh("imp_fresh_demo.body", fresh=["imp_fresh_demo.nonexistent"])
print("missing fresh ->", none)
none = import_fresh("imp_fresh_demo.body", fresh=["imp_fresh_demo.accel"], blocked=["imp_fresh_demo.accel"])
print("blocked fresh ->", none)
print("restored", sys.modules["imp_fresh_demo.body"] is before, "imp_fresh_demo.accel" in sys.modules)
print(sorted(imp_fresh_demo.runs.items()))
