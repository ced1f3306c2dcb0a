# Modules that are not built in: named by computed strings or written by
# the program itself, found on sys.path / the package's __path__ as source
# and run by the run-time compiler, as CPython's path finder does.
import importlib
import importlib.util
import os
import shutil
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
print(sys.path[0] == here)

name = "imp_sys_demo." + "only_dynamic"
mod = importlib.import_module(name)
print(mod.__name__, mod.__package__, os.path.basename(mod.__file__), mod.Plugin().run(21))
print(mod.__spec__.name, os.path.basename(mod.__spec__.origin), name in sys.modules)

tmp = tempfile.mkdtemp()
try:
    with open(os.path.join(tmp, "gen_plugin_a.py"), "w") as f:
        f.write("import math\nVALUE = math.factorial(5)\n"
                "def double(x):\n    return 2 * x\n"
                "class K:\n    def __repr__(self):\n        return 'K()'\n")
    os.mkdir(os.path.join(tmp, "gen_pkg"))
    with open(os.path.join(tmp, "gen_pkg", "__init__.py"), "w") as f:
        f.write("from .inner import where\n")
    with open(os.path.join(tmp, "gen_pkg", "inner.py"), "w") as f:
        f.write("def where():\n    return __name__, __package__\n")
    with open(os.path.join(tmp, "gen_latin.py"), "wb") as f:
        f.write("# -*- coding: latin-1 -*-\nTEXT = 'caf\xe9'\n".encode("latin-1"))
    with open(os.path.join(tmp, "gen_broken.py"), "w") as f:
        f.write("x = 1\ndef f(:\n    pass\n")
    with open(os.path.join(tmp, "gen_raises.py"), "w") as f:
        f.write("X = 1\nraise ValueError('module body failed')\n")

    try:
        importlib.import_module("gen_plugin_a")
    except ModuleNotFoundError as e:
        print(type(e).__name__, e)
    sys.path.insert(0, tmp)
    a = importlib.import_module("gen_plugin_a")
    print(a.VALUE, a.double(4), a.K(), a.__name__, os.path.basename(a.__file__))
    import gen_pkg
    print(gen_pkg.where(), gen_pkg.__path__ == [os.path.join(tmp, "gen_pkg")], gen_pkg.inner.__name__)
    from gen_latin import TEXT
    print(TEXT, len(TEXT))
    try:
        import gen_broken
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, os.path.basename(e.filename))
    for attempt in range(2):
        try:
            import gen_raises
        except ValueError as e:
            print(type(e).__name__, e, "gen_raises" in sys.modules)
    spec = importlib.util.find_spec("gen_plugin_a")
    print(spec.name, os.path.basename(spec.origin), importlib.util.find_spec("gen_nothing_here"))
    # Rewriting a module and reloading or importing it afresh runs the new source.
    with open(os.path.join(tmp, "gen_plugin_a.py"), "w") as f:
        f.write("VALUE = 'reloaded'\n")
    print(importlib.reload(a).VALUE, a.VALUE)
    with open(os.path.join(tmp, "gen_plugin_a.py"), "w") as f:
        f.write("VALUE = 'rewritten'\n")
    del sys.modules["gen_plugin_a"]
    print(importlib.import_module("gen_plugin_a").VALUE)
    # A directory without __init__.py is a namespace package.
    os.makedirs(os.path.join(tmp, "gen_ns", "deeper"))
    with open(os.path.join(tmp, "gen_ns", "deeper", "leafmod.py"), "w") as f:
        f.write("print('leafmod runs as', __name__)\n")
    ns_mod = importlib.import_module("gen_ns.deeper.leafmod")
    import gen_ns
    print(gen_ns.__file__, list(gen_ns.__path__) == [os.path.join(tmp, "gen_ns")], gen_ns.__spec__.origin)
    try:
        importlib.import_module("gen_pkg.missing")
    except ModuleNotFoundError as e:
        print(type(e).__name__, e)
finally:
    shutil.rmtree(tmp)
    sys.path.remove(tmp)
