# Module attributes the import system sets: __spec__, __loader__, __package__; namespace packages
# (a directory without __init__.py: nspkg_demo/).
import importlib.machinery
import importlib.util
import json
import json.decoder
import os
import sys

import nspkg_demo.mod
import nspkg_demo.sub.deep
import pkg_demo

print(__spec__, type(__loader__).__name__, __loader__.name, __package__, __name__)
print(__loader__.path == __file__)
for m in (json, json.decoder, os, sys, pkg_demo):
    s = m.__spec__
    loader = m.__loader__
    print(m.__name__, s.name, repr(s.parent), s.has_location, type(s).__name__, type(s).__module__,
          loader.__name__ if isinstance(loader, type) else type(loader).__name__,
          s.origin == getattr(m, "__file__", "built-in") or s.origin,
          s.submodule_search_locations == getattr(m, "__path__", None), m.__package__)
print(json.__loader__.name, json.__loader__.path == json.__file__, json.__loader__.is_package("json"),
      json.decoder.__loader__.is_package("json.decoder"))
print("def dumps" in json.__loader__.get_source("json"))
print(repr(json.__spec__).startswith("ModuleSpec(name='json', loader=<_frozen_importlib_external.SourceFileLoader object at 0x"))
print(repr(os.__spec__))
print(repr(sys.__spec__))
print(json.__spec__ == json.__spec__, json.__spec__ == os.__spec__, json.__loader__ == json.__loader__)
print(isinstance(json.__spec__, importlib.machinery.ModuleSpec))
sp = importlib.util.find_spec("json.decoder")
print(sp.name, sp.parent, sp.has_location, sp.loader.name)
s2 = importlib.machinery.ModuleSpec("a.b", None, origin="x.py")
print(s2, repr(s2.parent), s2.has_location, s2.submodule_search_locations, s2.cached)
s3 = importlib.machinery.ModuleSpec("a.b", None, is_package=True)
print(s3, s3.parent)
s3.has_location = 1
print(s3.has_location)

ns = nspkg_demo
print(ns.mod.VALUE, ns.sub.deep.f())
print(ns.__file__, type(ns.__path__).__name__, [p.split("/")[-1] for p in ns.__path__], len(ns.__path__))
print(repr(ns.__path__).startswith("_NamespacePath(["), list(ns.__path__)[0].endswith("nspkg_demo"))
print(ns.__spec__.name, ns.__spec__.origin, ns.__spec__.parent, ns.__spec__.has_location, type(ns.__loader__).__name__)
print(ns.mod.__spec__.name, ns.mod.__spec__.parent, ns.mod.__package__, ns.sub.__package__, ns.sub.__file__)
print(ns.sub.deep.__spec__.parent, type(ns.sub.__spec__.submodule_search_locations).__name__)
print(sorted(k for k in sys.modules if k.startswith("nspkg_demo")))
print(repr(os), repr(sys), repr(json) == "<module 'json' from %r>" % json.__file__)
print(repr(ns).startswith("<module 'nspkg_demo' (<_frozen_importlib_external.NamespaceLoader object at 0x"))
print(repr(sys.modules["__main__"]) == "<module '__main__' from %r>" % __file__)

# importlib over the binary's registry with the runtime's spec and loader classes.
import importlib
sp = importlib.util.find_spec("nspkg_demo.sub.deep")
print(sp.name, sp.parent, type(sp.loader).__name__)
print(importlib.util.find_spec("no_such_module_xyz"))
fresh = importlib.util.module_from_spec(importlib.util.find_spec("pkg_demo"))
print(type(fresh).__name__, fresh.__name__, fresh.__spec__.name, hasattr(fresh, "__path__"), fresh.__file__ == pkg_demo.__file__)
m = importlib.import_module(".mod", "nspkg_demo")
print(m is nspkg_demo.mod, importlib.import_module("json") is json)
m2 = importlib.reload(nspkg_demo.mod)
print(m2 is nspkg_demo.mod, m2.VALUE)
loc = importlib.util.spec_from_file_location("loose", "/tmp/loose_mod.py")
print(loc.name, loc.origin, loc.has_location, type(loc.loader).__name__, loc.loader.name, loc.loader.path)
