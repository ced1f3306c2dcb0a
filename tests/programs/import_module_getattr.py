# Module-level __getattr__ (PEP 562): it serves missing names only; the module type's own attributes
# (__dict__, __class__, __name__, methods) are found first (io.__dict__ with io's __getattr__).
import io
import sys
import types

import imp_fresh_demo.lazy as lazy

print("open" in io.__dict__, type(io.__dict__).__name__, io.__class__ is types.ModuleType)
print(lazy.VALUE, lazy.calls, lazy.Calls, "Accel" in lazy.__dict__)
print(lazy.Accel.startswith("accel#"), "Accel" in lazy.__dict__)
print(type(lazy.__dict__).__name__, lazy.__class__.__name__, lazy.__name__, lazy.__spec__.name)
print(getattr(lazy, "missing", "default"), hasattr(lazy, "nothing"))
try:
    lazy.nothing
except AttributeError as e:
    print(type(e).__name__, e)
from imp_fresh_demo.lazy import Calls
print(Calls)
try:
    from imp_fresh_demo.lazy import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
print(sorted(k for k in vars(lazy) if not k.startswith("__")))
print(io.open is open, sys.modules["io"].__dict__ is vars(io))
